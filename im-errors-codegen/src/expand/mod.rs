//! Step 3: a valid [`Catalog`] to tokens: one enum per table, plus the few support types the
//! enums share. Expansion runs only on catalogs that passed validation; where a lookup could
//! still fail it emits a `compile_error!` rather than panic.

mod catalogue;
mod data;
mod docs;
mod imports;
mod kinds;
mod layout;
mod links;
mod markdown;
mod table;

use std::ops::Range;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::Options;
use crate::model::{Catalog, Entry, Kind, Table};
use imports::Imports;

pub use links::{DocumentedCases, Links};

/// The items for `catalog`: one enum per table in file order, then the list of tables and the
/// enum of every documented REST case. `locate` renders a byte span of the codes file as
/// `PATH:LINE:COL`, for the checks the build makes of keys in imported tables.
pub fn expand(
    catalog: &Catalog,
    options: Options<'_>,
    locate: &dyn Fn(&Range<usize>) -> String,
) -> TokenStream {
    let links = Links::of(catalog);
    let cases = DocumentedCases::of(catalog);
    let imports = Imports::of(catalog, locate);
    let catalogue = catalogue::items(catalog);
    let tables = catalog.tables.iter().enumerate();
    let tables = tables
        .filter(|(_, table)| !table.is_imported())
        .map(|(index, table)| {
            let context = Context {
                catalog,
                table,
                index,
                links: &links,
                cases: &cases,
                imports: &imports,
                doc_path: options.doc_path,
            };
            context.expand_table()
        });
    let imports = imports.items();
    quote! {
        #imports
        #(#tables)*
        #catalogue
    }
}

/// Empty enums named after the tables a broken file declares, so that code using them reports
/// the file's problems and not a cascade of unknown types.
pub fn stubs<'a>(table_names: impl IntoIterator<Item = &'a str>) -> TokenStream {
    let stubs = table_names
        .into_iter()
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
    imports: &'a Imports,
    doc_path: Option<&'a str>,
}

impl Context<'_> {
    fn expand_table(&self) -> TokenStream {
        let definition = self.definition();
        let common = self.common_methods();
        let specific = self.kind_items();
        let code = self.code_impl();
        quote! {
            #definition
            #common
            #specific
            #code
        }
    }

    fn name(&self) -> Ident {
        ident(&self.table.name.value)
    }

    /// The path of an entry of another table, or a compile error naming what is missing.
    fn path_to(&self, kind: Kind, key: &str) -> TokenStream {
        if let Some(constant) = self.imports.constant(kind, key) {
            return quote!(#constant);
        }
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

/// The module every path of generated code goes through: the runtime's versioned private
/// module, so that an expansion names nothing a release of the runtime may change.
fn runtime() -> TokenStream {
    let version = ident(&format!(
        "v{}",
        env!("CARGO_PKG_VERSION").replace(['.', '-'], "_")
    ));
    quote!(::im_errors::__private::#version)
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

#[cfg(test)]
mod tests {
    #[test]
    fn stubs_name_only_valid_types() {
        let names = ["SdkCode".to_owned(), "not a type".to_owned()];
        let stubs = super::stubs(names.iter().map(String::as_str)).to_string();
        assert!(stubs.contains("SdkCode"));
        assert!(!stubs.contains("not a type"));
    }
}
