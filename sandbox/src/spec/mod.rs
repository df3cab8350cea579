//! The pinned OpenAPI spec, read by the sandbox itself (never through the SDK, so the two cannot
//! share a bug): its operations, each operation's `x-required-scopes`, the scope taxonomy, the
//! documented responses, and the one `$ref` resolver the sandbox and its tests use.
//!
//! The spec is embedded from `sandbox/openapi.json` (a link to the workspace's pinned
//! `openapi/openapi.json`); [`Spec::from_json`] reads another one (`--spec FILE`, tests).

mod answer;
mod validate;

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use jsonschema::{Draft, Registry, Validator};
use serde_json::Value;

pub use answer::{AnswerSource, SpecAnswer};
pub use validate::Wire;

/// The spec the sandbox was built with (`sandbox/openapi.json`).
const EMBEDDED: &str = include_str!("../../openapi.json");

/// The URI the spec document is registered under for schema validation.
const SPEC_URI: &str = "urn:talent-ray:openapi";

/// The HTTP methods an OpenAPI path item can hold, lower-case as the spec writes them.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// An OpenAPI spec as the sandbox reads it.
pub struct Spec {
    doc: Value,
    operations: Vec<Operation>,
    registry: Registry<'static>,
    validators: Mutex<HashMap<String, Arc<Validator>>>,
}

impl std::fmt::Debug for Spec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Spec")
            .field("version", &self.doc["info"]["version"])
            .field("operations", &self.operations.len())
            .finish_non_exhaustive()
    }
}

/// One operation of the spec.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Operation {
    /// Upper-case HTTP method.
    pub method: String,
    /// Path template, e.g. `/api/v1/candidates/{id}`.
    pub template: String,
    /// `operationId`.
    pub id: String,
    /// `x-required-scopes` (empty when the operation lists none).
    pub scopes: Vec<String>,
    /// The operation overrides the global security with none (`security: []`).
    pub public: bool,
}

impl Operation {
    /// JSON pointer of the operation object in the spec.
    pub fn pointer(&self) -> String {
        format!(
            "/paths/{}/{}",
            pointer_escape(&self.template),
            self.method.to_lowercase()
        )
    }
}

/// Escapes one JSON pointer segment (`~` → `~0`, `/` → `~1`).
pub fn pointer_escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Follows `value`'s local `$ref`s (`#/…`) through `doc` to what they name: the one `$ref`
/// resolver of the sandbox (its tests and the SDK's contract tests read the spec through it).
/// `at` is `value`'s JSON pointer; returns the pointer reached (`at` when `value` is no
/// reference) and the value.
pub fn resolve<'a>(
    doc: &'a Value,
    at: &str,
    value: &'a Value,
) -> Result<(String, &'a Value), String> {
    let (mut pointer, mut value) = (at.to_string(), value);
    let mut hops = 0;
    while let Some(r) = value.get("$ref").and_then(Value::as_str) {
        hops += 1;
        if hops > 64 {
            return Err(format!("{at}: a cycle of $refs"));
        }
        let target = r
            .strip_prefix('#')
            .ok_or_else(|| format!("{pointer}: only local $refs are read, not {r}"))?;
        value = doc
            .pointer(target)
            .ok_or_else(|| format!("{pointer}: dangling $ref {r}"))?;
        pointer = target.to_string();
    }
    Ok((pointer, value))
}

impl Spec {
    /// The spec embedded at build time, parsed once.
    pub fn embedded() -> Arc<Spec> {
        static EMBEDDED_SPEC: OnceLock<Arc<Spec>> = OnceLock::new();
        EMBEDDED_SPEC
            .get_or_init(|| {
                Arc::new(Spec::from_json(EMBEDDED).expect("the embedded spec is an OpenAPI spec"))
            })
            .clone()
    }

    /// Reads a spec from its JSON text.
    pub fn from_json(text: &str) -> Result<Spec, String> {
        let doc: Value =
            serde_json::from_str(text).map_err(|e| format!("the spec is not JSON: {e}"))?;
        Spec::from_value(doc)
    }

    /// Reads a spec from a JSON value.
    pub fn from_value(doc: Value) -> Result<Spec, String> {
        let operations = read_operations(&doc)?;
        let resource = Draft::Draft202012.create_resource(doc.clone());
        let registry = Registry::new()
            .draft(Draft::Draft202012)
            .add(SPEC_URI, resource)
            .and_then(|r| r.prepare())
            .map_err(|e| format!("cannot register the spec for validation: {e}"))?;
        Ok(Spec {
            doc,
            operations,
            registry,
            validators: Mutex::new(HashMap::new()),
        })
    }

    /// The whole document.
    pub fn document(&self) -> &Value {
        &self.doc
    }

    /// Follows `value`'s local `$ref`s to what they name (see [`resolve`]).
    pub fn resolve<'a>(
        &'a self,
        at: &str,
        value: &'a Value,
    ) -> Result<(String, &'a Value), String> {
        resolve(&self.doc, at, value)
    }

    /// The value at a JSON pointer of the document, its `$ref`s followed.
    pub fn resolve_pointer(&self, pointer: &str) -> Option<(String, &Value)> {
        let value = self.doc.pointer(pointer)?;
        self.resolve(pointer, value).ok()
    }

    /// Every operation, sorted by method and path.
    pub fn operations(&self) -> &[Operation] {
        &self.operations
    }

    /// The operation with this `operationId`.
    pub fn find(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|op| op.id == id)
    }

    /// The operation with this `operationId`; panics when there is none.
    pub fn operation(&self, id: &str) -> Operation {
        self.find(id)
            .cloned()
            .unwrap_or_else(|| panic!("the spec has no operation {id}"))
    }

    /// The operation a concrete method and path (no query string) resolves to.
    pub fn operation_for(&self, method: &str, path: &str) -> Option<Operation> {
        let segments: Vec<&str> = path.split('/').collect();
        self.operations
            .iter()
            .find(|op| {
                let t: Vec<&str> = op.template.split('/').collect();
                op.method.eq_ignore_ascii_case(method)
                    && t.len() == segments.len()
                    && t.iter().zip(&segments).all(|(t, s)| {
                        (t.starts_with('{') && t.ends_with('}') && !s.is_empty()) || t == s
                    })
            })
            .cloned()
    }

    /// The scope taxonomy: every scope any operation requires, sorted.
    pub fn scopes(&self) -> Vec<String> {
        let all: BTreeSet<&String> = self.operations.iter().flat_map(|op| &op.scopes).collect();
        all.into_iter().cloned().collect()
    }

    /// `x-required-scopes` of an operation.
    pub fn required_scopes(&self, op: &Operation) -> Vec<String> {
        op.scopes.clone()
    }

    /// Whether the operation overrides the global security with none.
    pub fn is_public(&self, op: &Operation) -> bool {
        op.public
    }

    /// The documented statuses of an operation, ascending.
    pub fn statuses(&self, op: &Operation) -> Vec<u16> {
        let mut out: Vec<u16> = self
            .doc
            .pointer(&format!("{}/responses", op.pointer()))
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter_map(|(k, _)| k.parse().ok())
            .collect();
        out.sort_unstable();
        out
    }

    /// `(JSON pointer, response object)` of an operation's documented response with `status`,
    /// following `$ref`s to `#/components/responses/*`.
    pub fn response(&self, op: &Operation, status: u16) -> Option<(String, &Value)> {
        self.resolve_pointer(&format!("{}/responses/{status}", op.pointer()))
    }
}

fn read_operations(doc: &Value) -> Result<Vec<Operation>, String> {
    let paths = doc
        .get("paths")
        .and_then(Value::as_object)
        .ok_or("the spec has no `paths` object")?;
    let mut ops = Vec::new();
    for (template, item) in paths {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let scopes = op
                .get("x-required-scopes")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect();
            let public = op
                .get("security")
                .and_then(Value::as_array)
                .is_some_and(Vec::is_empty);
            ops.push(Operation {
                method: method.to_uppercase(),
                template: template.clone(),
                id: id.to_string(),
                scopes,
                public,
            });
        }
    }
    ops.sort();
    Ok(ops)
}
