//! JSON Schemas for the generated types, behind the SDK's `schemars` feature: a
//! `derive(JsonSchema)` on every serde type typify emits, and a hand impl for each open enum
//! (its known values, or any other string a newer server may send).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

/// Adds `#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]` to every struct and
/// enum that derives serde's `Serialize` or `Deserialize`.
pub(crate) fn derive_json_schema(items: &mut [syn::Item]) {
    let attr: syn::Attribute =
        syn::parse_quote!(#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]);
    for item in items {
        let attrs = match item {
            syn::Item::Struct(s) => &mut s.attrs,
            syn::Item::Enum(e) => &mut e.attrs,
            _ => continue,
        };
        let serde = attrs.iter().any(|a| {
            a.path().is_ident("derive") && {
                let text = quote::ToTokens::to_token_stream(&a.meta).to_string();
                text.contains("Serialize") || text.contains("Deserialize")
            }
        });
        if serde {
            // After the derives, so `#[serde(..)]` helper attributes stay in scope for it.
            let at = attrs
                .iter()
                .rposition(|a| a.path().is_ident("derive"))
                .map_or(0, |i| i + 1);
            attrs.insert(at, attr.clone());
        }
    }
}

/// `impl JsonSchema` for an open enum: one of the spec's values, or any string.
pub(crate) fn open_enum_schema(rust_name: &str, schema: &Value) -> TokenStream {
    let ident = format_ident!("{rust_name}");
    let values: Vec<&str> = schema
        .get("enum")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let description = schema
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or_default();
    quote! {
        #[cfg(feature = "schemars")]
        impl ::schemars::JsonSchema for #ident {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(#rust_name)
            }
            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                ::schemars::json_schema!({
                    "description": #description,
                    "anyOf": [
                        { "type": "string", "enum": [#(#values),*] },
                        { "type": "string", "description": "A value newer than this SDK's spec." }
                    ]
                })
            }
        }
    }
}
