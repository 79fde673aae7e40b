//! Step 3: a valid [`Catalog`] to tokens: one enum per table, plus the few support types the
//! enums share. Expansion runs only on catalogs that passed validation; where a lookup could
//! still fail it emits a `compile_error!` rather than panic.

mod docs;
mod kinds;
mod links;
mod table;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::{Catalog, Entry, Kind, Table};

use docs::DocumentedCases;
pub use links::Links;

/// The items for `catalog`: support types, then one enum per table in file order.
pub fn expand(catalog: &Catalog) -> TokenStream {
    let links = Links::of(catalog);
    let cases = DocumentedCases::of(catalog);
    let support = support_types();
    let tables = catalog.tables.iter().enumerate().map(|(index, table)| {
        let context = Context {
            catalog,
            table,
            index,
            links: &links,
            cases: &cases,
        };
        context.expand_table()
    });
    quote! {
        #support
        #(#tables)*
    }
}

/// Empty enums named after the tables a broken file declares, so that code using them reports
/// the file's problems and not a cascade of unknown types.
pub fn stubs(table_names: &[String]) -> TokenStream {
    let stubs = table_names
        .iter()
        .filter(|name| crate::names::is_type_name(name))
        .map(|name| {
            let name = ident(name);
            quote! {
                #[doc = "Not generated: the codes file has problems (see the errors above)."]
                pub enum #name {}
            }
        });
    quote!(#(#stubs)*)
}

/// What the expansion of one table needs to see.
struct Context<'a> {
    catalog: &'a Catalog,
    table: &'a Table,
    index: usize,
    links: &'a Links,
    cases: &'a DocumentedCases,
}

impl Context<'_> {
    fn expand_table(&self) -> TokenStream {
        let definition = self.definition();
        let common = self.common_methods();
        let specific = self.kind_items();
        quote! {
            #definition
            #common
            #specific
        }
    }

    fn name(&self) -> Ident {
        ident(&self.table.name.value)
    }

    /// The path of an entry of another table, or a compile error naming what is missing.
    fn path_to(&self, kind: Kind, key: &str) -> TokenStream {
        let found = self
            .catalog
            .table_of(kind)
            .and_then(|table| Some((table, table.entry(key)?)));
        match found {
            Some((table, entry)) => variant_path(table, entry),
            None => unresolved(&format!("no {kind} entry `{key}`")),
        }
    }

    fn table_path(&self, kind: Kind) -> TokenStream {
        match self.catalog.table_of(kind) {
            Some(table) => {
                let name = ident(&table.name.value);
                quote!(#name)
            }
            None => unresolved(&format!("no table of kind {kind}")),
        }
    }
}

fn variant_path(table: &Table, entry: &Entry) -> TokenStream {
    let table = ident(&table.name.value);
    let variant = ident(&entry.variant.value);
    quote!(#table::#variant)
}

fn unresolved(what: &str) -> TokenStream {
    let message = format!("im-errors-codegen: unresolved reference ({what}); please report this");
    quote!(::core::compile_error!(#message))
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

fn support_types() -> TokenStream {
    quote! {
        /// One piece of a REST error description template.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum TemplatePart {
            /// Text the server sends as is.
            Literal(&'static str),
            /// A value the server fills in, by placeholder name (`username`, `group_id`).
            Param(&'static str),
        }

        /// What one document said of an entry, where documents disagree.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct DocHistory {
            /// The document: a seed file name or a URL.
            pub source: &'static str,
            /// Whether the service still behaves as this document says.
            pub current: bool,
            /// The claim, in Chinese.
            pub zh: &'static str,
            /// The claim, in English.
            pub en: &'static str,
        }

        /// The error of `FromStr` for a name that no entry of a table has.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct ParseCodeError {
            table: &'static str,
        }

        impl ParseCodeError {
            /// The table that was searched.
            pub const fn table(&self) -> &'static str {
                self.table
            }
        }

        impl ::core::fmt::Display for ParseCodeError {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "no {} has this name", self.table)
            }
        }

        impl ::core::error::Error for ParseCodeError {}
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn stubs_name_only_valid_types() {
        let names = ["SdkCode".to_owned(), "not a type".to_owned()];
        let stubs = super::stubs(&names).to_string();
        assert!(stubs.contains("SdkCode"));
        assert!(!stubs.contains("not a type"));
    }
}
