//! What each kind adds to the common methods: conversions from and to the wire values,
//! `FromStr`, `Display`, and the REST case accessors.

use std::collections::HashMap;
use std::hash::Hash;

use proc_macro2::TokenStream;
use quote::quote;

use super::table::{Take, option_str};
use super::{Context, ident, variant_path};
use crate::model::{Key, Kind};
use crate::names;
use crate::template::Part;

impl Context<'_> {
    pub(super) fn kind_items(&self) -> TokenStream {
        match self.table.kind {
            Kind::Advice => self.advice_items(),
            Kind::HttpStatus => self.http_status_items(),
            Kind::ErrorType => self.error_type_items(),
            Kind::RestCase => self.rest_case_items(),
            Kind::SdkCode => self.sdk_code_items(),
        }
    }

    fn codes(&self) -> Vec<i64> {
        (self.table.entries.iter())
            .map(|entry| match entry.key.value {
                Key::Code(code) => code,
                Key::Name(_) => 0,
            })
            .collect()
    }

    /// `fn from_key(&str) -> Option<Self>` matching `key_of` of every entry: a `match`, or in a
    /// long table a binary search of the sorted keys.
    fn lookup_by_str(
        &self,
        method: &str,
        doc: &str,
        key_of: impl Fn(&crate::model::Entry) -> String,
    ) -> TokenStream {
        let method = ident(method);
        let body = if self.uses_arrays() {
            self.sorted_lookup(key_of)
        } else {
            let arms = self.table.entries.iter().map(|entry| {
                let key = key_of(entry);
                let variant = ident(&entry.variant.value);
                quote!(#key => ::core::option::Option::Some(Self::#variant),)
            });
            quote! {
                match name {
                    #(#arms)*
                    _ => ::core::option::Option::None,
                }
            }
        };
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn #method(name: &str) -> ::core::option::Option<Self> {
                #body
            }
        }
    }

    fn sorted_lookup(&self, key_of: impl Fn(&crate::model::Entry) -> String) -> TokenStream {
        let mut keys: Vec<(String, usize)> = (self.table.entries.iter().enumerate())
            .map(|(index, entry)| (key_of(entry), index))
            .collect();
        // `str`'s order is byte order, as `String`'s is here.
        keys.sort();
        let keys = keys.iter().map(|(key, index)| quote!((#key, #index)));
        let entry = if self.is_copy() {
            quote!(Self::ALL[KEYS[found].1])
        } else {
            quote!(::core::clone::Clone::clone(&Self::ALL[KEYS[found].1]))
        };
        quote! {
            const KEYS: &[(&str, usize)] = &[#(#keys),*];
            match KEYS.binary_search_by(|(key, _)| (*key).cmp(name)) {
                ::core::result::Result::Ok(found) => ::core::option::Option::Some(#entry),
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
    }

    fn impl_from_str(&self, lookup: &str) -> TokenStream {
        let name = self.name();
        let table = &self.table.name.value;
        let lookup = ident(lookup);
        quote! {
            impl ::core::str::FromStr for #name {
                type Err = ParseCodeError;

                #[inline]
                fn from_str(name: &str) -> ::core::result::Result<Self, ParseCodeError> {
                    Self::#lookup(name).ok_or(ParseCodeError { table: #table })
                }
            }
        }
    }

    fn display_impl(&self, body: TokenStream) -> TokenStream {
        let name = self.name();
        quote! {
            impl ::core::fmt::Display for #name {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #body
                }
            }
        }
    }

    fn error_impl(&self) -> TokenStream {
        let name = self.name();
        quote!(impl ::core::error::Error for #name {})
    }

    fn advice_items(&self) -> TokenStream {
        let name = self.name();
        let id = self.per_variant(TokenStream::new(), |_, entry| {
            let id = entry.key.value.to_string();
            quote!(#id)
        });
        let from_id =
            self.lookup_by_str("from_id", "The entry with snake_case id `name`.", |entry| {
                entry.key.value.to_string()
            });
        let from_str = self.impl_from_str("from_id");
        let display = self.display_impl(quote!(f.write_str(self.message_en())));
        quote! {
            impl #name {
                /// The snake_case id the codes file uses.
                #[inline]
                pub const fn id(&self) -> &'static str {
                    #id
                }

                #from_id
            }
            #from_str
            #display
        }
    }

    /// The private wrapper of unknown numbers, and the conversions that are the only way in.
    fn numeric_items(&self, repr: TokenStream, what: &str) -> TokenStream {
        let name = self.name();
        let unknown = ident(&names::unknown_type(&self.table.name.value));
        let fallback = ident(self.table.kind.fallback_variant().unwrap_or("Unknown"));
        let variants: Vec<_> = self
            .table
            .entries
            .iter()
            .map(|entry| ident(&entry.variant.value))
            .collect();
        let codes: Vec<_> = (self.codes().into_iter())
            .map(proc_macro2::Literal::i64_unsuffixed)
            .collect();
        let unknown_doc = format!(
            "{what} that no entry of [`{name}`] has. Its field is private: only \
             [`{name}::from_code`] and the `From` conversion make one, so a known value is never \
             wrapped and equality stays true to the number."
        );
        quote! {
            #[doc = #unknown_doc]
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub struct #unknown(#repr);

            impl #unknown {
                /// The number.
                pub const fn get(self) -> #repr {
                    self.0
                }
            }

            impl #name {
                /// The entry for `code`, or the fallback holding it: every value maps, and maps
                /// back to itself.
                #[inline]
                pub const fn from_code(code: #repr) -> Self {
                    match code {
                        #(#codes => Self::#variants,)*
                        other => Self::#fallback(#unknown(other)),
                    }
                }

                /// The number on the wire.
                #[inline]
                pub const fn code(&self) -> #repr {
                    match self {
                        #(Self::#variants => #codes,)*
                        Self::#fallback(unknown) => unknown.0,
                    }
                }

                /// Whether the codes file documents this value.
                pub const fn is_known(&self) -> bool {
                    !::core::matches!(self, Self::#fallback(_))
                }
            }

            impl ::core::convert::From<#repr> for #name {
                #[inline]
                fn from(code: #repr) -> Self {
                    Self::from_code(code)
                }
            }

            impl ::core::convert::From<#name> for #repr {
                #[inline]
                fn from(value: #name) -> #repr {
                    value.code()
                }
            }
        }
    }

    fn http_status_items(&self) -> TokenStream {
        let name = self.name();
        let numeric = self.numeric_items(quote!(u16), "An HTTP status");
        let reason = self.per_variant(quote!(::core::option::Option::None), |_, entry| {
            option_str(entry.reason.as_deref())
        });
        let display = self.display_impl(quote! {
            match self.reason() {
                ::core::option::Option::Some(reason) => ::core::write!(f, "{} {}", self.code(), reason),
                ::core::option::Option::None => ::core::write!(f, "{}", self.code()),
            }
        });
        let table = &self.table.name.value;
        quote! {
            #numeric

            impl #name {
                /// The standard reason phrase, for documented statuses.
                #[inline]
                pub const fn reason(&self) -> ::core::option::Option<&'static str> {
                    #reason
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

            impl ::core::str::FromStr for #name {
                type Err = ParseCodeError;

                /// Parses the decimal status (`"429"`); any `u16` is accepted.
                fn from_str(text: &str) -> ::core::result::Result<Self, ParseCodeError> {
                    text.trim()
                        .parse::<u16>()
                        .map(Self::from_code)
                        .map_err(|_| ParseCodeError { table: #table })
                }
            }

            #display
        }
    }

    fn sdk_code_items(&self) -> TokenStream {
        let name = self.name();
        let numeric = self.numeric_items(quote!(i32), "An SDK code");
        let constant = self.per_variant(quote!("UNKNOWN"), |_, entry| {
            let constant = entry
                .constant
                .as_ref()
                .map(|constant| constant.value.as_str());
            let constant = constant.unwrap_or_default();
            quote!(#constant)
        });
        let from_name = self.lookup_by_str(
            "from_name",
            "The entry whose constant is `name`, spelt exactly as the SDK spells it.",
            |entry| entry.reference_key(),
        );
        let from_str = self.impl_from_str("from_name");
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
            #from_str
            #display
            #error
        }
    }

    fn error_type_items(&self) -> TokenStream {
        let name = self.name();
        let unknown = ident(&names::unknown_type(&self.table.name.value));
        let fallback = ident(self.table.kind.fallback_variant().unwrap_or("Other"));
        let wire = self.per_variant(quote!(::core::option::Option::None), |_, entry| {
            let wire = entry.key.value.to_string();
            quote!(::core::option::Option::Some(#wire))
        });
        let known = self.lookup_by_str(
            "known",
            "The entry whose wire string is exactly `name`.",
            |entry| entry.key.value.to_string(),
        );
        let unknown_doc = format!(
            "An `error` string that no entry of [`{name}`] has. Its field is private: only the \
             conversions from a string make one, so a known string is never wrapped here."
        );
        let display = self.display_impl(quote!(f.write_str(self.as_str())));
        quote! {
            #[doc = #unknown_doc]
            #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub struct #unknown(::std::boxed::Box<str>);

            impl #unknown {
                /// The string as the server sent it.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }

            impl #name {
                /// The wire string of a documented type.
                #[inline]
                pub const fn wire_str(&self) -> ::core::option::Option<&'static str> {
                    #wire
                }

                /// The string as the server sends it.
                #[inline]
                pub fn as_str(&self) -> &str {
                    match self {
                        Self::#fallback(unknown) => unknown.as_str(),
                        known => known.wire_str().unwrap_or_default(),
                    }
                }

                /// Whether the codes file documents this type.
                pub const fn is_known(&self) -> bool {
                    !::core::matches!(self, Self::#fallback(_))
                }

                #known

                /// The entry whose wire string is `name` ignoring ASCII case: servers and
                /// document versions differ in case (`FORBIDDEN`, `forbidden_op`).
                pub fn known_ignore_case(name: &str) -> ::core::option::Option<Self> {
                    Self::known(name).or_else(|| {
                        Self::ALL
                            .iter()
                            .find(|entry| entry.as_str().eq_ignore_ascii_case(name))
                            .cloned()
                    })
                }
            }

            impl ::core::convert::From<&str> for #name {
                /// The documented type spelt exactly `name`, or the fallback holding it.
                #[inline]
                fn from(name: &str) -> Self {
                    Self::known(name).unwrap_or_else(|| Self::#fallback(#unknown(name.into())))
                }
            }

            impl ::core::str::FromStr for #name {
                type Err = ::core::convert::Infallible;

                fn from_str(name: &str) -> ::core::result::Result<Self, Self::Err> {
                    ::core::result::Result::Ok(Self::from(name))
                }
            }

            #display
        }
    }

    fn rest_case_items(&self) -> TokenStream {
        let name = self.name();
        let cases: Vec<_> = self
            .table
            .entries
            .iter()
            .filter_map(|entry| Some((entry, entry.case.as_ref()?)))
            .collect();
        let status_type = self.table_path(Kind::HttpStatus);
        let error_type = self.table_path(Kind::ErrorType);
        let field = |value: fn(&crate::model::Case) -> &str| {
            self.per_variant(TokenStream::new(), move |_, entry| {
                let text = entry.case.as_ref().map(value).unwrap_or_default();
                quote!(#text)
            })
        };
        let template = field(|case| &case.description);
        let cause_en = field(|case| &case.cause_en);
        let cause_zh = field(|case| &case.cause_zh);
        let remedy_en = field(|case| &case.remedy_en);
        let remedy_zh = field(|case| &case.remedy_zh);
        let status = self.per_variant(TokenStream::new(), |_, entry| {
            let status = entry
                .case
                .as_ref()
                .map(|case| case.status.value.to_string())
                .unwrap_or_default();
            self.path_to(Kind::HttpStatus, &status)
        });
        let error = self.per_variant(TokenStream::new(), |_, entry| {
            let error = entry.case.as_ref().and_then(|case| case.error.as_ref());
            option_str(error.map(|error| error.value.as_str()))
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
        let parts = self.per_variant(TokenStream::new(), |_, entry| {
            let parts = entry
                .case
                .iter()
                .flat_map(|case| &case.template)
                .map(|part| match part {
                    Part::Literal(text) => quote!(TemplatePart::Literal(#text)),
                    Part::Param(param) => quote!(TemplatePart::Param(#param)),
                });
            quote!(&[#(#parts),*])
        });
        let params = self.per_variant(TokenStream::new(), |_, entry| {
            let params = entry
                .case
                .iter()
                .flat_map(|case| crate::template::params(&case.template));
            quote!(&[#(#params),*])
        });
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
        let id = self.per_variant(TokenStream::new(), |_, entry| {
            let id = entry.key.value.to_string();
            quote!(#id)
        });
        let from_id =
            self.lookup_by_str("from_id", "The case with snake_case id `name`.", |entry| {
                entry.key.value.to_string()
            });
        let from_str = self.impl_from_str("from_id");
        let candidates = self.candidate_index(&cases);
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
        quote! {
            impl #name {
                /// The snake_case id the codes file uses.
                #[inline]
                pub const fn id(&self) -> &'static str {
                    #id
                }

                #from_id

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
                pub const fn template_parts(&self) -> &'static [TemplatePart] {
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

                #candidates
            }
            #from_str
            #display
            #error_impl
        }
    }

    /// Lookup tables by status and type, so a classifier tries a handful of templates, not all.
    fn candidate_index(
        &self,
        cases: &[(&crate::model::Entry, &crate::model::Case)],
    ) -> TokenStream {
        let mut by_pair: Groups<(i64, Option<&str>)> = Groups::new();
        let mut by_status: Groups<i64> = Groups::new();
        let mut by_error: Groups<&str> = Groups::new();
        for (entry, case) in cases {
            let path = variant_path(self.table, entry);
            let error = case.error.as_ref().map(|error| error.value.as_str());
            by_pair.push((case.status.value, error), path.clone());
            by_status.push(case.status.value, path.clone());
            if let Some(error) = error {
                by_error.push(error, path);
            }
        }
        let pair_arms = by_pair.iter().map(|((status, error), paths)| {
            let status =
                proc_macro2::Literal::u16_unsuffixed(u16::try_from(*status).unwrap_or_default());
            let error = match error {
                Some(error) => quote!(::core::option::Option::Some(#error)),
                None => quote!(::core::option::Option::None),
            };
            quote!((#status, #error) => &[#(#paths),*],)
        });
        let status_arms = by_status.iter().map(|(status, paths)| {
            let status =
                proc_macro2::Literal::u16_unsuffixed(u16::try_from(*status).unwrap_or_default());
            quote!(#status => &[#(#paths),*],)
        });
        let error_arms = by_error
            .iter()
            .map(|(error, paths)| quote!(#error => &[#(#paths),*],));
        quote! {
            /// The cases documented with exactly this status and `error` string (`None`: the
            /// documents show no type).
            pub fn candidates(status: u16, error: ::core::option::Option<&str>) -> &'static [Self] {
                match (status, error) {
                    #(#pair_arms)*
                    _ => &[],
                }
            }

            /// The cases documented with this status, whatever their type.
            pub fn with_status(status: u16) -> &'static [Self] {
                match status {
                    #(#status_arms)*
                    _ => &[],
                }
            }

            /// The cases documented with this `error` string (exact), whatever their status.
            pub fn with_error(error: &str) -> &'static [Self] {
                match error {
                    #(#error_arms)*
                    _ => &[],
                }
            }
        }
    }
}

/// Variant paths grouped by a key, in first-seen order, with each key's place, so grouping
/// stays linear in the number of cases.
struct Groups<K> {
    groups: Vec<(K, Vec<TokenStream>)>,
    places: HashMap<K, usize>,
}

impl<K: Clone + Eq + Hash> Groups<K> {
    fn new() -> Self {
        Groups {
            groups: Vec::new(),
            places: HashMap::new(),
        }
    }

    fn push(&mut self, key: K, path: TokenStream) {
        let place = *self.places.entry(key.clone()).or_insert_with(|| {
            self.groups.push((key, Vec::new()));
            self.groups.len() - 1
        });
        self.groups[place].1.push(path);
    }

    fn iter(&self) -> impl Iterator<Item = &(K, Vec<TokenStream>)> {
        self.groups.iter()
    }
}
