//! Tables imported from another catalogue (`from = "im_errors"`): the macro reads one codes
//! file and cannot see the other catalogue's, so each key this catalogue refers to in such a
//! table becomes a constant looked up while the crate builds. A key the table lacks fails that
//! constant's evaluation with the codes file's line: one error for one mistake, since every
//! use names the constant, whose type is known.

use std::collections::HashMap;
use std::ops::Range;

use heck::ToShoutySnakeCase;
use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::{ident, runtime};
use crate::model::{Catalog, Kind, Table};

/// The keys a catalogue refers to in its imported tables, each with the constant that holds it.
pub struct Imports {
    constants: HashMap<(Kind, String), Ident>,
    items: TokenStream,
}

impl Imports {
    /// The imports of `catalog`; `locate` renders a byte span of the codes file as
    /// `PATH:LINE:COL`.
    pub fn of(catalog: &Catalog, locate: &dyn Fn(&Range<usize>) -> String) -> Imports {
        let mut imports = Imports {
            constants: HashMap::new(),
            items: TokenStream::new(),
        };
        for imported in catalog.imported_keys() {
            let (table, key) = (imported.table, &imported.key.value);
            if imports.constants.contains_key(&(table.kind, key.clone())) {
                continue;
            }
            let name = ident(&format!(
                "__{}_{}",
                table.name.value.to_shouty_snake_case(),
                imports.constants.len()
            ));
            let problem = format!("{}: {}", locate(&imported.key.span), imported.problem());
            imports.items.extend(constant(table, &name, key, &problem));
            imports.constants.insert((table.kind, key.clone()), name);
        }
        for table in &catalog.tables {
            if let Some(from) = &table.imported {
                imports
                    .items
                    .extend(use_item(&table.name.value, &from.value));
            }
        }
        imports
    }

    /// The constant holding the entry of `kind` keyed `key`, where that table is imported.
    pub fn constant(&self, kind: Kind, key: &str) -> Option<&Ident> {
        self.constants.get(&(kind, key.to_owned()))
    }

    /// The `use` of each imported table and the constants.
    pub fn items(&self) -> &TokenStream {
        &self.items
    }
}

/// The constant holding the entry keyed `key` of the imported `table`. `error` types are not
/// `Copy`, so their table's `__at` gives the value where the others are read from `ALL`.
fn constant(table: &Table, name: &Ident, key: &str, problem: &str) -> TokenStream {
    let rt = runtime();
    let ty = ident(&table.name.value);
    let position = quote!(#rt::imported_position::<#ty>(#key, #problem));
    let value = match table.kind {
        Kind::ErrorType => quote!(#ty::__at(#position).expect(#problem)),
        Kind::Advice | Kind::HttpStatus | Kind::RestCase | Kind::SdkCode => {
            quote!(#ty::ALL[#position])
        }
    };
    quote! {
        #[doc(hidden)]
        const #name: #ty = #value;
    }
}

/// `pub use FROM::NAME;`, so that the table is reached here by its name, as a table of this
/// catalogue would be.
fn use_item(name: &str, from: &str) -> TokenStream {
    let name = ident(name);
    let segments = from.split("::").map(ident);
    let leading = match from.split("::").next() {
        Some("crate" | "self" | "super") => TokenStream::new(),
        _ => quote!(::),
    };
    quote! {
        #[doc(inline)]
        pub use #leading #(#segments)::* :: #name;
    }
}
