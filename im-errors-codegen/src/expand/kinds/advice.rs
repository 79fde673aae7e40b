//! Advice: what a caller should do, with its retry policy.

use proc_macro2::TokenStream;
use quote::quote;

use super::super::{Context, runtime};

impl Context<'_> {
    pub(super) fn advice_items(&self) -> TokenStream {
        let rt = runtime();
        let name = self.name();
        let (id_methods, from_str) = self.id_items();
        let policy = self.read(quote!(#rt::retry_of(entry)), TokenStream::new());
        let display = self.display_impl(quote!(f.write_str(self.message_en())));
        let as_ref = self.as_ref_impl(
            "The snake_case id, as [`Self::id`] gives it (`Display` writes the message).",
            quote!(self.id()),
        );
        quote! {
            impl #name {
                #id_methods

                /// Whether and how to send the same request again, as the codes file says.
                #[inline]
                pub const fn retry_policy(&self) -> #rt::RetryPolicy {
                    #policy
                }

                /// Which retry budget an error with this advice spends.
                pub const fn retry_class(&self) -> #rt::RetryClass {
                    self.retry_policy().class
                }

                /// Whether the same request may succeed if sent again, after the wait
                /// [`Self::suggested_backoff`] gives.
                pub const fn is_retryable(&self) -> bool {
                    self.retry_policy().is_retryable()
                }

                /// How long to wait before retry number `attempt` (from 0): the codes file's
                /// first wait, doubled per attempt up to its cap; `None` when retrying the same
                /// request does not help.
                pub fn suggested_backoff(&self, attempt: u32) -> ::core::option::Option<::core::time::Duration> {
                    self.retry_policy().backoff(attempt)
                }
            }
            #from_str
            #display
            #as_ref
        }
    }
}
