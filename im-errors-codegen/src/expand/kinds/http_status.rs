//! HTTP statuses: numbered by `u16`, with reason phrases.

use proc_macro2::TokenStream;
use quote::quote;

use super::super::Context;

impl Context<'_> {
    pub(super) fn http_status_items(&self) -> TokenStream {
        let name = self.name();
        let numeric = self.numeric_items(quote!(u16), "An HTTP status");
        let reason = self.read(quote!(entry.reason), quote!(::core::option::Option::None));
        let display = self.display_impl(quote! {
            match self.reason() {
                ::core::option::Option::Some(reason) => ::core::write!(f, "{} {}", self.code(), reason),
                ::core::option::Option::None => ::core::write!(f, "{}", self.code()),
            }
        });
        let from_str = self.impl_from_str();
        quote! {
            #numeric

            impl #name {
                /// The standard reason phrase, for documented statuses.
                #[inline]
                pub const fn reason(&self) -> ::core::option::Option<&'static str> {
                    #reason
                }

                /// Whether the status is a success (2xx).
                pub const fn is_success(&self) -> bool {
                    ::core::matches!(self.code(), 200..=299)
                }

                /// Whether the status is a client error (4xx).
                pub const fn is_client_error(&self) -> bool {
                    ::core::matches!(self.code(), 400..=499)
                }

                /// Whether the status is a server error (5xx).
                pub const fn is_server_error(&self) -> bool {
                    ::core::matches!(self.code(), 500..=599)
                }
            }

            #from_str

            #display
        }
    }
}
