//! Validation against the spec: a JSON value against a schema of the document (JSON Schema
//! 2020-12, formats checked), and a whole response against an operation's documented status,
//! headers and body.

use std::sync::Arc;

use axum::http::HeaderMap;
use jsonschema::{Draft, Validator};
use serde_json::{Value, json};

use super::{Operation, SPEC_URI, Spec, pointer_escape};

/// A response as seen on the wire.
#[derive(Clone, Copy, Debug)]
pub struct Wire<'a> {
    /// The status code.
    pub status: u16,
    /// The `content-type` header, if any.
    pub content_type: Option<&'a str>,
    /// Every header.
    pub headers: &'a HeaderMap,
    /// The body bytes.
    pub body: &'a [u8],
}

const JSON: &str = "application/json";

impl Spec {
    fn validator(&self, schema_pointer: &str) -> Result<Arc<Validator>, String> {
        let mut cache = self.validators.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(v) = cache.get(schema_pointer) {
            return Ok(v.clone());
        }
        // A JSON pointer in a URI fragment is percent-encoded (`{id}` → `%7Bid%7D`).
        let fragment = schema_pointer
            .replace('%', "%25")
            .replace('{', "%7B")
            .replace('}', "%7D");
        let schema = json!({ "$ref": format!("{SPEC_URI}#{fragment}") });
        let validator = jsonschema::options()
            .with_draft(Draft::Draft202012)
            .with_registry(&self.registry)
            .should_validate_formats(true)
            .build(&schema)
            .map_err(|e| format!("cannot compile {schema_pointer}: {e}"))?;
        let validator = Arc::new(validator);
        cache.insert(schema_pointer.to_string(), validator.clone());
        Ok(validator)
    }

    /// Validates a JSON value against the schema at a JSON pointer of the spec.
    pub fn validate_at(&self, schema_pointer: &str, value: &Value) -> Result<(), String> {
        let errors: Vec<String> = self
            .validator(schema_pointer)?
            .iter_errors(value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(format!("{schema_pointer}: {}", errors.join("; ")))
        }
    }

    /// Validates a response of `op`: its status is documented, and its headers and body are
    /// what the spec says for that status.
    pub fn validate(&self, op: &Operation, wire: &Wire<'_>) -> Result<(), String> {
        let (pointer, response) = self.response(op, wire.status).ok_or_else(|| {
            format!(
                "{} {} ({}): status {} is not documented (documented: {:?})",
                op.method,
                op.template,
                op.id,
                wire.status,
                self.statuses(op)
            )
        })?;
        self.validate_response_object(&pointer, response, wire)
            .map_err(|e| format!("{} {} {}: {e}", op.method, op.template, wire.status))
    }

    /// Validates a response against a component instead of the operation's own response, for
    /// statuses an operation does not list: `pointer` is a `/components/responses/*` object or a
    /// `/components/schemas/*` body schema.
    pub fn validate_component(&self, pointer: &str, wire: &Wire<'_>) -> Result<(), String> {
        let target = self
            .doc
            .pointer(pointer)
            .ok_or_else(|| format!("the spec has no {pointer}"))?;
        if pointer.starts_with("/components/responses/") {
            return self.validate_response_object(pointer, target, wire);
        }
        self.validate_at(pointer, &json_body(wire)?)
    }

    fn validate_response_object(
        &self,
        pointer: &str,
        response: &Value,
        wire: &Wire<'_>,
    ) -> Result<(), String> {
        for (name, header) in response
            .get("headers")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let (_, header) = self.resolve(pointer, header)?;
            let present = wire.headers.get(name.as_str());
            if header["required"] == json!(true) && present.is_none() {
                return Err(format!("missing required header {name}"));
            }
            if let (Some(v), Some("integer")) = (present, header["schema"]["type"].as_str()) {
                let ok = v.to_str().ok().and_then(|s| s.parse::<u64>().ok());
                if ok.is_none() {
                    return Err(format!(
                        "header {name} is not a non-negative integer: {v:?}"
                    ));
                }
            }
        }
        match response.get("content").and_then(Value::as_object) {
            None if wire.body.is_empty() => Ok(()),
            None => Err(format!("expected no body, got {} bytes", wire.body.len())),
            Some(content) => {
                if !content.contains_key(JSON) {
                    return Err(format!("unexpected content types {:?}", content.keys()));
                }
                let body = json_body(wire)?;
                self.validate_at(
                    &format!("{pointer}/content/{}/schema", pointer_escape(JSON)),
                    &body,
                )
            }
        }
    }
}

/// The body of a JSON response, or why it is not one.
fn json_body(wire: &Wire<'_>) -> Result<Value, String> {
    let ct = wire.content_type.unwrap_or("");
    if !ct.starts_with(JSON) {
        return Err(format!("content-type is {ct:?}, expected {JSON}"));
    }
    serde_json::from_slice(wire.body).map_err(|e| {
        format!(
            "body is not JSON ({e}): {:?}",
            String::from_utf8_lossy(wire.body)
        )
    })
}
