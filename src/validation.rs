//! Checks every request against the spec's request schemas before it is sent.
//!
//! The generated request types take plain values; the spec's constraints (`minLength`,
//! `maxLength`, `pattern`, `minimum`/`maximum`, `minProperties`, formats such as `email` and
//! `date-time`, required fields and parameters) are enforced here, on the very body and URL about
//! to be sent, with the `jsonschema` crate. A violation is [`crate::Error::InvalidRequest`] naming
//! where (`body /fullName`, `query parameter limit`) and the rule (`minLength`); nothing is sent.
//! String enums are not checked: the SDK's enums are open, so a value newer than the pinned spec
//! is sent as given.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use jsonschema::error::ValidationErrorKind;
use jsonschema::{Draft, Registry, ValidationError, Validator};
use serde_json::{Value, json};

use crate::Operation;

include!(concat!(env!("OUT_DIR"), "/requests.rs"));

/// The URI the request-schema document is registered under.
const DOCUMENT_URI: &str = "urn:talent-ray:requests";

struct Schemas {
    document: Value,
    registry: Registry<'static>,
    validators: Mutex<HashMap<String, Arc<Validator>>>,
}

fn schemas() -> &'static Schemas {
    static SCHEMAS: OnceLock<Schemas> = OnceLock::new();
    SCHEMAS.get_or_init(|| {
        let document: Value =
            serde_json::from_str(REQUEST_SCHEMAS).expect("the generated schemas are JSON");
        let registry = Registry::new()
            .draft(Draft::Draft202012)
            .add(
                DOCUMENT_URI,
                Draft::Draft202012.create_resource(document.clone()),
            )
            .and_then(|r| r.prepare())
            .expect("the generated schemas form a registry");
        Schemas {
            document,
            registry,
            validators: Mutex::default(),
        }
    })
}

impl Schemas {
    /// The validator for the schema at `pointer` of the document; `None` if it does not compile
    /// (a construct the validator does not support is then not checked, never a refusal).
    fn validator(&self, pointer: &str) -> Option<Arc<Validator>> {
        let mut cache = self.validators.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(v) = cache.get(pointer) {
            return Some(v.clone());
        }
        let fragment = pointer
            .replace('%', "%25")
            .replace('{', "%7B")
            .replace('}', "%7D");
        let validator = jsonschema::options()
            .with_draft(Draft::Draft202012)
            .with_registry(&self.registry)
            .should_validate_formats(true)
            .build(&json!({ "$ref": format!("{DOCUMENT_URI}#{fragment}") }));
        match validator {
            Ok(v) => {
                let v = Arc::new(v);
                cache.insert(pointer.to_owned(), v.clone());
                Some(v)
            }
            Err(e) => {
                tracing::warn!(pointer, error = %e, "request schema not checked");
                None
            }
        }
    }
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// The first way `value` breaks the schema at `pointer`, as `"{place}{path}: {what} ({rule})"`.
/// Values are masked: a message never echoes what was sent.
fn violation(pointer: &str, value: &Value, place: &str) -> Option<String> {
    let validator = schemas().validator(pointer)?;
    let error = validator.iter_errors(value).next()?;
    Some(describe(&error, place))
}

fn describe(error: &ValidationError<'_>, place: &str) -> String {
    let mut path = error.instance_path().to_string();
    let what = match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            path = format!("{path}/{}", escape(name));
            "no value supplied".to_owned()
        }
        _ => error.masked().to_string(),
    };
    let at = match (place, path.is_empty()) {
        (place, true) => place.to_owned(),
        ("", false) => path,
        (place, false) => format!("{place} {path}"),
    };
    format!("{at}: {what} ({})", error.kind().keyword())
}

/// A query or path value as JSON of the type its schema expects, so `limit=0` is checked as the
/// number 0; left a string when it does not parse (and the type check then names it).
fn typed(raw: &str, schema: &Value) -> Value {
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    let parsed = if types.iter().any(|t| *t == "integer" || *t == "number") {
        serde_json::from_str::<serde_json::Number>(raw)
            .ok()
            .map(Value::Number)
    } else if types.contains(&"boolean") {
        raw.parse::<bool>().ok().map(Value::Bool)
    } else {
        None
    };
    parsed.unwrap_or_else(|| Value::String(raw.to_owned()))
}

/// The values of the template's `{name}` segments in `url`'s path (the template is matched
/// against the path's last segments, so a base URL with a path prefix works).
fn path_values(template: &str, url: &url::Url) -> HashMap<String, String> {
    let wanted: Vec<&str> = template.trim_matches('/').split('/').collect();
    let actual: Vec<&str> = url.path().trim_matches('/').split('/').collect();
    let mut out = HashMap::new();
    let Some(start) = actual.len().checked_sub(wanted.len()) else {
        return out;
    };
    for (pattern, value) in wanted.iter().zip(&actual[start..]) {
        if let Some(name) = pattern.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
            let decoded = percent_decode(value);
            out.insert(name.to_owned(), decoded);
        }
    }
    out
}

fn percent_decode(text: &str) -> String {
    url::form_urlencoded::parse(format!("v={}", text.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// Why `request` may not be sent as `op`, if it breaks the spec's request schemas.
pub(crate) fn check(op: &Operation, request: &reqwest::Request) -> Result<(), String> {
    let schemas = schemas();
    let id = op.operation_id;
    let Some(entry) = schemas.document["operations"].get(id) else {
        return Ok(());
    };
    let base = format!("/operations/{}", escape(id));
    let params = entry["parameters"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    let path_values = path_values(op.path, request.url());
    for (i, param) in params.iter().enumerate() {
        let name = param["name"].as_str().unwrap_or_default();
        let location = param["in"].as_str().unwrap_or_default();
        let place = format!("{location} parameter {name}");
        let values: Vec<String> = match location {
            "query" => request
                .url()
                .query_pairs()
                .filter(|(k, _)| k == name)
                .map(|(_, v)| v.into_owned())
                .collect(),
            "path" => path_values.get(name).cloned().into_iter().collect(),
            _ => continue,
        };
        if values.is_empty() && param["required"] == Value::Bool(true) {
            return Err(format!("{place}: no value supplied (required)"));
        }
        let pointer = format!("{base}/parameters/{i}/schema");
        for raw in values {
            let value = typed(&raw, &param["schema"]);
            if let Some(problem) = violation(&pointer, &value, &place) {
                return Err(problem);
            }
        }
    }
    if entry.get("body").is_some()
        && let Some(bytes) = request.body().and_then(reqwest::Body::as_bytes)
    {
        let body: Value =
            serde_json::from_slice(bytes).map_err(|e| format!("body: not JSON ({e}) (type)"))?;
        if let Some(problem) = violation(&format!("{base}/body"), &body, "body") {
            return Err(problem);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_and_path_values_are_typed_and_decoded() {
        assert_eq!(typed("0", &json!({"type": "integer"})), json!(0));
        assert_eq!(typed("x", &json!({"type": "integer"})), json!("x"));
        assert_eq!(typed("true", &json!({"type": ["boolean"]})), json!(true));
        assert_eq!(typed("7", &json!({"type": "string"})), json!("7"));
        let url = url::Url::parse("http://h/prefix/api/v1/x/a%2Fb%20c/steps").unwrap();
        let values = path_values("/api/v1/x/{id}/steps", &url);
        assert_eq!(values["id"], "a/b c");
    }

    #[test]
    fn a_violation_names_the_place_the_path_and_the_rule_without_the_value() {
        let schema = json!({"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string", "minLength": 1},
            "when": {"type": "string", "format": "date-time"},
            "code": {"type": "string", "pattern": "^[A-Z]{3}$"}
        }});
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap();
        let first = |value: Value| {
            let error = validator.iter_errors(&value).next().expect("an error");
            describe(&error, "body")
        };
        assert_eq!(first(json!({})), "body /name: no value supplied (required)");
        let secret = "s3cr3t-value";
        for (value, rule) in [
            (json!({"name": ""}), "(minLength)"),
            (json!({"name": "a", "when": secret}), "(format)"),
            (json!({"name": "a", "code": secret}), "(pattern)"),
        ] {
            let message = first(value);
            assert!(message.ends_with(rule), "{message}");
            assert!(!message.contains(secret), "{message}");
        }
        assert!(first(json!({"name": "a", "when": "yesterday"})).starts_with("body /when: "));
    }
}
