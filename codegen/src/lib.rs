//! Turns the pinned Talent-Ray OpenAPI 3.1 document into the SDK's generated Rust code.
//!
//! Used by the SDK's `build.rs` and by `cargo xtask fetch` (which refuses a spec this crate cannot
//! generate from), so both run exactly the same pipeline:
//!
//! 1. [`downgrade`]: a schema-aware OpenAPI 3.1 → 3.0.3 rewrite (progenitor reads only 3.0);
//! 2. [`normalize`]: one error type per operation, open objects, hoisted string enums,
//!    tri-state nullable request fields, redacting key strings;
//! 3. progenitor generates the typed client, with open enums substituted for string enums
//!    (one property's request and response enums related by [`From`]/[`PartialEq`]),
//!    plain-value setters on request builders and `send()` returning the SDK's error;
//! 4. the operation table, scope taxonomy and paging glue are generated from the same spec;
//! 5. the spec's request schemas are compiled into the checks the SDK runs before sending.

#![deny(missing_docs)]

mod call_args;
mod describe;
mod doc_examples;
pub mod downgrade;
mod enum_pairs;
pub mod normalize;
mod open_enum;
mod operation_table;
mod paging;
mod plain_setters;
pub mod pointer;
mod present_null;
mod request_schemas;
pub mod resolve;
mod schemas;

use proc_macro2::TokenStream;
use serde_json::Value;

pub use describe::{Described, PageParamsSpec};
pub use operation_table::{BodySpec, OperationSpec, Paging, ParamLocation, ParamSpec};
pub use paging::ListParams;

/// Why a spec could not be turned into code. `Display` is one line.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input is not JSON.
    #[error("the spec is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The document is not an acceptable OpenAPI 3.1 document.
    #[error("invalid spec at {pointer}: {message}")]
    Invalid {
        /// JSON pointer of the offending value.
        pointer: String,
        /// What is wrong.
        message: String,
    },
    /// The document uses a construct the 3.1 → 3.0 downgrade does not handle.
    #[error("unsupported construct at {pointer}: {message}")]
    Unsupported {
        /// JSON pointer of the offending schema or object.
        pointer: String,
        /// What is not supported.
        message: String,
    },
    /// progenitor refused the downgraded document.
    #[error("progenitor could not generate the client: {0}")]
    Progenitor(String),
}

impl Error {
    pub(crate) fn invalid(pointer: impl ToString, message: impl Into<String>) -> Self {
        Self::Invalid {
            pointer: pointer.to_string(),
            message: message.into(),
        }
    }

    pub(crate) fn unsupported(pointer: impl ToString, message: impl Into<String>) -> Self {
        Self::Unsupported {
            pointer: pointer.to_string(),
            message: message.into(),
        }
    }
}

/// The generated sources, each a formatted Rust file for `include!`.
#[derive(Debug, Clone)]
pub struct Generated {
    /// progenitor's client: `Client`, `types`, `builder`, with open enums in `types`.
    pub client: String,
    /// The operation table (`OPERATIONS`) and the scope taxonomy (`Scope`).
    pub operations: String,
    /// Paging trait impls for every paginated operation.
    pub paging: String,
    /// The checks of every operation's request, compiled from the spec's request schemas.
    pub requests: String,
    /// The JSON dispatcher: per-operation argument structs, `dispatch` and the schema tables.
    pub call_args: String,
    /// The 3.0.3 document progenitor was given (for inspection and tests).
    pub downgraded: Value,
}

impl Generated {
    /// Every generated source as `(file name, text)`: what `build.rs` writes to `OUT_DIR` and
    /// `cargo xtask regen` ships in `generated/`. A new output only needs adding here.
    pub fn files(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("client.rs", &self.client),
            ("operations.rs", &self.operations),
            ("paging.rs", &self.paging),
            ("requests.rs", &self.requests),
            ("call_args.rs", &self.call_args),
        ]
    }
}

/// Downgrades a 3.1 spec and generates the client; `Err` says why, naming a JSON pointer where
/// one applies. Never panics on a well-formed JSON document: progenitor panics are caught.
pub fn generate(spec_json: &[u8]) -> Result<Generated, Error> {
    let mut doc: Value = serde_json::from_slice(spec_json)?;
    let requests = format(request_schemas::tokens(&doc)?)?;
    let original = doc.clone();
    if doc
        .get("paths")
        .and_then(Value::as_object)
        .is_none_or(|p| p.is_empty())
    {
        return Err(Error::invalid("/paths", "the spec has no paths"));
    }
    downgrade::downgrade(&mut doc)?;
    let normalized = normalize::normalize(&mut doc)?;
    let mut ops = operation_table::extract(&doc)?;
    describe::attach(&original, &doc, &mut ops);

    let mut client = generate_client(&doc, &normalized, &original)?;
    paging::expose_paging_fields(&mut client, &ops)?;
    let operations = format(operation_table::tokens(&ops))?;
    let paging = format(paging::tokens(&doc, &ops)?)?;
    let call_args = format(call_args::tokens(&client, &ops)?)?;
    Ok(Generated {
        client: prettyplease::unparse(&client),
        operations,
        paging,
        requests,
        call_args,
        downgraded: doc,
    })
}

/// Extracts the operation table from a 3.1 spec (without generating code).
pub fn operations(spec_json: &[u8]) -> Result<Vec<OperationSpec>, Error> {
    let original: Value = serde_json::from_slice(spec_json)?;
    let mut doc = original.clone();
    downgrade::downgrade(&mut doc)?;
    normalize::normalize(&mut doc)?;
    let mut ops = operation_table::extract(&doc)?;
    describe::attach(&original, &doc, &mut ops);
    Ok(ops)
}

fn generate_client(
    doc: &Value,
    normalized: &normalize::Normalized,
    original: &Value,
) -> Result<syn::File, Error> {
    let spec: openapiv3::OpenAPI = serde_json::from_value(doc.clone())
        .map_err(|e| Error::Progenitor(format!("reading the 3.0 document: {e}")))?;
    let mut settings = progenitor::GenerationSettings::new();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        .with_hooks(progenitor::HooksMode::Expected)
        .with_inner_type(quote::quote!(crate::client::ClientState))
        .with_derive("PartialEq");
    for (schema, rust_type) in &normalized.replacements {
        settings.with_replacement(schema, rust_type, std::iter::empty());
    }
    let schemas = doc
        .pointer("/components/schemas")
        .cloned()
        .unwrap_or_default();
    let mut open_enums = Vec::new();
    for name in &normalized.enums {
        let rust_name = open_enum::rust_name(name);
        // typify looks replacements up by the Rust name it gives the schema.
        settings.with_replacement(
            &rust_name,
            format!("crate::types::{rust_name}"),
            [progenitor::TypeImpl::Display, progenitor::TypeImpl::FromStr].into_iter(),
        );
        let at = pointer::Pointer::root()
            .push("components")
            .push("schemas")
            .push(name);
        open_enums.push(open_enum::tokens(&rust_name, &schemas[name], &at)?);
        open_enums.push(schemas::open_enum_schema(&rust_name, &schemas[name]));
    }
    open_enums.push(enum_pairs::tokens(&enum_pairs::pairs(doc, normalized)));

    // progenitor asserts on shapes it cannot handle; report them as errors, not panics.
    let generated = std::panic::catch_unwind(move || {
        let mut generator = progenitor::Generator::new(&settings);
        generator
            .generate_tokens(&spec)
            .map_err(|e| Error::Progenitor(e.to_string()))
    })
    .map_err(|panic| {
        let what = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "unknown panic".into());
        Error::Progenitor(format!("progenitor panicked: {what}"))
    })??;

    let mut file: syn::File = syn::parse2(generated)
        .map_err(|e| Error::Progenitor(format!("generated code does not parse: {e}")))?;
    let types = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_mut(),
            _ => None,
        })
        .ok_or_else(|| Error::Progenitor("no `types` module in the output".into()))?;
    schemas::derive_json_schema(&mut types.1);
    present_null::keep_present_nulls(&mut types.1);
    for tokens in open_enums {
        let extra: syn::File =
            syn::parse2(tokens).map_err(|e| Error::Progenitor(format!("open enum: {e}")))?;
        types.1.extend(extra.items);
    }
    let request_types = normalized
        .request_types
        .iter()
        .map(|name| open_enum::rust_name(name))
        .collect();
    plain_setters::rewrite(&mut file, &request_types, original)?;
    Ok(file)
}

fn format(tokens: TokenStream) -> Result<String, Error> {
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| Error::Progenitor(format!("generated code does not parse: {e}")))?;
    Ok(prettyplease::unparse(&file))
}
