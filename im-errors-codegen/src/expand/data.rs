//! Each table as data: `impl ::im_errors::Code`, whose `TABLE` holds every entry's fields, so
//! that generic code (the command, serde, docs) reaches any table without naming it.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::Context;
use crate::model::{Entry, Key, Kind};
use crate::template::Part;

impl Context<'_> {
    pub(super) fn code_impl(&self) -> TokenStream {
        let name = self.name();
        let table = self.table_data();
        let entry = if self.table.kind.fallback_variant().is_some() {
            quote! {
                match self.position() {
                    ::core::option::Option::Some(index) => {
                        ::core::option::Option::Some(&<Self as ::im_errors::Code>::TABLE.entries[index])
                    }
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
        } else {
            quote!(::core::option::Option::Some(
                &<Self as ::im_errors::Code>::TABLE.entries[self.position()]
            ))
        };
        // The trait's defaults answer `None` for what a kind does not have.
        let numbers = self.number_methods();
        let key = match self.table.kind {
            Kind::Advice | Kind::RestCase => Some(quote!(self.id())),
            Kind::ErrorType => Some(quote!(self.as_str())),
            Kind::HttpStatus | Kind::SdkCode => None,
        };
        let key = key.map(|key| {
            quote! {
                fn key(&self) -> ::core::option::Option<&str> {
                    ::core::option::Option::Some(#key)
                }
            }
        });
        let parse = (self.table.kind == Kind::ErrorType).then(|| {
            quote! {
                fn parse(text: &str) -> ::core::option::Option<Self> {
                    ::core::option::Option::Some(Self::from(text))
                }
            }
        });
        quote! {
            impl ::im_errors::Code for #name {
                const TABLE: &'static ::im_errors::Table = &#table;

                fn all() -> &'static [Self] {
                    Self::ALL
                }

                fn entry(&self) -> ::core::option::Option<&'static ::im_errors::Entry> {
                    #entry
                }

                #numbers
                #key
                #parse
            }

            ::im_errors::__serde_impls!(#name);
        }
    }

    /// `from_number` and `number`: the wire type's conversions, for numbered kinds.
    fn number_methods(&self) -> TokenStream {
        let repr = match self.table.kind {
            Kind::HttpStatus => quote!(u16),
            Kind::SdkCode => quote!(i32),
            Kind::Advice | Kind::ErrorType | Kind::RestCase => return TokenStream::new(),
        };
        quote! {
            fn from_number(number: i64) -> ::core::option::Option<Self> {
                match <#repr as ::core::convert::TryFrom<i64>>::try_from(number) {
                    ::core::result::Result::Ok(code) => ::core::option::Option::Some(Self::from_code(code)),
                    ::core::result::Result::Err(_) => ::core::option::Option::None,
                }
            }

            fn number(&self) -> ::core::option::Option<i64> {
                ::core::option::Option::Some(i64::from(self.code()))
            }
        }
    }

    fn table_data(&self) -> TokenStream {
        let table = self.table;
        let name = &table.name.value;
        let kind = kind_path(table.kind);
        let (zh, en) = (&table.text.zh, &table.text.en);
        let code_space = option_str(table.code_space.as_deref());
        let platforms = &table.platforms;
        let sources = &table.sources;
        let fallback = match &table.fallback {
            Some(fallback) => {
                let (zh, en, advice) = (&fallback.zh, &fallback.en, &fallback.advice.value);
                quote! {
                    ::core::option::Option::Some(::im_errors::Fallback { zh: #zh, en: #en, advice: #advice })
                }
            }
            None => quote!(::core::option::Option::None),
        };
        let entries =
            (table.entries.iter().enumerate()).map(|(index, entry)| self.entry_data(index, entry));
        quote! {
            ::im_errors::Table {
                name: #name,
                kind: #kind,
                zh: #zh,
                en: #en,
                code_space: #code_space,
                platforms: &[#(#platforms),*],
                sources: &[#(#sources),*],
                fallback: #fallback,
                entries: &[#(#entries),*],
            }
        }
    }

    fn entry_data(&self, index: usize, entry: &Entry) -> TokenStream {
        let variant = &entry.variant.value;
        let key = entry.reference_key();
        let number = match entry.key.value {
            Key::Code(code) => {
                let code = Literal::i64_suffixed(code);
                quote!(::core::option::Option::Some(#code))
            }
            Key::Name(_) => quote!(::core::option::Option::None),
        };
        let constants = entry.spellings().map(|spelling| &spelling.value);
        let reason = option_str(entry.reason.as_deref());
        let text = &entry.text;
        let (zh, en) = (&text.zh, &text.en);
        let detail_zh = option_str(text.detail_zh.as_deref());
        let detail_en = option_str(text.detail_en.as_deref());
        let advice = option_str(entry.advice.as_ref().map(|advice| advice.value.as_str()));
        let retry = retry_data(entry);
        let related = self
            .links
            .all_from((self.index, index))
            .into_iter()
            .map(|(table, entry)| {
                let table = &self.catalog.tables[table];
                let (name, variant) = (&table.name.value, &table.entries[entry].variant.value);
                quote!(::im_errors::EntryRef { table: #name, variant: #variant })
            });
        let sources = &entry.sources;
        let history = entry.history.iter().map(|item| {
            let (source, current, zh, en) = (&item.source, item.current, &item.zh, &item.en);
            quote!(::im_errors::DocHistory { source: #source, current: #current, zh: #zh, en: #en })
        });
        let case = case_data(entry);
        quote! {
            ::im_errors::Entry {
                variant: #variant,
                key: #key,
                number: #number,
                constants: &[#(#constants),*],
                reason: #reason,
                zh: #zh,
                en: #en,
                detail_zh: #detail_zh,
                detail_en: #detail_en,
                advice: #advice,
                retry: #retry,
                related: &[#(#related),*],
                sources: &[#(#sources),*],
                history: &[#(#history),*],
                case: #case,
            }
        }
    }
}

fn kind_path(kind: Kind) -> TokenStream {
    match kind {
        Kind::Advice => quote!(::im_errors::Kind::Advice),
        Kind::HttpStatus => quote!(::im_errors::Kind::HttpStatus),
        Kind::ErrorType => quote!(::im_errors::Kind::ErrorType),
        Kind::RestCase => quote!(::im_errors::Kind::RestCase),
        Kind::SdkCode => quote!(::im_errors::Kind::SdkCode),
    }
}

fn retry_data(entry: &Entry) -> TokenStream {
    if entry.retry.is_none() {
        return quote!(::core::option::Option::None);
    }
    let policy = retry_policy(entry);
    quote!(::core::option::Option::Some(#policy))
}

/// The retry policy of an advice entry, as `::im_errors::RetryPolicy`; one that never retries
/// for other entries.
pub(super) fn retry_policy(entry: &Entry) -> TokenStream {
    let Some(retry) = &entry.retry else {
        return quote!(::im_errors::RetryPolicy {
            class: ::im_errors::RetryClass::Client,
            first_ms: ::core::option::Option::None,
            cap_ms: 0
        });
    };
    let class = retry
        .class
        .as_ref()
        .map_or("client", |class| class.value.as_str());
    let class = match class {
        "transient" => quote!(Transient),
        "throttling" => quote!(Throttling),
        "server" => quote!(Server),
        _ => quote!(Client),
    };
    let first = match retry.backoff_ms {
        Some(first) => quote!(::core::option::Option::Some(#first)),
        None => quote!(::core::option::Option::None),
    };
    let cap = retry.backoff_cap_ms;
    quote! {
        ::im_errors::RetryPolicy {
            class: ::im_errors::RetryClass::#class,
            first_ms: #first,
            cap_ms: #cap,
        }
    }
}

fn case_data(entry: &Entry) -> TokenStream {
    let Some(case) = &entry.case else {
        return quote!(::core::option::Option::None);
    };
    let status = Literal::u16_suffixed(u16::try_from(case.status.value).unwrap_or_default());
    let error = option_str(case.error.as_ref().map(|error| error.value.as_str()));
    let template = &case.description;
    let parts = template_parts(&case.template);
    let (cause_zh, cause_en) = (&case.cause_zh, &case.cause_en);
    let (remedy_zh, remedy_en) = (&case.remedy_zh, &case.remedy_en);
    let superseded_by = option_str(case.superseded_by.as_ref().map(|id| id.value.as_str()));
    quote! {
        ::core::option::Option::Some(::im_errors::CaseFields {
            status: #status,
            error: #error,
            template: #template,
            parts: #parts,
            cause_zh: #cause_zh,
            cause_en: #cause_en,
            remedy_zh: #remedy_zh,
            remedy_en: #remedy_en,
            superseded_by: #superseded_by,
        })
    }
}

/// A template as `&[::im_errors::TemplatePart]`.
pub(super) fn template_parts(parts: &[Part]) -> TokenStream {
    let parts = parts.iter().map(|part| match part {
        Part::Literal(text) => quote!(::im_errors::TemplatePart::Literal(#text)),
        Part::Param(param) => quote!(::im_errors::TemplatePart::Param(#param)),
    });
    quote!(&[#(#parts),*])
}

pub(super) fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}
