//! SDK codes: numbered by `i32`, named by constants in every platform's spelling.

use proc_macro2::TokenStream;
use quote::quote;

use super::super::Context;

impl Context<'_> {
    pub(super) fn sdk_code_items(&self) -> TokenStream {
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
        let code_space = self.table.code_space.as_deref().unwrap_or_default();
        let platforms = &self.table.platforms;
        let display = self.display_impl(quote! {
            ::core::write!(f, "{} ({} {})", self.message_en(), self.code(), self.name())
        });
        let error = self.error_impl();
        let from_str = self.impl_from_str();
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
            #from_str
            #display
            #error
        }
    }
}
