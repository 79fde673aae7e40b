//! Documented REST cases: status, type, description template, cause and remedy.

use proc_macro2::TokenStream;
use quote::quote;

use super::super::layout::Take;
use super::super::variant_path;
use super::super::{Context, runtime};
use crate::model::Kind;

impl Context<'_> {
    pub(super) fn rest_case_items(&self) -> TokenStream {
        let rt = runtime();
        let name = self.name();
        let status_type = self.table_path(Kind::HttpStatus);
        let error_type = self.table_path(Kind::ErrorType);
        let field =
            |field: TokenStream| self.read(quote!(#rt::case_of(entry).#field), TokenStream::new());
        let template = field(quote!(template));
        let cause_en = field(quote!(cause_en));
        let cause_zh = field(quote!(cause_zh));
        let remedy_en = field(quote!(remedy_en));
        let remedy_zh = field(quote!(remedy_zh));
        let error = field(quote!(error));
        let parts = field(quote!(parts));
        let params = field(quote!(params));
        let status = self.per_variant(TokenStream::new(), |_, entry| {
            let status = entry
                .case
                .as_ref()
                .map(|case| case.status.value.to_string())
                .unwrap_or_default();
            self.path_to(Kind::HttpStatus, &status)
        });
        let error_variant_type = quote!(::core::option::Option<#error_type>);
        let error_variant = self.per_variant_taking(
            Take::Cloned(error_variant_type),
            TokenStream::new(),
            |_, entry| match entry.case.as_ref().and_then(|case| case.error.as_ref()) {
                Some(error) => {
                    let path = self.path_to(Kind::ErrorType, &error.value);
                    quote!(::core::option::Option::Some(#path))
                }
                None => quote!(::core::option::Option::None),
            },
        );
        let superseded_by = self.per_variant(TokenStream::new(), |_, entry| {
            let successor = entry
                .case
                .as_ref()
                .and_then(|case| case.superseded_by.as_ref());
            let successor = successor.and_then(|successor| self.table.entry(&successor.value));
            match successor {
                Some(successor) => {
                    let path = variant_path(self.table, successor);
                    quote!(::core::option::Option::Some(#path))
                }
                None => quote!(::core::option::Option::None),
            }
        });
        let (id_methods, from_str) = self.id_items();
        let display = self.display_impl(quote! {
            match self.error() {
                ::core::option::Option::Some(error) => {
                    ::core::write!(f, "{} ({} {})", self.message_en(), self.status().code(), error)
                }
                ::core::option::Option::None => {
                    ::core::write!(f, "{} ({})", self.message_en(), self.status().code())
                }
            }
        });
        let error_impl = self.error_impl();
        let as_ref = self.as_ref_impl(
            "The snake_case id, as [`Self::id`] gives it (`Display` writes the message).",
            quote!(self.id()),
        );
        quote! {
            impl #name {
                #id_methods

                /// The HTTP status the server answers with.
                pub const fn status(&self) -> #status_type {
                    #status
                }

                /// The `error` string the server sends, if the documents show one.
                pub const fn error(&self) -> ::core::option::Option<&'static str> {
                    #error
                }

                /// The `error` type, if the documents show one.
                pub fn error_type(&self) -> ::core::option::Option<#error_type> {
                    #error_variant
                }

                /// The `error_description` template, `{placeholder}`s included.
                pub const fn template(&self) -> &'static str {
                    #template
                }

                /// The template, split into literal text and placeholders.
                pub const fn template_parts(&self) -> &'static [#rt::TemplatePart] {
                    #parts
                }

                /// The placeholder names of the template, in order.
                pub const fn params(&self) -> &'static [&'static str] {
                    #params
                }

                /// Why it happens, in English.
                pub const fn cause_en(&self) -> &'static str {
                    #cause_en
                }

                /// Why it happens, in Chinese.
                pub const fn cause_zh(&self) -> &'static str {
                    #cause_zh
                }

                /// What to do, in English.
                pub const fn remedy_en(&self) -> &'static str {
                    #remedy_en
                }

                /// What to do, in Chinese.
                pub const fn remedy_zh(&self) -> &'static str {
                    #remedy_zh
                }

                /// The case that replaces this one in current documents, if it is outdated.
                pub const fn superseded_by(&self) -> ::core::option::Option<Self> {
                    #superseded_by
                }

                /// Whether current documents still list this case.
                pub const fn is_current(&self) -> bool {
                    self.superseded_by().is_none()
                }

            }
            #from_str
            #display
            #error_impl
            #as_ref
        }
    }
}
