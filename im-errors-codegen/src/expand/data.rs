//! Each table as data: `impl ::im_errors::Code`, whose `TABLE` holds every entry's fields, so
//! that generic code (the command, serde, docs) reaches any table without naming it.

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, quote};

use super::{Context, runtime};
use crate::model::{Entry, Key, Kind};
use crate::template::Part;

impl Context<'_> {
    pub(super) fn code_impl(&self) -> TokenStream {
        let rt = runtime();
        let name = self.name();
        let table = self.table_data();
        let entry = if self.table.kind.fallback_variant().is_some() {
            quote!(self.data())
        } else {
            quote!(::core::option::Option::Some(self.data()))
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
        // One lookup of keys, spellings and variant names (a `match`, or a binary search) in
        // place of the trait's scan of the table; `error` types take any string.
        let lookup = if self.table.kind == Kind::ErrorType {
            quote! {
                fn parse(text: &str) -> ::core::option::Option<Self> {
                    ::core::option::Option::Some(Self::from(text))
                }
            }
        } else {
            // The kind's own lookup of keys and spellings, then one of variant names: in a
            // catalogue `check` accepts, no text is both.
            let own = match self.table.kind {
                Kind::SdkCode => quote!(Self::from_name(name)),
                Kind::Advice | Kind::RestCase => quote!(Self::from_id(name)),
                Kind::HttpStatus | Kind::ErrorType => quote!(::core::option::Option::None),
            };
            let variants = self.lookup_body(|entry| vec![entry.variant.value.clone()]);
            let body = quote!(#own.or_else(|| { #variants }));
            quote! {
                #[inline]
                fn lookup(name: &str) -> ::core::option::Option<Self> {
                    #body
                }
            }
        };
        quote! {
            impl #rt::Code for #name {
                // The data names the runtime's types, and `Some`, without a path: the imports are
                // the block's own, so they cannot clash with the invoking module's names.
                const TABLE: &'static #rt::Table = {
                    #[allow(unused_imports)]
                    use #rt::{CaseFields, DocHistory, EMPTY_ENTRY, Entry, EntryRef, Fallback, Kind, Observed, RetryClass, RetryPolicy, Shipped, Table, TemplatePart};
                    #[allow(unused_imports)]
                    use ::core::option::Option::{None, Some};
                    &#table
                };

                fn all() -> &'static [Self] {
                    Self::ALL
                }

                fn entry(&self) -> ::core::option::Option<&'static #rt::Entry> {
                    #entry
                }

                #numbers
                #key
                #lookup
            }

            #rt::serde_impls!(#name);
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
                    Some(Fallback { zh: #zh, en: #en, advice: #advice })
                }
            }
            None => quote!(None),
        };
        let entries =
            (table.entries.iter().enumerate()).map(|(index, entry)| self.entry_data(index, entry));
        quote! {
            Table {
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

    /// An entry as data: the fields it has, the others from `EMPTY_ENTRY` (none, no items), so
    /// that the expansion holds what the codes file says and no more.
    fn entry_data(&self, index: usize, entry: &Entry) -> TokenStream {
        let variant = &entry.variant.value;
        let key = entry.reference_key();
        let text = &entry.text;
        let (zh, en) = (&text.zh, &text.en);
        let mut fields = vec![
            quote!(variant: #variant),
            quote!(key: #key),
            quote!(zh: #zh),
            quote!(en: #en),
        ];
        let mut field = |name: &str, value: Option<TokenStream>| {
            if let Some(value) = value {
                let name = super::ident(name);
                fields.push(quote!(#name: #value));
            }
        };
        let some = |value: Option<TokenStream>| value.map(|value| quote!(Some(#value)));
        let items = |items: Vec<TokenStream>| (!items.is_empty()).then(|| quote!(&[#(#items),*]));
        let text_of = |value: Option<&str>| some(value.map(|value| quote!(#value)));
        field(
            "number",
            some(match entry.key.value {
                Key::Code(code) => Some(Literal::i64_suffixed(code).into_token_stream()),
                Key::Name(_) => None,
            }),
        );
        let constants = entry.spellings().map(|spelling| &spelling.value);
        field(
            "constants",
            items(constants.map(|constant| quote!(#constant)).collect()),
        );
        field("reason", text_of(entry.reason.as_deref()));
        field("detail_zh", text_of(text.detail_zh.as_deref()));
        field("detail_en", text_of(text.detail_en.as_deref()));
        field(
            "advice",
            text_of(entry.advice.as_ref().map(|advice| advice.value.as_str())),
        );
        field("retry", retry_data(entry));
        let entry_ref =
            |table: &str, variant: &str| quote!(EntryRef { table: #table, variant: #variant });
        let linked: Vec<(String, String)> = (self.links.all_from((self.index, index)).into_iter())
            .map(|(table, entry)| {
                let table = &self.catalog.tables[table];
                (
                    table.name.value.clone(),
                    table.entries[entry].variant.value.clone(),
                )
            })
            .collect();
        let related = linked
            .iter()
            .map(|(table, variant)| entry_ref(table, variant));
        field("related", items(related.collect()));
        // A case codes.toml links already is listed once, among the links.
        let cases = (self
            .cases
            .with(self.table.kind, &entry.key.value.to_string())
            .iter())
        .filter(|case| !linked.contains(case))
        .map(|(table, variant)| entry_ref(table, variant));
        field("cases", items(cases.collect()));
        field(
            "sources",
            items(entry.sources.iter().map(|source| quote!(#source)).collect()),
        );
        let history = entry.history.iter().map(|item| {
            let (source, current, zh, en) = (&item.source, item.current, &item.zh, &item.en);
            quote!(DocHistory { source: #source, current: #current, zh: #zh, en: #en })
        });
        field("history", items(history.collect()));
        let shipped = entry.shipped.iter().map(|run| {
            let (package, since, until) = (&run.package, &run.since, &run.until);
            quote!(Shipped { package: #package, since: #since, until: #until })
        });
        field("shipped", items(shipped.collect()));
        let observed = entry.observed.iter().map(|seen| {
            let (date, source) = (&seen.date, &seen.source);
            quote!(Observed { date: #date, source: #source })
        });
        field("observed", items(observed.collect()));
        field("case", case_data(entry));
        quote!(Entry { #(#fields,)* ..EMPTY_ENTRY })
    }
}

fn kind_path(kind: Kind) -> TokenStream {
    let kind = match kind {
        Kind::Advice => quote!(Advice),
        Kind::HttpStatus => quote!(HttpStatus),
        Kind::ErrorType => quote!(ErrorType),
        Kind::RestCase => quote!(RestCase),
        Kind::SdkCode => quote!(SdkCode),
    };
    quote!(Kind::#kind)
}

/// The retry policy of an advice entry, as `Some(RetryPolicy)`.
fn retry_data(entry: &Entry) -> Option<TokenStream> {
    let retry = entry.retry.as_ref()?;
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
        Some(first) => quote!(Some(#first)),
        None => quote!(None),
    };
    let cap = retry.backoff_cap_ms;
    Some(quote! {
        Some(RetryPolicy {
            class: RetryClass::#class,
            first_ms: #first,
            cap_ms: #cap,
        })
    })
}

fn case_data(entry: &Entry) -> Option<TokenStream> {
    let case = entry.case.as_ref()?;
    let status = Literal::u16_suffixed(u16::try_from(case.status.value).unwrap_or_default());
    let error = option_str(case.error.as_ref().map(|error| error.value.as_str()));
    let template = &case.description;
    let parts = template_parts(&case.template);
    let params = crate::template::params(&case.template);
    let (cause_zh, cause_en) = (&case.cause_zh, &case.cause_en);
    let (remedy_zh, remedy_en) = (&case.remedy_zh, &case.remedy_en);
    let superseded_by = option_str(case.superseded_by.as_ref().map(|id| id.value.as_str()));
    Some(quote! {
        Some(CaseFields {
            status: #status,
            error: #error,
            template: #template,
            parts: #parts,
            params: &[#(#params),*],
            cause_zh: #cause_zh,
            cause_en: #cause_en,
            remedy_zh: #remedy_zh,
            remedy_en: #remedy_en,
            superseded_by: #superseded_by,
        })
    })
}

/// A template as `&[TemplatePart]`.
fn template_parts(parts: &[Part]) -> TokenStream {
    let parts = parts.iter().map(|part| match part {
        Part::Literal(text) => quote!(TemplatePart::Literal(#text)),
        Part::Param(param) => quote!(TemplatePart::Param(#param)),
    });
    quote!(&[#(#parts),*])
}

pub(super) fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(value) => quote!(Some(#value)),
        None => quote!(None),
    }
}
