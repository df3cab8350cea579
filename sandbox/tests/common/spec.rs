//! Validates responses against the pinned OpenAPI spec, driven entirely by the spec:
//! operation by method + path, response by status (following `$ref`s to
//! `#/components/responses/*`), schema validation with JSON Schema 2020-12 against the whole
//! spec document, required headers, and "no body" for responses without content.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, OnceLock};

use jsonschema::{Draft, Registry, Validator};
use serde_json::{Value, json};

/// The URI the spec document is registered under.
const SPEC_URI: &str = "urn:talent-ray:openapi";

/// The pinned spec, loaded once.
pub struct Spec {
    doc: Value,
    registry: Registry<'static>,
    validators: Mutex<HashMap<String, &'static Validator>>,
}

/// One documented operation.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Operation {
    /// Upper-case HTTP method.
    pub method: String,
    /// Path template, e.g. `/api/v1/candidates/{id}`.
    pub template: String,
    /// `operationId`.
    pub id: String,
}

/// A response as seen on the wire.
pub struct Wire<'a> {
    pub status: u16,
    pub content_type: Option<&'a str>,
    pub headers: &'a reqwest::header::HeaderMap,
    pub body: &'a [u8],
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// The loaded spec.
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi/openapi.json");
        let text = std::fs::read_to_string(path).expect("read the pinned spec");
        let doc: Value = serde_json::from_str(&text).expect("spec is JSON");
        let resource = Draft::Draft202012.create_resource(doc.clone());
        let registry = Registry::new()
            .draft(Draft::Draft202012)
            .add(SPEC_URI, resource)
            .expect("register the spec")
            .prepare()
            .expect("prepare the registry");
        Spec {
            doc,
            registry,
            validators: Mutex::new(HashMap::new()),
        }
    })
}

impl Spec {
    /// Every documented operation.
    pub fn operations(&self) -> Vec<Operation> {
        let mut ops = Vec::new();
        for (template, item) in self.doc["paths"].as_object().expect("paths") {
            for (method, op) in item.as_object().expect("path item") {
                if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                    ops.push(Operation {
                        method: method.to_uppercase(),
                        template: template.clone(),
                        id: id.to_string(),
                    });
                }
            }
        }
        ops.sort();
        ops
    }

    fn operation_value(&self, method: &str, template: &str) -> &Value {
        self.doc["paths"]
            .get(template)
            .and_then(|item| item.get(method.to_lowercase()))
            .unwrap_or_else(|| panic!("{method} {template} is not in the spec"))
    }

    /// The operation a concrete method + path resolves to.
    pub fn operation_for(&self, method: &str, path: &str) -> Option<Operation> {
        let segments: Vec<&str> = path.split('/').collect();
        self.operations().into_iter().find(|op| {
            let t: Vec<&str> = op.template.split('/').collect();
            op.method.eq_ignore_ascii_case(method)
                && t.len() == segments.len()
                && t.iter().zip(&segments).all(|(t, s)| {
                    (t.starts_with('{') && t.ends_with('}') && !s.is_empty()) || t == s
                })
        })
    }

    /// The operation with this `operationId`.
    pub fn operation(&self, id: &str) -> Operation {
        self.operations()
            .into_iter()
            .find(|op| op.id == id)
            .unwrap_or_else(|| panic!("no operation {id}"))
    }

    /// Documented statuses of an operation.
    pub fn statuses(&self, op: &Operation) -> Vec<u16> {
        self.operation_value(&op.method, &op.template)["responses"]
            .as_object()
            .expect("responses")
            .keys()
            .filter_map(|k| k.parse().ok())
            .collect()
    }

    /// `x-required-scopes` of an operation.
    pub fn required_scopes(&self, op: &Operation) -> Vec<String> {
        self.operation_value(&op.method, &op.template)["x-required-scopes"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Whether the operation overrides the global security with "none".
    pub fn is_public(&self, op: &Operation) -> bool {
        self.operation_value(&op.method, &op.template)
            .get("security")
            .and_then(Value::as_array)
            .is_some_and(Vec::is_empty)
    }

    /// `(JSON pointer of the response object, the response object)`, following `$ref`s.
    fn response(&self, op: &Operation, status: u16) -> Option<(String, &Value)> {
        let mut pointer = format!(
            "/paths/{}/{}/responses/{}",
            escape(&op.template),
            op.method.to_lowercase(),
            status
        );
        let mut value = self.doc.pointer(&pointer)?;
        while let Some(r) = value.get("$ref").and_then(Value::as_str) {
            pointer = r.trim_start_matches('#').to_string();
            value = self
                .doc
                .pointer(&pointer)
                .unwrap_or_else(|| panic!("dangling {r}"));
        }
        Some((pointer, value))
    }

    fn validator(&self, schema_pointer: &str) -> &'static Validator {
        let mut cache = self.validators.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(v) = cache.get(schema_pointer) {
            return v;
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
            .unwrap_or_else(|e| panic!("cannot compile {schema_pointer}: {e}"));
        let leaked: &'static Validator = Box::leak(Box::new(validator));
        cache.insert(schema_pointer.to_string(), leaked);
        leaked
    }

    /// Validate a JSON value against the schema at a JSON pointer of the spec.
    pub fn validate_at(&self, schema_pointer: &str, body: &Value) -> Result<(), String> {
        let errors: Vec<String> = self
            .validator(schema_pointer)
            .iter_errors(body)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(format!("{schema_pointer}: {}", errors.join("; ")))
        }
    }

    /// Validate a response of `op` with its documented status, headers and body.
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

    /// Validate a response against a component instead of the operation's own response,
    /// for statuses the sandbox sends but the operation does not list: `pointer` is a
    /// `/components/responses/*` object or a `/components/schemas/*` body schema.
    pub fn validate_component(&self, pointer: &str, wire: &Wire<'_>) -> Result<(), String> {
        let target = self
            .doc
            .pointer(pointer)
            .unwrap_or_else(|| panic!("no {pointer}"));
        if pointer.starts_with("/components/responses/") {
            return self.validate_response_object(pointer, target, wire);
        }
        let ct = wire.content_type.unwrap_or("");
        if !ct.starts_with("application/json") {
            return Err(format!("content-type is {ct:?}, expected application/json"));
        }
        let body: Value =
            serde_json::from_slice(wire.body).map_err(|e| format!("body is not JSON: {e}"))?;
        self.validate_at(pointer, &body)
    }

    fn validate_response_object(
        &self,
        pointer: &str,
        response: &Value,
        wire: &Wire<'_>,
    ) -> Result<(), String> {
        if let Some(headers) = response.get("headers").and_then(Value::as_object) {
            for (name, header) in headers {
                let header = match header.get("$ref").and_then(Value::as_str) {
                    Some(r) => self
                        .doc
                        .pointer(r.trim_start_matches('#'))
                        .expect("header ref"),
                    None => header,
                };
                let present = wire.headers.get(name.as_str());
                if header["required"] == json!(true) && present.is_none() {
                    return Err(format!("missing required header {name}"));
                }
                if let (Some(v), Some("integer")) = (present, header["schema"]["type"].as_str()) {
                    let ok = v
                        .to_str()
                        .ok()
                        .and_then(|s| s.parse::<u64>().ok())
                        .is_some();
                    if !ok {
                        return Err(format!(
                            "header {name} is not a non-negative integer: {v:?}"
                        ));
                    }
                }
            }
        }
        match response.get("content").and_then(Value::as_object) {
            None => {
                if wire.body.is_empty() {
                    Ok(())
                } else {
                    Err(format!("expected no body, got {} bytes", wire.body.len()))
                }
            }
            Some(content) => {
                let media = "application/json";
                if !content.contains_key(media) {
                    return Err(format!("unexpected content types {:?}", content.keys()));
                }
                let ct = wire.content_type.unwrap_or("");
                if !ct.starts_with(media) {
                    return Err(format!("content-type is {ct:?}, expected {media}"));
                }
                let body: Value = serde_json::from_slice(wire.body).map_err(|e| {
                    format!(
                        "body is not JSON ({e}): {:?}",
                        String::from_utf8_lossy(wire.body)
                    )
                })?;
                let schema_pointer = format!("{pointer}/content/{}/schema", escape(media));
                self.validate_at(&schema_pointer, &body)
            }
        }
    }

    /// Documented statuses per operation id (for coverage reports).
    pub fn status_table(&self) -> BTreeMap<String, Vec<u16>> {
        self.operations()
            .into_iter()
            .map(|op| {
                let mut s = self.statuses(&op);
                s.sort();
                (op.id.clone(), s)
            })
            .collect()
    }
}
