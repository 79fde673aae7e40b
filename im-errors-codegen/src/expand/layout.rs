//! The layout of long tables: accessors as lookups in constant arrays indexed by the entry's
//! position, string lookups as a binary search, instead of `match`es over every variant.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Context, ident};
use crate::model::{Entry, Kind};

/// Tables of at least this many entries get their lookups as constant arrays (a binary search of
/// sorted keys), not as `match`es: rustc's type and borrow checking of one function grow faster
/// than its arms (docs/BENCHMARKS.md, "Scaling"). Since entry data is read from `Code::TABLE`, a
/// table has few such functions, so the bound is twice the first one's; the real catalogue's
/// tables are all shorter (a binary search costs a string lookup several times a `match`).
pub(super) const ARRAY_LAYOUT_FROM: usize = 256;

/// How an accessor of a long table takes its value out of the constant array.
pub(super) enum Take {
    /// By copy, from an array typed by the accessor's return type.
    Copied,
    /// By `Clone::clone`, from an array of this element type.
    Cloned(TokenStream),
}

impl Context<'_> {
    /// Whether the table's accessors index constant arrays instead of matching on `self`.
    pub(super) fn uses_arrays(&self) -> bool {
        self.table.entries.len() >= ARRAY_LAYOUT_FROM
    }

    /// Whether the table's values are numbers on the wire.
    pub(super) fn is_numbered(&self) -> bool {
        matches!(self.table.kind, Kind::HttpStatus | Kind::SdkCode)
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

    pub(super) fn per_variant_match(
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

    /// The entry's position, which `Code::entry` and the array layout index by, and the array
    /// layout's typed pick.
    pub(super) fn position_helpers(&self) -> TokenStream {
        let has_fallback = self.table.kind.fallback_variant().is_some();
        let position = self.per_variant_match(quote!(None), |index, _| {
            if has_fallback {
                quote!(Some(#index))
            } else {
                quote!(#index)
            }
        });
        let position_type = if has_fallback {
            quote!(::core::option::Option<usize>)
        } else {
            quote!(usize)
        };
        let entry_value = self.uses_arrays().then(|| {
            quote! {
                #[inline]
                const fn entry_value<T: ::core::marker::Copy>(values: &[T], index: usize) -> T {
                    values[index]
                }
            }
        });
        quote! {
            /// The entry's position in [`Self::ALL`].
            #[inline]
            const fn position(&self) -> #position_type {
                // The arms name `Some` and `None` without a path: the import is the body's own.
                #[allow(unused_imports)]
                use ::core::option::Option::{None, Some};
                #position
            }

            #entry_value
        }
    }

    /// `fn from_key(&str) -> Option<Self>` matching any of `keys_of` of every entry: a `match`,
    /// or in a long table a binary search of the sorted keys.
    pub(super) fn lookup_by_str(
        &self,
        method: &str,
        doc: &str,
        keys_of: impl Fn(&Entry) -> Vec<String>,
    ) -> TokenStream {
        let method = ident(method);
        let body = self.lookup_body(keys_of);
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn #method(name: &str) -> ::core::option::Option<Self> {
                #body
            }
        }
    }

    /// The body of such a lookup, of the `&str` named `name`.
    pub(super) fn lookup_body(&self, keys_of: impl Fn(&Entry) -> Vec<String>) -> TokenStream {
        if self.uses_arrays() {
            return self.sorted_lookup(keys_of);
        }
        let arms = self.table.entries.iter().map(|entry| {
            let keys = keys_of(entry);
            let variant = ident(&entry.variant.value);
            quote!(#(#keys)|* => Some(Self::#variant),)
        });
        // The arms name `Some` and `None` without a path: the import is the block's own.
        quote! {{
            use ::core::option::Option::{None, Some};
            match name {
                #(#arms)*
                _ => None,
            }
        }}
    }

    fn sorted_lookup(&self, keys_of: impl Fn(&Entry) -> Vec<String>) -> TokenStream {
        let mut keys: Vec<(String, usize)> = (self.table.entries.iter().enumerate())
            .flat_map(|(index, entry)| keys_of(entry).into_iter().map(move |key| (key, index)))
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
}
