//! Uses the generator's dependencies and nothing else: their cold build is the floor of
//! im-errors' own.

use heck::ToUpperCamelCase;
use proc_macro::TokenStream;
use quote::quote;
use syn::{LitStr, parse_macro_input};

/// `floor!("text")`: whether the text parses as TOML, and its UpperCamelCase.
#[proc_macro]
pub fn floor(input: TokenStream) -> TokenStream {
    let text = parse_macro_input!(input as LitStr).value();
    let parses = toml::de::DeTable::parse(&text).is_ok();
    let name = text.to_upper_camel_case();
    let span = proc_macro2::Span::call_site();
    let name = syn::LitStr::new(&name, span);
    quote!(const _: (bool, &str) = (#parses, #name);).into()
}
