//! What the catalogue has beside its tables: `TABLES`, every table as data, and `RestCase`, one
//! enum over every table of documented REST cases, with the index the classifier narrows its
//! candidates by.

use std::collections::HashMap;
use std::hash::Hash;

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{ident, runtime, variant_path};
use crate::model::{Catalog, Kind, Table};

/// `TABLES`, and `RestCase` where the catalogue has REST case tables.
pub(super) fn items(catalog: &Catalog) -> TokenStream {
    let rt = runtime();
    let names = catalog.tables.iter().map(|table| ident(&table.name.value));
    let rest_case = rest_case_enum(catalog);
    quote! {
        /// Every table of the catalogue, as data, in the order of the codes file.
        pub const TABLES: &[&#rt::Table] = &[#(<#names as #rt::Code>::TABLE),*];

        #rest_case
    }
}

fn rest_case_enum(catalog: &Catalog) -> TokenStream {
    let rt = runtime();
    let tables: Vec<&Table> = (catalog.tables.iter())
        .filter(|table| table.kind == Kind::RestCase)
        .collect();
    let (Some(advice), Some(status), Some(error)) = (
        catalog.table_of(Kind::Advice),
        catalog.table_of(Kind::HttpStatus),
        catalog.table_of(Kind::ErrorType),
    ) else {
        return TokenStream::new();
    };
    if tables.is_empty() {
        return TokenStream::new();
    }
    let (advice, status, error) = (
        ident(&advice.name.value),
        ident(&status.name.value),
        ident(&error.name.value),
    );
    let names: Vec<_> = tables
        .iter()
        .map(|table| ident(&table.name.value))
        .collect();
    let variants = names.iter().map(|name| {
        let doc = format!("A case of [`{name}`].");
        quote!(#[doc = #doc] #name(#name),)
    });
    let delegate = |method: TokenStream| {
        let arms = names
            .iter()
            .map(|name| quote!(Self::#name(case) => case.#method,));
        quote!(match self { #(#arms)* })
    };
    let template_parts = delegate(quote!(template_parts()));
    let template = delegate(quote!(template()));
    let all = tables.iter().map(|table| {
        let name = ident(&table.name.value);
        let variants = table
            .entries
            .iter()
            .map(|entry| ident(&entry.variant.value));
        quote!(#(RestCase::#name(#name::#variants),)*)
    });
    let advice_of = delegate(quote!(advice()));
    let status_of = delegate(quote!(status()));
    let error_of = delegate(quote!(error()));
    let id = delegate(quote!(id()));
    let variant_name = delegate(quote!(variant_name()));
    let message_en = delegate(quote!(message_en()));
    let message_zh = delegate(quote!(message_zh()));
    let per_table = |arm: &dyn Fn(&proc_macro2::Ident) -> TokenStream| {
        let arms = names.iter().map(|name| {
            let value = arm(name);
            quote!(Self::#name(case) => #value,)
        });
        quote!(match self { #(#arms)* })
    };
    let table = per_table(&|name| {
        quote!({
            let _ = case;
            <#name as #rt::Code>::TABLE
        })
    });
    // Case tables have no fallback variant: every value has its entry at its position.
    let entry = per_table(&|name| quote!(&<#name as #rt::Code>::TABLE.entries[case.position()]));
    let display = per_table(&|_| quote!(::core::fmt::Display::fmt(case, f)));
    let index = candidate_index(&tables);
    let only_cases = only_cases(&tables)
        .into_iter()
        .map(|(error, path)| quote!(#error => ::core::option::Option::Some(RestCase::#path),));
    let conversions = names.iter().map(|name| {
        quote! {
            impl ::core::convert::From<#name> for RestCase {
                fn from(case: #name) -> Self {
                    Self::#name(case)
                }
            }

            /// The case, if it is one of this table's: how a classified response's
            /// `RestCase` is matched against one table's variants.
            impl ::core::convert::TryFrom<RestCase> for #name {
                type Error = RestCase;

                fn try_from(case: RestCase) -> ::core::result::Result<Self, RestCase> {
                    // With one case table the other arm is unreachable.
                    #[allow(unreachable_patterns)]
                    match case {
                        RestCase::#name(case) => ::core::result::Result::Ok(case),
                        other => ::core::result::Result::Err(other),
                    }
                }
            }

            impl ::core::cmp::PartialEq<#name> for RestCase {
                fn eq(&self, other: &#name) -> bool {
                    ::core::matches!(self, Self::#name(case) if case == other)
                }
            }
        }
    });
    quote! {
        /// A documented REST case of any table: what the classifier finds a response to be.
        ///
        /// It is the catalogue the classifier matches responses against:
        /// `im_errors::classify_with::<RestCase>(status, body)`, or the owned
        /// `im_errors::Classification::<RestCase>::from_response(status, body)`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum RestCase {
            #(#variants)*
        }

        impl RestCase {
            /// Every case of every table, table by table in the order of the codes file.
            pub const ALL: &'static [RestCase] = &[#(#all)*];

            /// The `error_description` template, `{placeholder}`s included.
            pub const fn template(&self) -> &'static str {
                #template
            }

            /// The template, split into literal text and placeholders.
            #[inline]
            pub const fn template_parts(&self) -> &'static [#rt::TemplatePart] {
                #template_parts
            }

            /// What a caller should do about it.
            pub const fn advice(&self) -> #advice {
                #advice_of
            }

            /// The HTTP status the documents give it.
            pub const fn status(&self) -> #status {
                #status_of
            }

            /// The `error` string the documents give it, if any.
            pub const fn error(&self) -> ::core::option::Option<&'static str> {
                #error_of
            }

            /// The snake_case id the codes file uses.
            pub const fn id(&self) -> &'static str {
                #id
            }

            /// The variant's name in its table's enum.
            pub const fn variant_name(&self) -> &'static str {
                #variant_name
            }

            /// A short message in English.
            pub const fn message_en(&self) -> &'static str {
                #message_en
            }

            /// A short message in Chinese.
            pub const fn message_zh(&self) -> &'static str {
                #message_zh
            }

            /// The table the case belongs to.
            pub fn table(&self) -> &'static #rt::Table {
                #table
            }

            /// The case's data.
            pub fn entry(&self) -> &'static #rt::Entry {
                #entry
            }

            /// Whether the case is `case`, of whichever table.
            pub fn is(&self, case: impl ::core::convert::Into<RestCase>) -> bool {
                *self == case.into()
            }

            #index
        }

        #(#conversions)*

        impl ::core::fmt::Display for RestCase {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #display
            }
        }

        impl ::core::error::Error for RestCase {}

        /// The snake_case id, as [`RestCase::id`] gives it (`Display` writes the message).
        impl ::core::convert::AsRef<str> for RestCase {
            #[inline]
            fn as_ref(&self) -> &str {
                self.id()
            }
        }

        /// What the classifier asks of the catalogue, each method the inherent one of the same
        /// name or of the table it reads.
        impl #rt::Catalogue for RestCase {
            type Advice = #advice;
            type HttpStatus = #status;
            type ErrorType = #error;

            #[inline]
            fn data(&self) -> (&'static #rt::Table, &'static #rt::Entry) {
                (RestCase::table(self), RestCase::entry(self))
            }

            fn only_case_of(error: &str) -> ::core::option::Option<Self> {
                match error {
                    #(#only_cases)*
                    _ => ::core::option::Option::None,
                }
            }

            #[inline]
            fn candidates(
                status: u16,
                error: ::core::option::Option<&str>,
                first: ::core::option::Option<u8>,
            ) -> &'static [(Self, #rt::Anchor)] {
                RestCase::candidates(status, error, first)
            }

            #[inline]
            fn with_status(
                status: u16,
                first: ::core::option::Option<u8>,
            ) -> &'static [(Self, #rt::Anchor)] {
                RestCase::with_status(status, first)
            }

            #[inline]
            fn with_error(
                error: &str,
                first: ::core::option::Option<u8>,
            ) -> &'static [(Self, #rt::Anchor)] {
                RestCase::with_error(error, first)
            }

            #[inline]
            fn advice(&self) -> #advice {
                RestCase::advice(self)
            }

            #[inline]
            fn status(&self) -> #status {
                RestCase::status(self)
            }

            #[inline]
            fn error(&self) -> ::core::option::Option<&'static str> {
                RestCase::error(self)
            }

            #[inline]
            fn status_from_code(code: u16) -> #status {
                #status::from_code(code)
            }

            #[inline]
            fn status_code(status: &#status) -> u16 {
                status.code()
            }

            #[inline]
            fn status_advice(status: &#status) -> #advice {
                status.advice()
            }

            #[inline]
            fn error_type_ignore_case(error: &str) -> #error {
                match #error::known_ignore_case(error) {
                    ::core::option::Option::Some(known) => known,
                    ::core::option::Option::None => {
                        <#error as ::core::convert::From<&str>>::from(error)
                    }
                }
            }

            #[inline]
            fn error_type_wire(error_type: &#error) -> ::core::option::Option<&'static str> {
                error_type.wire_str()
            }

            #[inline]
            fn error_type_advice(error_type: &#error) -> ::core::option::Option<#advice> {
                if error_type.is_known() {
                    ::core::option::Option::Some(error_type.advice())
                } else {
                    ::core::option::Option::None
                }
            }

            #[inline]
            fn retry_policy(advice: &#advice) -> #rt::RetryPolicy {
                advice.retry_policy()
            }
        }
    }
}

/// Each `error` string documented with exactly one case, with that case as `Table(Table::Variant)`.
fn only_cases(tables: &[&Table]) -> Vec<(String, TokenStream)> {
    let mut by_error: HashMap<&str, Vec<TokenStream>> = HashMap::new();
    let mut order = Vec::new();
    for table in tables {
        let name = ident(&table.name.value);
        for entry in &table.entries {
            let Some(error) = entry.case.as_ref().and_then(|case| case.error.as_ref()) else {
                continue;
            };
            let variant = variant_path(table, entry);
            let cases = by_error.entry(error.value.as_str()).or_default();
            if cases.is_empty() {
                order.push(error.value.as_str());
            }
            cases.push(quote!(#name(#variant)));
        }
    }
    (order.into_iter())
        .filter_map(|error| match by_error[error].as_slice() {
            [only] => Some((error.to_owned(), only.clone())),
            _ => None,
        })
        .collect()
}

/// Lookup tables by status and type, then by the first letter of the text a template starts
/// with, so that a classifier tries a handful of templates, not all: the unmatched description,
/// the common case for a catalogue that is not complete, then costs little more than a matched one.
///
/// Within a list the templates with more literal text come first (file order among equals): the
/// classifier takes the first that matches, and of two that match one text the one with more
/// literal text is the more specific, leaving less to its placeholders (`username [{username}] is
/// not legal` before `username {username} is not legal`, which would take the brackets into the
/// name).
fn candidate_index(tables: &[&Table]) -> TokenStream {
    let rt = runtime();
    let mut by_pair: Groups<(i64, Option<&str>, Option<u8>)> = Groups::new();
    let mut by_status: Groups<(i64, Option<u8>)> = Groups::new();
    let mut by_error: Groups<(&str, Option<u8>)> = Groups::new();
    for table in tables {
        let name = ident(&table.name.value);
        for (index, entry) in table.entries.iter().enumerate() {
            let Some(case) = &entry.case else { continue };
            let variant = variant_path(table, entry);
            let (prefix, suffix, min_len) = crate::template::anchor(&case.template);
            let first = prefix.bytes().next().map(|byte| byte.to_ascii_lowercase());
            // The template is the entry's own, read from `TABLE` when the constant is evaluated.
            let parts = quote!(#rt::case_of(&<#name as #rt::Code>::TABLE.entries[#index]).parts);
            let path = quote! {
                (RestCase::#name(#variant), #rt::Anchor::new(#parts, #prefix, #suffix, #min_len))
            };
            let error = case.error.as_ref().map(|error| error.value.as_str());
            by_pair.push((case.status.value, error, first), min_len, path.clone());
            by_status.push((case.status.value, first), min_len, path.clone());
            if let Some(error) = error {
                by_error.push((error, first), min_len, path);
            }
        }
    }
    let status_literal =
        |status: i64| Literal::u16_unsuffixed(u16::try_from(status).unwrap_or_default());
    let first_pattern = |first: &Option<u8>| match first {
        Some(first) => {
            let first = Literal::u8_suffixed(*first);
            quote!(::core::option::Option::Some(#first))
        }
        None => quote!(::core::option::Option::None),
    };
    let pair_arms = by_pair.iter().map(|((status, error, first), paths)| {
        let status = status_literal(*status);
        let error = match error {
            Some(error) => quote!(::core::option::Option::Some(#error)),
            None => quote!(::core::option::Option::None),
        };
        let first = first_pattern(first);
        let list = candidate_list(paths);
        quote!((#status, #error, #first) => #list,)
    });
    let status_arms = by_status.iter().map(|((status, first), paths)| {
        let (status, first) = (status_literal(*status), first_pattern(first));
        let list = candidate_list(paths);
        quote!((#status, #first) => #list,)
    });
    let error_arms = by_error.iter().map(|((error, first), paths)| {
        let first = first_pattern(first);
        let list = candidate_list(paths);
        quote!((#error, #first) => #list,)
    });
    let first_doc = "`first` is the lowercased first byte of the text a template starts with; \
                     `None` asks for the templates that start with a placeholder or a character \
                     the classifier folds.";
    quote! {
        /// The cases documented with exactly this status and `error` string (`None`: the
        /// documents show no type), each with what a description must have to match it.
        #[doc = #first_doc]
        pub fn candidates(
            status: u16,
            error: ::core::option::Option<&str>,
            first: ::core::option::Option<u8>,
        ) -> &'static [(Self, #rt::Anchor)] {
            match (status, error, first) {
                #(#pair_arms)*
                _ => &[],
            }
        }

        /// The cases documented with this status, whatever their type, with their anchors.
        #[doc = #first_doc]
        pub fn with_status(status: u16, first: ::core::option::Option<u8>) -> &'static [(Self, #rt::Anchor)] {
            match (status, first) {
                #(#status_arms)*
                _ => &[],
            }
        }

        /// The cases documented with this `error` string (exact), whatever their status, with
        /// their anchors.
        #[doc = #first_doc]
        pub fn with_error(error: &str, first: ::core::option::Option<u8>) -> &'static [(Self, #rt::Anchor)] {
            match (error, first) {
                #(#error_arms)*
                _ => &[],
            }
        }
    }
}

/// A candidate list as a constant: `Anchor::new` is a `const fn`, and only a constant's value is
/// promoted to a `'static` slice. The most literal text first, file order among equals.
fn candidate_list(paths: &[(usize, TokenStream)]) -> TokenStream {
    let rt = runtime();
    let mut paths: Vec<&(usize, TokenStream)> = paths.iter().collect();
    paths.sort_by_key(|(min_len, _)| std::cmp::Reverse(*min_len));
    let paths = paths.into_iter().map(|(_, path)| path);
    quote! {{
        const CANDIDATES: &[(RestCase, #rt::Anchor)] = &[#(#paths),*];
        CANDIDATES
    }}
}

/// Variant paths grouped by a key, in first-seen order, with each key's place, so grouping
/// stays linear in the number of cases.
struct Groups<K> {
    groups: Vec<(K, Vec<(usize, TokenStream)>)>,
    places: HashMap<K, usize>,
}

impl<K: Clone + Eq + Hash> Groups<K> {
    fn new() -> Self {
        Groups {
            groups: Vec::new(),
            places: HashMap::new(),
        }
    }

    /// Adds `path`, whose template has `min_len` bytes of literal text, to the group of `key`.
    fn push(&mut self, key: K, min_len: usize, path: TokenStream) {
        let place = *self.places.entry(key.clone()).or_insert_with(|| {
            self.groups.push((key, Vec::new()));
            self.groups.len() - 1
        });
        self.groups[place].1.push((min_len, path));
    }

    fn iter(&self) -> impl Iterator<Item = &(K, Vec<(usize, TokenStream)>)> {
        self.groups.iter()
    }
}
