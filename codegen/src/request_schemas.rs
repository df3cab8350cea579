//! The spec's request schemas, kept for the SDK to validate requests against before sending.
//!
//! The generated request types are plain (see [`crate::normalize::VALIDATION_KEYWORDS`]); the
//! constraints live on here, in the original JSON Schema 2020-12 of the 3.1 document, as one JSON
//! document: `components.schemas` (for `$ref`s) and, per `operationId`, the body schema and the
//! parameters (`name`, `in`, `required`, `schema`). Two changes keep it forward compatible:
//! string `enum`s are dropped (the SDK's enums are open: a value newer than the pin is sent as
//! given) and so is `additionalProperties: false` (upstream promises additive changes only).

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::{Map, Value, json};

use crate::Error;
use crate::downgrade::METHODS;
use crate::resolve::follow;

/// The request-schema document for a 3.1 spec, as a Rust constant `REQUEST_SCHEMAS`.
pub(crate) fn tokens(original: &Value) -> Result<TokenStream, Error> {
    let document = document(original);
    let text = serde_json::to_string(&document)?;
    Ok(quote! {
        /// The spec's request schemas (JSON Schema 2020-12): `components.schemas` and, per
        /// `operationId`, `body` and `parameters`. String enums and closed objects are opened.
        pub(crate) const REQUEST_SCHEMAS: &str = #text;
    })
}

/// Builds the document (see the module docs).
pub(crate) fn document(original: &Value) -> Value {
    let resolve = |param: &Value| -> Value { follow(original, param).clone() };
    let mut operations = Map::new();
    let paths = original.get("paths").and_then(Value::as_object);
    for item in paths.into_iter().flat_map(|p| p.values()) {
        let shared: Vec<Value> = item
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(resolve)
            .collect();
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let mut parameters: Vec<Value> = Vec::new();
            let own = op.get("parameters").and_then(Value::as_array);
            for param in shared
                .iter()
                .cloned()
                .chain(own.into_iter().flatten().map(resolve))
            {
                let (Some(name), Some(location)) = (param.get("name"), param.get("in")) else {
                    continue;
                };
                // An operation's own parameter replaces a path-level one of the same name.
                parameters.retain(|p| p["name"] != *name || p["in"] != *location);
                parameters.push(json!({
                    "name": name,
                    "in": location,
                    "required": param.get("required").cloned().unwrap_or(json!(false)),
                    "schema": param.get("schema").cloned().unwrap_or(json!({})),
                }));
            }
            let mut entry = Map::new();
            entry.insert("parameters".into(), Value::Array(parameters));
            if let Some(schema) = op.pointer("/requestBody/content/application~1json/schema") {
                entry.insert("body".into(), schema.clone());
            }
            operations.insert(id.to_owned(), Value::Object(entry));
        }
    }
    let schemas = original
        .pointer("/components/schemas")
        .cloned()
        .unwrap_or_else(|| json!({}));
    let mut document = json!({
        "components": {"schemas": schemas},
        "operations": operations,
    });
    open_up(&mut document);
    document
}

/// Drops string enums, `additionalProperties: false` and documentation-only keywords.
fn open_up(value: &mut Value) {
    match value {
        Value::Object(obj) => {
            let string_enum = obj
                .get("enum")
                .and_then(Value::as_array)
                .is_some_and(|values| values.iter().all(|v| v.is_string() || v.is_null()));
            if string_enum {
                obj.remove("enum");
            }
            if obj.get("additionalProperties") == Some(&Value::Bool(false)) {
                obj.remove("additionalProperties");
            }
            for keyword in ["examples", "example", "description"] {
                if obj.get(keyword).is_some_and(|v| !v.is_object()) {
                    obj.remove(keyword);
                }
            }
            obj.values_mut().for_each(open_up);
        }
        Value::Array(list) => list.iter_mut().for_each(open_up),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_constraints_and_opens_enums_and_objects() {
        let spec = json!({
            "paths": {"/x/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "patch": {
                    "operationId": "patchX",
                    "parameters": [{"$ref": "#/components/parameters/Limit"}],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/X"}}}}
                }
            }},
            "components": {
                "parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 5}}},
                "schemas": {"X": {"type": "object", "additionalProperties": false, "description": "d", "properties": {
                    "name": {"type": "string", "minLength": 1, "examples": ["a"]},
                    "kind": {"type": ["string", "null"], "enum": ["a", null]},
                    "level": {"type": "integer", "enum": [1, 2]}
                }}}
            }
        });
        let doc = document(&spec);
        let op = &doc["operations"]["patchX"];
        assert_eq!(op["body"], json!({"$ref": "#/components/schemas/X"}));
        assert_eq!(
            op["parameters"],
            json!([
                {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "maximum": 5}}
            ])
        );
        let x = &doc["components"]["schemas"]["X"];
        assert_eq!(
            x["properties"]["name"],
            json!({"type": "string", "minLength": 1})
        );
        assert_eq!(x["properties"]["kind"], json!({"type": ["string", "null"]}));
        assert_eq!(x["properties"]["level"]["enum"], json!([1, 2]));
        assert!(x.get("additionalProperties").is_none());
    }
}
