//! The spec's own answer to an operation, for operations the sandbox does not implement with
//! state: its first documented 2xx response, with the documented example as the body, else a
//! minimal instance generated from the response schema. Either body is validated against the
//! schema before it is served.

use serde_json::{Map, Value};

use super::{Operation, Spec, pointer_escape};

const JSON: &str = "application/json";

/// How deep the generator follows nested schemas before it gives up (a recursive schema whose
/// recursion is required cannot have a finite instance).
const MAX_DEPTH: usize = 32;

/// Where the body of a [`SpecAnswer`] came from; also the value of the marker header
/// ([`SPEC_ANSWER_HEADER`](crate::SPEC_ANSWER_HEADER)).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerSource {
    /// The response's documented example (`example`, or the first of `examples`).
    Example,
    /// A minimal instance generated from the response schema (no valid example documented).
    Schema,
    /// The documented response has no body.
    NoContent,
}

impl AnswerSource {
    /// The marker header's value: `example`, `schema` or `no-content`.
    pub fn as_str(self) -> &'static str {
        match self {
            AnswerSource::Example => "example",
            AnswerSource::Schema => "schema",
            AnswerSource::NoContent => "no-content",
        }
    }
}

/// The response the spec documents for an operation's success.
#[derive(Clone, Debug, PartialEq)]
pub struct SpecAnswer {
    /// The first documented 2xx status.
    pub status: u16,
    /// The JSON body (`None` when the response documents no content).
    pub body: Option<Value>,
    /// Where the body came from.
    pub source: AnswerSource,
}

impl Spec {
    /// The answer the spec documents for `op`'s success, validated against its response schema.
    pub fn answer(&self, op: &Operation) -> Result<SpecAnswer, String> {
        let status = self
            .statuses(op)
            .into_iter()
            .find(|s| (200..300).contains(s))
            .ok_or_else(|| format!("{}: the spec documents no 2xx response", op.id))?;
        let (pointer, response) = self
            .response(op, status)
            .ok_or_else(|| format!("{}: response {status} cannot be read", op.id))?;
        let Some(media) = response.get("content").and_then(|c| c.get(JSON)) else {
            return Ok(SpecAnswer {
                status,
                body: None,
                source: AnswerSource::NoContent,
            });
        };
        let media_at = format!("{pointer}/content/{}", pointer_escape(JSON));
        let schema_at = format!("{media_at}/schema");
        let example = self
            .example(&media_at, media)
            .filter(|example| self.validate_at(&schema_at, example).is_ok());
        let (body, source) = match example {
            Some(example) => (example, AnswerSource::Example),
            None => {
                let schema = media
                    .get("schema")
                    .ok_or_else(|| format!("{}: response {status} has no schema", op.id))?;
                let instance = self.minimal_instance(&schema_at, schema, 0)?;
                self.validate_at(&schema_at, &instance).map_err(|e| {
                    format!("{}: the generated instance does not validate: {e}", op.id)
                })?;
                (instance, AnswerSource::Schema)
            }
        };
        Ok(SpecAnswer {
            status,
            body: Some(body),
            source,
        })
    }

    /// A media type's documented example: `example`, else the first of `examples` (an Example
    /// Object's `value`, its `$ref` followed).
    fn example(&self, at: &str, media: &Value) -> Option<Value> {
        if let Some(example) = media.get("example") {
            return Some(example.clone());
        }
        let (name, first) = media.get("examples")?.as_object()?.iter().next()?;
        let (_, first) = self
            .resolve(&format!("{at}/examples/{}", pointer_escape(name)), first)
            .ok()?;
        first.get("value").cloned()
    }

    /// A small instance of the schema at `at`: required properties only, the least items,
    /// `null` where allowed, the first enum value, a string's documented example, or the
    /// smallest value its bounds and format allow. The caller validates it.
    fn minimal_instance(&self, at: &str, schema: &Value, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err(format!("{at}: nested too deep for a finite instance"));
        }
        let (at, schema) = self.resolve(at, schema)?;
        let Some(obj) = schema.as_object() else {
            // `true` (or a non-object schema): anything goes.
            return Ok(Value::Null);
        };
        if let Some(value) = obj.get("const") {
            return Ok(value.clone());
        }
        if let Some(first) = obj
            .get("enum")
            .and_then(Value::as_array)
            .and_then(|a| a.first())
        {
            return Ok(first.clone());
        }
        if let Some(parts) = obj.get("allOf").and_then(Value::as_array) {
            let mut merged = Map::new();
            for (i, part) in parts.iter().enumerate() {
                match self.minimal_instance(&format!("{at}/allOf/{i}"), part, depth + 1)? {
                    Value::Object(fields) => merged.extend(fields),
                    other if parts.len() == 1 => return Ok(other),
                    _ => return Err(format!("{at}/allOf: only objects can be merged")),
                }
            }
            if let Value::Object(own) = self.object_instance(&at, obj, depth)? {
                merged.extend(own);
            }
            return Ok(Value::Object(merged));
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(first) = obj
                .get(key)
                .and_then(Value::as_array)
                .and_then(|a| a.first())
            {
                return self.minimal_instance(&format!("{at}/{key}/0"), first, depth + 1);
            }
        }
        let types: Vec<&str> = match obj.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ if obj.contains_key("properties") => vec!["object"],
            _ => return Ok(Value::Null),
        };
        if types.contains(&"null") {
            return Ok(Value::Null);
        }
        // A string's documented example reads better than the shortest string; numbers stay
        // minimal (an example count such as `totalPages: 7` would contradict an empty page).
        let scalar_example = obj
            .get("examples")
            .and_then(Value::as_array)
            .and_then(|a| a.first())
            .or_else(|| obj.get("example"));
        match types.first().copied() {
            Some("object") => self.object_instance(&at, obj, depth),
            Some("array") => {
                let count = obj.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                let items = obj.get("items").cloned().unwrap_or(Value::Bool(true));
                let mut out = Vec::new();
                for _ in 0..count {
                    out.push(self.minimal_instance(&format!("{at}/items"), &items, depth + 1)?);
                }
                Ok(Value::Array(out))
            }
            Some("string") => Ok(scalar_example
                .filter(|e| e.is_string())
                .cloned()
                .unwrap_or_else(|| Value::String(minimal_string(obj)))),
            Some("integer") => Ok(minimal_number(obj, true)),
            Some("number") => Ok(minimal_number(obj, false)),
            Some("boolean") => Ok(Value::Bool(false)),
            _ => Ok(Value::Null),
        }
    }

    /// An object with the schema's required properties (and more, in order, up to
    /// `minProperties`).
    fn object_instance(
        &self,
        at: &str,
        obj: &Map<String, Value>,
        depth: usize,
    ) -> Result<Value, String> {
        let properties = obj.get("properties").and_then(Value::as_object);
        let required: Vec<&str> = obj
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let min = obj
            .get("minProperties")
            .and_then(Value::as_u64)
            .unwrap_or(0) as usize;
        let mut out = Map::new();
        let optional = properties
            .into_iter()
            .flatten()
            .map(|(name, _)| name.as_str())
            .filter(|name| !required.contains(name));
        let wanted: Vec<&str> = required.iter().copied().chain(optional).collect();
        for (i, name) in wanted.into_iter().enumerate() {
            if i >= required.len() && out.len() >= min {
                break;
            }
            let schema = properties
                .and_then(|p| p.get(name))
                .cloned()
                .unwrap_or(Value::Bool(true));
            let value = self.minimal_instance(
                &format!("{at}/properties/{}", pointer_escape(name)),
                &schema,
                depth + 1,
            )?;
            out.insert(name.to_string(), value);
        }
        Ok(Value::Object(out))
    }
}

/// The shortest string the schema's format and `minLength` allow.
fn minimal_string(obj: &Map<String, Value>) -> String {
    let by_format = match obj.get("format").and_then(Value::as_str) {
        Some("date-time") => "1970-01-01T00:00:00Z",
        Some("date") => "1970-01-01",
        Some("time") => "00:00:00Z",
        Some("email") => "sandbox@example.com",
        Some("uri" | "url" | "uri-reference" | "iri") => "https://example.com/",
        Some("uuid") => "00000000-0000-0000-0000-000000000000",
        Some("ipv4") => "127.0.0.1",
        Some("ipv6") => "::1",
        Some("hostname") => "example.com",
        _ => "",
    };
    let min = obj.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    let mut out = by_format.to_string();
    while out.chars().count() < min {
        out.push('x');
    }
    out
}

/// The number closest to zero within the schema's bounds.
fn minimal_number(obj: &Map<String, Value>, integer: bool) -> Value {
    let step = if integer { 1.0 } else { f64::EPSILON.max(1e-9) };
    let low = match (
        obj.get("minimum").and_then(Value::as_f64),
        obj.get("exclusiveMinimum").and_then(Value::as_f64),
    ) {
        (Some(m), _) => Some(m),
        (None, Some(m)) => Some(m + step),
        _ => None,
    };
    let high = match (
        obj.get("maximum").and_then(Value::as_f64),
        obj.get("exclusiveMaximum").and_then(Value::as_f64),
    ) {
        (Some(m), _) => Some(m),
        (None, Some(m)) => Some(m - step),
        _ => None,
    };
    let mut n = 0.0_f64;
    if let Some(low) = low {
        n = n.max(low);
    }
    if let Some(high) = high {
        n = n.min(high);
    }
    if integer {
        Value::from(n.ceil() as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(Value::from(0), Value::Number)
    }
}
