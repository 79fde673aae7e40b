//! SDK codes: numbered by `i32`, named by constants in every platform's spelling.

use proc_macro2::TokenStream;
use quote::quote;

use super::super::{Context, runtime};

impl Context<'_> {
    pub(super) fn sdk_code_items(&self) -> TokenStream {
        let rt = runtime();
        let name = self.name();
        let numeric = self.numeric_items(quote!(i32), "An SDK code");
        let constant = self.read(
            quote!(match entry.constants {
                [constant, ..] => constant,
                [] => "",
            }),
            quote!("UNKNOWN"),
        );
        let from_name = self.lookup_by_str(
            "from_name",
            "The entry whose constant is `name` in any platform's spelling, spelt exactly as that \
             SDK spells it.",
            |entry| {
                (entry.spellings())
                    .map(|spelling| spelling.value.clone())
                    .collect()
            },
        );
        let table = &self.table.name.value;
        let code_space = self.table.code_space.as_deref().unwrap_or_default();
        let platforms = &self.table.platforms;
        let display = self.display_impl(quote! {
            ::core::write!(f, "{} ({} {})", self.message_en(), self.code(), self.name())
        });
        let error = self.error_impl();
        quote! {
            #numeric

            impl #name {
                /// What the SDK calls this numbering.
                pub const CODE_SPACE: &'static str = #code_space;

                /// The platforms whose SDK uses this numbering.
                pub const PLATFORMS: &'static [&'static str] = &[#(#platforms),*];

                /// The constant, exactly as the SDK spells it (`UNKNOWN` for unknown codes).
                #[inline]
                pub const fn name(&self) -> &'static str {
                    #constant
                }

                #from_name
            }
            impl ::core::str::FromStr for #name {
                type Err = #rt::ParseCodeError;

                /// Parses a constant in any platform's spelling (`USER_NOT_FOUND`), or the number
                /// (`"204"`; any `i32` is accepted, as `From<i32>` accepts it).
                #[inline]
                fn from_str(text: &str) -> ::core::result::Result<Self, #rt::ParseCodeError> {
                    let error = #rt::ParseCodeError::new(#table);
                    if let ::core::option::Option::Some(code) = Self::from_name(text) {
                        return ::core::result::Result::Ok(code);
                    }
                    // A name that is no constant starts with a letter, a number never does:
                    // refused after one byte test, not a trim and a failed parse.
                    match text.as_bytes().first() {
                        ::core::option::Option::Some(byte) if byte.is_ascii_alphabetic() || *byte == b'_' => {
                            ::core::result::Result::Err(error)
                        }
                        _ => text.trim().parse::<i32>().map(Self::from_code).map_err(|_| error),
                    }
                }
            }
            #display
            #error
        }
    }
}
