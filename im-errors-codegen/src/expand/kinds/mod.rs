//! What each kind adds to the common methods, one file a kind; here what several kinds share:
//! `FromStr`, `Display`, and the conversions of numbered kinds.

mod advice;
mod error_type;
mod http_status;
mod rest_case;
mod sdk_code;

use proc_macro2::TokenStream;
use quote::quote;

use super::{Context, ident, runtime};
use crate::model::{Key, Kind};
use crate::names;

impl Context<'_> {
    pub(super) fn kind_items(&self) -> TokenStream {
        match self.table.kind {
            Kind::Advice => self.advice_items(),
            Kind::HttpStatus => self.http_status_items(),
            Kind::ErrorType => self.error_type_items(),
            Kind::RestCase => self.rest_case_items(),
            Kind::SdkCode => self.sdk_code_items(),
        }
    }

    fn codes(&self) -> Vec<i64> {
        (self.table.entries.iter())
            .map(|entry| match entry.key.value {
                Key::Code(code) => code,
                Key::Name(_) => 0,
            })
            .collect()
    }

    /// `id()`, `from_id()` and `FromStr` by id, for the kinds whose entries have snake_case ids.
    fn id_items(&self) -> (TokenStream, TokenStream) {
        let id = self.read(quote!(entry.key), TokenStream::new());
        let from_id =
            self.lookup_by_str("from_id", "The entry with snake_case id `name`.", |entry| {
                vec![entry.key.value.to_string()]
            });
        let methods = quote! {
            /// The snake_case id the codes file uses.
            #[inline]
            pub const fn id(&self) -> &'static str {
                #id
            }

            #from_id
        };
        (methods, self.impl_from_str())
    }

    /// `FromStr` as `Code::parse`: one order for every way in (`FromStr`, `Code::parse`,
    /// serde), written once in the runtime.
    fn impl_from_str(&self) -> TokenStream {
        let rt = runtime();
        let name = self.name();
        let table = &self.table.name.value;
        let doc = match self.table.kind {
            Kind::SdkCode => {
                "Parses a constant in any platform's spelling (`USER_NOT_FOUND`), the number \
                 (`\"204\"`; any `i32` is accepted, as `From<i32>` accepts it) or the variant name \
                 (`UserNotFound`), as `Code::parse` does."
            }
            Kind::HttpStatus => {
                "Parses the decimal status (`\"429\"`; any `u16` is accepted) or the variant name \
                 (`TooManyRequests`), as `Code::parse` does."
            }
            Kind::Advice | Kind::RestCase | Kind::ErrorType => {
                "Parses the snake_case id or the variant name, as `Code::parse` does."
            }
        };
        quote! {
            impl ::core::str::FromStr for #name {
                type Err = #rt::ParseCodeError;

                #[doc = #doc]
                #[inline]
                fn from_str(text: &str) -> ::core::result::Result<Self, #rt::ParseCodeError> {
                    <Self as #rt::Code>::parse(text).ok_or(#rt::ParseCodeError::new(#table))
                }
            }
        }
    }

    fn display_impl(&self, body: TokenStream) -> TokenStream {
        let name = self.name();
        quote! {
            impl ::core::fmt::Display for #name {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #body
                }
            }
        }
    }

    fn error_impl(&self) -> TokenStream {
        let name = self.name();
        quote!(impl ::core::error::Error for #name {})
    }

    /// `AsRef<str>`, for the kinds a string names (advice and case ids, `error` types): the
    /// same string as `Code::key`, so that code taking any `AsRef<str>` takes the value.
    fn as_ref_impl(&self, doc: &str, body: TokenStream) -> TokenStream {
        let name = self.name();
        quote! {
            #[doc = #doc]
            impl ::core::convert::AsRef<str> for #name {
                #[inline]
                fn as_ref(&self) -> &str {
                    #body
                }
            }
        }
    }
    /// The private wrapper of unknown numbers, and the conversions that are the only way in.
    fn numeric_items(&self, repr: TokenStream, what: &str) -> TokenStream {
        let name = self.name();
        let unknown = ident(&names::unknown_type(&self.table.name.value));
        let fallback = ident(self.table.kind.fallback_variant().unwrap_or("Unknown"));
        let variants: Vec<_> = self
            .table
            .entries
            .iter()
            .map(|entry| ident(&entry.variant.value))
            .collect();
        let codes: Vec<_> = (self.codes().into_iter())
            .map(proc_macro2::Literal::i64_unsuffixed)
            .collect();
        let unknown_doc = format!(
            "{what} that no entry of [`{name}`] has. Its field is private: only \
             [`{name}::from_code`] and the `From` conversion make one, so a known value is never \
             wrapped and equality stays true to the number."
        );
        quote! {
            #[doc = #unknown_doc]
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub struct #unknown(#repr);

            impl #unknown {
                /// The number.
                pub const fn get(self) -> #repr {
                    self.0
                }
            }

            impl #name {
                /// The entry for `code`, or the fallback holding it: every value maps, and maps
                /// back to itself.
                // Always: with `Code::from_number` and `FromStr` calling it too, LLVM kept the
                // match out of line at `From::from` and the conversion ran at 1.8x a plain match.
                #[inline(always)]
                pub const fn from_code(code: #repr) -> Self {
                    match code {
                        #(#codes => Self::#variants,)*
                        other => Self::#fallback(#unknown(other)),
                    }
                }

                /// The number on the wire.
                #[inline]
                pub const fn code(&self) -> #repr {
                    match self {
                        #(Self::#variants => #codes,)*
                        Self::#fallback(unknown) => unknown.0,
                    }
                }

                /// Whether the codes file documents this value.
                pub const fn is_known(&self) -> bool {
                    !::core::matches!(self, Self::#fallback(_))
                }
            }

            impl ::core::cmp::PartialOrd for #name {
                fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                    ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
                }
            }

            /// By number, as on the wire.
            impl ::core::cmp::Ord for #name {
                fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                    ::core::cmp::Ord::cmp(&self.code(), &other.code())
                }
            }

            impl ::core::convert::From<#repr> for #name {
                #[inline]
                fn from(code: #repr) -> Self {
                    Self::from_code(code)
                }
            }

            impl ::core::convert::From<#name> for #repr {
                #[inline]
                fn from(value: #name) -> #repr {
                    value.code()
                }
            }
        }
    }
}
