//! What every table's enum has: the definition, `ALL`, messages, advice, sources, history and
//! cross-link accessors.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Context, ident, variant_path};
use crate::model::{Entry, Kind};
use crate::names;

/// Tables of at least this many entries get their accessors as lookups in constant arrays, not
/// as `match`es: rustc's type and borrow checking of one function grow faster than its arms
/// (docs/BENCHMARKS.md, "Scaling"). The real catalogue's tables are all shorter.
pub(super) const ARRAY_LAYOUT_FROM: usize = 128;

/// How an accessor of a long table takes its value out of the constant array.
pub(super) enum Take {
    /// By copy, from an array typed by the accessor's return type.
    Copied,
    /// By `Clone::clone`, from an array of this element type.
    Cloned(TokenStream),
}

impl Context<'_> {
    pub(super) fn definition(&self) -> TokenStream {
        let name = self.name();
        let doc = self.table_doc();
        let variants = self.table.entries.iter().enumerate().map(|(index, entry)| {
            let variant = ident(&entry.variant.value);
            let doc = self.variant_doc(index, entry);
            quote! {
                #[doc = #doc]
                #variant,
            }
        });
        let fallback = self.fallback_variant_definition();
        let derives = if self.is_copy() {
            quote!(#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)])
        } else {
            quote!(#[derive(Clone, Debug, PartialEq, Eq, Hash)])
        };
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

    /// Whether the table's accessors index constant arrays instead of matching on `self`.
    pub(super) fn uses_arrays(&self) -> bool {
        self.table.entries.len() >= ARRAY_LAYOUT_FROM
    }

    /// Whether the enum is `Copy`; the error types hold an unknown string in their fallback.
    pub(super) fn is_copy(&self) -> bool {
        self.table.kind != Kind::ErrorType
    }

    /// `match self { Self::A => value(a), ..., Self::Fallback(_) => fallback }`, or in a long
    /// table the same values as a constant array indexed by the entry's position.
    pub(super) fn per_variant(
        &self,
        fallback: TokenStream,
        value: impl Fn(usize, &Entry) -> TokenStream,
    ) -> TokenStream {
        self.per_variant_taking(Take::Copied, fallback, value)
    }

    /// As [`Context::per_variant`], with the way a long table's array gives up its value.
    pub(super) fn per_variant_taking(
        &self,
        take: Take,
        fallback: TokenStream,
        value: impl Fn(usize, &Entry) -> TokenStream,
    ) -> TokenStream {
        if !self.uses_arrays() {
            return self.per_variant_match(fallback, value);
        }
        let values = self.values(value);
        let pick = match take {
            // `entry_value` gives the array its element type, the accessor's return type, so
            // that `&[]` and `&[a, b]` both coerce to `&[T]`.
            Take::Copied => quote!(Self::entry_value(const { &[#(#values),*] }, index)),
            Take::Cloned(ty) => quote! {{
                const VALUES: &[#ty] = &[#(#values),*];
                ::core::clone::Clone::clone(&VALUES[index])
            }},
        };
        self.by_position(fallback, pick)
    }

    fn values(&self, value: impl Fn(usize, &Entry) -> TokenStream) -> Vec<TokenStream> {
        let entries = self.table.entries.iter().enumerate();
        entries.map(|(index, entry)| value(index, entry)).collect()
    }

    fn per_variant_match(
        &self,
        fallback: TokenStream,
        value: impl Fn(usize, &Entry) -> TokenStream,
    ) -> TokenStream {
        let arms = self.table.entries.iter().enumerate().map(|(index, entry)| {
            let variant = ident(&entry.variant.value);
            let value = value(index, entry);
            quote!(Self::#variant => #value,)
        });
        let fallback_arm = self.table.kind.fallback_variant().map(|variant| {
            let variant = ident(variant);
            quote!(Self::#variant(_) => #fallback,)
        });
        quote! {
            match self {
                #(#arms)*
                #fallback_arm
            }
        }
    }

    /// `pick`, with `index` bound to the entry's position, or `fallback` for the fallback variant.
    fn by_position(&self, fallback: TokenStream, pick: TokenStream) -> TokenStream {
        if self.table.kind.fallback_variant().is_none() {
            return quote!({
                let index = self.position();
                #pick
            });
        }
        quote! {
            match self.position() {
                ::core::option::Option::Some(index) => #pick,
                ::core::option::Option::None => #fallback,
            }
        }
    }

    /// The private helpers of the array layout: the entry's position, and the typed pick.
    fn array_helpers(&self) -> TokenStream {
        if !self.uses_arrays() {
            return TokenStream::new();
        }
        let has_fallback = self.table.kind.fallback_variant().is_some();
        let position = self.per_variant_match(quote!(::core::option::Option::None), |index, _| {
            if has_fallback {
                quote!(::core::option::Option::Some(#index))
            } else {
                quote!(#index)
            }
        });
        let position_type = if has_fallback {
            quote!(::core::option::Option<usize>)
        } else {
            quote!(usize)
        };
        quote! {
            /// The entry's position in [`Self::ALL`].
            #[inline]
            const fn position(&self) -> #position_type {
                #position
            }

            #[inline]
            const fn entry_value<T: ::core::marker::Copy>(values: &[T], index: usize) -> T {
                values[index]
            }
        }
    }

    pub(super) fn common_methods(&self) -> TokenStream {
        let name = self.name();
        let all = self
            .table
            .entries
            .iter()
            .map(|entry| ident(&entry.variant.value));
        let fallback = self.table.fallback.as_ref();
        let fallback_name = self.table.kind.fallback_variant().unwrap_or_default();
        let variant_name = self.per_variant(quote!(#fallback_name), |_, entry| {
            let name = &entry.variant.value;
            quote!(#name)
        });
        let fallback_en = fallback
            .map(|fallback| fallback.en.as_str())
            .unwrap_or_default();
        let fallback_zh = fallback
            .map(|fallback| fallback.zh.as_str())
            .unwrap_or_default();
        let message_en = self.per_variant(quote!(#fallback_en), |_, entry| {
            let en = &entry.text.en;
            quote!(#en)
        });
        let message_zh = self.per_variant(quote!(#fallback_zh), |_, entry| {
            let zh = &entry.text.zh;
            quote!(#zh)
        });
        let detail_en = self.per_variant(quote!(::core::option::Option::None), |_, entry| {
            option_str(entry.text.detail_en.as_deref())
        });
        let detail_zh = self.per_variant(quote!(::core::option::Option::None), |_, entry| {
            option_str(entry.text.detail_zh.as_deref())
        });
        let table_sources = &self.table.sources;
        let sources = self.per_variant(quote!(&[#(#table_sources),*]), |_, entry| {
            let sources = &entry.sources;
            quote!(&[#(#sources),*])
        });
        let history = self.per_variant(quote!(&[]), |_, entry| {
            let items = entry.history.iter().map(|item| {
                let (source, current, zh, en) = (&item.source, item.current, &item.zh, &item.en);
                quote!(DocHistory { source: #source, current: #current, zh: #zh, en: #en })
            });
            quote!(&[#(#items),*])
        });
        let advice = self.advice_method();
        let related = self.related_methods();
        let array_helpers = self.array_helpers();
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

                /// The documents (seed files or URLs) the entry's facts come from.
                pub const fn sources(&self) -> &'static [&'static str] {
                    #sources
                }

                /// What documents said that differs, and whether it is still so.
                pub const fn history(&self) -> &'static [DocHistory] {
                    #history
                }

                #advice
                #related
                #array_helpers
            }
        }
    }

    fn advice_method(&self) -> TokenStream {
        if self.table.kind == Kind::Advice {
            return TokenStream::new();
        }
        let advice_type = self.table_path(Kind::Advice);
        let fallback = match &self.table.fallback {
            Some(fallback) => self.path_to(Kind::Advice, &fallback.advice.value),
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

    fn related_methods(&self) -> TokenStream {
        let methods = self
            .links
            .tables_from(self.index)
            .into_iter()
            .map(|target| {
                let target_table = &self.catalog.tables[target];
                let target_name = ident(&target_table.name.value);
                let method = format_ident!("{}", names::plural_method(&target_table.name.value));
                let doc = format!("The [`{target_name}`] entries this one is cross-linked with.");
                let body = self.per_variant(quote!(&[]), |index, _| {
                    let paths = (self.links.from_to((self.index, index), target))
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

pub(super) fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}
