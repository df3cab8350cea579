//! Open string enums: one variant per documented value plus `Unknown(String)`, so a value the
//! server adds later decodes (and re-encodes) instead of failing the whole response.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::Error;
use crate::pointer::Pointer;

/// The Rust type name typify would give a component schema.
pub(crate) fn rust_name(schema_name: &str) -> String {
    schema_name.to_upper_camel_case()
}

/// The variant name for a wire value (`cv_screening` → `CvScreening`, `9am` → `V9am`).
pub(crate) fn variant_name(value: &str) -> String {
    let name = value.to_upper_camel_case();
    match name.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => name,
        _ => format!("V{name}"),
    }
}

/// The enum, its wire mapping and its `Display`/`FromStr`/serde impls. Values whose variant names
/// collide (with each other, or with the catch-all `Unknown`) are refused with the pointer.
pub(crate) fn tokens(rust_name: &str, schema: &Value, at: &Pointer) -> Result<TokenStream, Error> {
    let ident = format_ident!("{rust_name}");
    let values: Vec<&str> = schema["enum"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let mut seen = std::collections::BTreeMap::from([("Unknown".to_owned(), "(the catch-all)")]);
    for value in &values {
        if let Some(other) = seen.insert(variant_name(value), value) {
            return Err(Error::unsupported(
                at.push("enum"),
                format!(
                    "values {other:?} and {value:?} would both be the Rust variant `{}`",
                    variant_name(value)
                ),
            ));
        }
    }
    let variants: Vec<_> = values
        .iter()
        .map(|v| format_ident!("{}", variant_name(v)))
        .collect();
    let docs: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
    let description = schema["description"]
        .as_str()
        .unwrap_or("A string enum from the spec.");
    let doc = format!(
        "{description}\n\nOpen enum: a value the spec does not list decodes as `Unknown` and is kept verbatim."
    );
    Ok(quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #ident {
            #( #[doc = #docs] #variants, )*
            /// A value this version of the spec does not list, kept verbatim. Build values with
            /// `From<&str>`, which maps listed values to their variants; an `Unknown` holding a
            /// listed value would not compare equal to that variant.
            Unknown(::std::string::String),
        }

        impl #ident {
            /// Every value the spec lists.
            pub const KNOWN: &'static [Self] = &[#(Self::#variants),*];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #values, )*
                    Self::Unknown(other) => other.as_str(),
                }
            }

            /// Whether the value is one the spec lists.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        impl ::std::convert::From<&str> for #ident {
            fn from(value: &str) -> Self {
                match value {
                    #( #values => Self::#variants, )*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for #ident {
            fn from(value: ::std::string::String) -> Self {
                Self::from(value.as_str())
            }
        }

        impl ::std::str::FromStr for #ident {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::std::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #ident {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #ident {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                ::std::string::String::deserialize(deserializer).map(Self::from)
            }
        }
    })
}
