//! `error` types: open-ended strings, the unknown ones kept.

use proc_macro2::TokenStream;
use quote::quote;

use super::super::Context;
use super::super::ident;
use crate::names;

impl Context<'_> {
    pub(super) fn error_type_items(&self) -> TokenStream {
        let name = self.name();
        let unknown = ident(&names::unknown_type(&self.table.name.value));
        let fallback = ident(self.table.kind.fallback_variant().unwrap_or("Unknown"));
        let wire = self.read(
            quote!(::core::option::Option::Some(entry.key)),
            quote!(::core::option::Option::None),
        );
        let known = self.lookup_by_str(
            "known",
            "The entry whose wire string is exactly `name`.",
            |entry| vec![entry.key.value.to_string()],
        );
        let unknown_doc = format!(
            "An `error` string that no entry of [`{name}`] has. Its field is private: only the \
             conversions from a string make one, so a known string is never wrapped here."
        );
        let display = self.display_impl(quote!(f.write_str(self.as_str())));
        let at_arms = self
            .table
            .entries
            .iter()
            .enumerate()
            .map(|(position, entry)| {
                let variant = ident(&entry.variant.value);
                quote!(#position => ::core::option::Option::Some(Self::#variant),)
            });
        let as_ref = self.as_ref_impl(
            "The string as the server sends it, as [`Self::as_str`] gives it: an unknown type's \
             as it was read.",
            quote!(self.as_str()),
        );
        quote! {
            #[doc = #unknown_doc]
            #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub struct #unknown(::std::boxed::Box<str>);

            impl #unknown {
                /// The string as the server sent it.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }

            impl #name {
                /// The wire string of a documented type.
                #[inline]
                pub const fn wire_str(&self) -> ::core::option::Option<&'static str> {
                    #wire
                }

                /// The string as the server sends it.
                #[inline]
                pub fn as_str(&self) -> &str {
                    match self {
                        Self::#fallback(unknown) => unknown.as_str(),
                        known => known.wire_str().unwrap_or_default(),
                    }
                }

                /// The entry at `position` in [`Self::ALL`], as a constant: a catalogue that
                /// imports this table names its entries through it, since the type is not
                /// `Copy` and `ALL[position]` moves out of a shared slice.
                #[doc(hidden)]
                pub const fn __at(position: usize) -> ::core::option::Option<Self> {
                    match position {
                        #(#at_arms)*
                        _ => ::core::option::Option::None,
                    }
                }

                /// Whether the codes file documents this type.
                pub const fn is_known(&self) -> bool {
                    !::core::matches!(self, Self::#fallback(_))
                }

                #known

                /// The entry whose wire string is `name` ignoring ASCII case: servers and
                /// document versions differ in case (`FORBIDDEN`, `forbidden_op`).
                pub fn known_ignore_case(name: &str) -> ::core::option::Option<Self> {
                    Self::known(name).or_else(|| {
                        Self::ALL
                            .iter()
                            .find(|entry| entry.as_str().eq_ignore_ascii_case(name))
                            .cloned()
                    })
                }
            }

            impl ::core::convert::From<&str> for #name {
                /// The documented type spelt exactly `name`, or the fallback holding it.
                #[inline]
                fn from(name: &str) -> Self {
                    Self::known(name).unwrap_or_else(|| Self::#fallback(#unknown(name.into())))
                }
            }

            impl ::core::str::FromStr for #name {
                type Err = ::core::convert::Infallible;

                fn from_str(name: &str) -> ::core::result::Result<Self, Self::Err> {
                    ::core::result::Result::Ok(Self::from(name))
                }
            }

            #display
            #as_ref
        }
    }
}
