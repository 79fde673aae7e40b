//! What every table's enum has: the definition, `ALL`, messages, advice, sources, history and
//! cross-link accessors.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Context, ident, runtime, variant_path};
use crate::model::{Entry, Kind};
use crate::names;

impl Context<'_> {
    pub(super) fn definition(&self) -> TokenStream {
        let name = self.name();
        let doc = self.table_doc();
        let variants = self.table.entries.iter().enumerate().map(|(index, entry)| {
            let variant = ident(&entry.variant.value);
            let doc = self.variant_doc(index, entry);
            let aliases = doc_aliases(entry);
            quote! {
                #[doc = #doc]
                #(#[doc(alias = #aliases)])*
                #variant,
            }
        });
        let fallback = self.fallback_variant_definition();
        let copy = self.is_copy().then(|| quote!(Copy,));
        // Numbered tables order by number, as `http::StatusCode` does (see `numeric_items`).
        let order = (!self.is_numbered()).then(|| quote!(PartialOrd, Ord,));
        let derives = quote!(#[derive(Clone, #copy Debug, PartialEq, Eq, Hash, #order)]);
        quote! {
            #[doc = #doc]
            #derives
            #[non_exhaustive]
            pub enum #name {
                #(#variants)*
                #fallback
            }
        }
    }

    fn fallback_variant_definition(&self) -> TokenStream {
        let Some(fallback) = self.table.kind.fallback_variant() else {
            return TokenStream::new();
        };
        let fallback = ident(fallback);
        let unknown = ident(&names::unknown_type(&self.table.name.value));
        let doc = format!(
            "A value no entry of this table has. Only the conversions make one, so a known value \
             is never wrapped here: see [`{unknown}`]."
        );
        quote! {
            #[doc = #doc]
            #fallback(#unknown),
        }
    }

    pub(super) fn common_methods(&self) -> TokenStream {
        let rt = runtime();
        let name = self.name();
        let all = self
            .table
            .entries
            .iter()
            .map(|entry| ident(&entry.variant.value));
        let fallback_name = self.table.kind.fallback_variant().unwrap_or_default();
        let fallback = |field: TokenStream| {
            quote! {
                match <Self as #rt::Code>::TABLE.fallback {
                    ::core::option::Option::Some(fallback) => fallback.#field,
                    ::core::option::Option::None => "",
                }
            }
        };
        let none = quote!(::core::option::Option::None);
        let variant_name = self.read(quote!(entry.variant), quote!(#fallback_name));
        let message_en = self.read(quote!(entry.en), fallback(quote!(en)));
        let message_zh = self.read(quote!(entry.zh), fallback(quote!(zh)));
        let detail_en = self.read(quote!(entry.detail_en), none.clone());
        let detail_zh = self.read(quote!(entry.detail_zh), none);
        let sources = self.read(
            quote!(entry.sources),
            quote!(<Self as #rt::Code>::TABLE.sources),
        );
        let history = self.read(quote!(entry.history), quote!(&[]));
        let data = self.data_method();
        let advice = self.advice_method();
        let related = self.related_methods();
        let position_helpers = self.position_helpers();
        let count = self.table.entries.len();
        quote! {
            impl #name {
                /// Every entry of the table, in the order of the codes file.
                pub const ALL: &'static [Self] = &[#(Self::#all),*];

                /// How many entries the table has.
                pub const COUNT: usize = #count;

                /// The variant's name, as written in Rust.
                #[inline]
                pub const fn variant_name(&self) -> &'static str {
                    #variant_name
                }

                /// A short message in English: lowercase, without a trailing period.
                #[inline]
                pub const fn message_en(&self) -> &'static str {
                    #message_en
                }

                /// A short message in Chinese.
                #[inline]
                pub const fn message_zh(&self) -> &'static str {
                    #message_zh
                }

                /// A longer explanation in English, where the codes file gives one.
                pub const fn detail_en(&self) -> ::core::option::Option<&'static str> {
                    #detail_en
                }

                /// A longer explanation in Chinese, where the codes file gives one.
                pub const fn detail_zh(&self) -> ::core::option::Option<&'static str> {
                    #detail_zh
                }

                /// The documents the entry's facts come from.
                pub const fn sources(&self) -> &'static [&'static str] {
                    #sources
                }

                /// What documents said that differs, and whether it is still so.
                pub const fn history(&self) -> &'static [#rt::DocHistory] {
                    #history
                }

                #data
                #advice
                #related
                #position_helpers
            }
        }
    }

    /// `data()`: the entry's fields in `Code::TABLE`, which every accessor of data reads, so
    /// that the expansion holds each entry's data once.
    fn data_method(&self) -> TokenStream {
        let rt = runtime();
        let entry = quote!(&<Self as #rt::Code>::TABLE.entries);
        if self.table.kind.fallback_variant().is_some() {
            quote! {
                #[inline]
                const fn data(&self) -> ::core::option::Option<&'static #rt::Entry> {
                    match self.position() {
                        ::core::option::Option::Some(index) => ::core::option::Option::Some(#entry[index]),
                        ::core::option::Option::None => ::core::option::Option::None,
                    }
                }
            }
        } else {
            quote! {
                #[inline]
                const fn data(&self) -> &'static #rt::Entry {
                    #entry[self.position()]
                }
            }
        }
    }

    /// `value`, an expression of `entry` (the entry's data), or `fallback` for a value no entry
    /// has.
    pub(super) fn read(&self, value: TokenStream, fallback: TokenStream) -> TokenStream {
        if self.table.kind.fallback_variant().is_none() {
            return quote!({
                let entry = self.data();
                #value
            });
        }
        quote! {
            match self.data() {
                ::core::option::Option::Some(entry) => #value,
                ::core::option::Option::None => #fallback,
            }
        }
    }

    fn advice_method(&self) -> TokenStream {
        if self.table.kind == Kind::Advice {
            return TokenStream::new();
        }
        let advice_type = self.table_path(Kind::Advice);
        let fallback = match &self.table.fallback {
            Some(fallback) => self.fallback_advice(&fallback.advice.value),
            None => TokenStream::new(),
        };
        let advice = self.per_variant(fallback, |_, entry| match &entry.advice {
            Some(advice) => self.path_to(Kind::Advice, &advice.value),
            None => super::unresolved("entry without advice"),
        });
        quote! {
            /// What a caller should do about it.
            #[inline]
            pub const fn advice(&self) -> #advice_type {
                #advice
            }
        }
    }

    /// The advice of a value no entry has: by its class where the table says (HTTP statuses),
    /// else the table's fallback.
    fn fallback_advice(&self, fallback: &str) -> TokenStream {
        let fallback = self.path_to(Kind::Advice, fallback);
        if self.table.class_advice.is_empty() {
            return fallback;
        }
        let arms = self.table.class_advice.iter().map(|(class, advice)| {
            let advice = self.path_to(Kind::Advice, &advice.value);
            quote!(#class => #advice,)
        });
        quote! {
            match self.code() / 100 {
                #(#arms)*
                _ => #fallback,
            }
        }
    }

    fn related_methods(&self) -> TokenStream {
        let methods = self
            .links
            .tables_from(self.index)
            .into_iter()
            .map(|target| {
                let target_table = &self.catalog.tables[target];
                let target_name = ident(&target_table.name.value);
                let method = format_ident!("{}", names::related_method(&target_table.name.value));
                let doc = format!("The [`{target_name}`] entries this one is cross-linked with.");
                let body = self.per_variant(quote!(&[]), |index, _| {
                    let paths = (self.links.linked_from((self.index, index), target))
                        .into_iter()
                        .map(|other| variant_path(target_table, &target_table.entries[other]));
                    quote!(&[#(#paths),*])
                });
                quote! {
                    #[doc = #doc]
                    pub const fn #method(&self) -> &'static [#target_name] {
                        #body
                    }
                }
            });
        quote!(#(#methods)*)
    }
}

/// What the search box of the rendered docs should find the variant by: its number, every
/// spelling of its constant, its `error` string or id. rustdoc refuses aliases with quotes,
/// tabs, newlines or outer spaces, and one equal to the variant's name.
fn doc_aliases(entry: &Entry) -> Vec<String> {
    let mut aliases = vec![entry.key.value.to_string()];
    aliases.extend(entry.spellings().map(|spelling| spelling.value.clone()));
    let allowed = |alias: &String| {
        !alias.is_empty()
            && alias.trim() == alias
            && !alias
                .chars()
                .any(|c| matches!(c, '"' | '\'' | '\t' | '\n' | '\r') || c.is_control())
            && *alias != entry.variant.value
    };
    let mut kept: Vec<String> = Vec::new();
    for alias in aliases.into_iter().filter(allowed) {
        if !kept.contains(&alias) {
            kept.push(alias);
        }
    }
    kept
}
