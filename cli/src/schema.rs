//! Reading the JSON Schemas the library derives for an operation's arguments: which flags take
//! numbers or booleans, and which request-body fields are simple enough to be flags.

use serde_json::{Map, Value};

/// The JSON type a flag's text is converted to before it goes into the arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scalar {
    /// Sent as written.
    String,
    /// Parsed as a whole number.
    Integer,
    /// Parsed as a number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A list of strings: the flag may be repeated.
    StringList,
}

impl Scalar {
    /// Converts a flag's text to JSON, or says why it cannot.
    pub fn parse(self, flag: &str, text: &str) -> Result<Value, String> {
        match self {
            Scalar::String => Ok(Value::String(text.to_owned())),
            Scalar::Integer => text
                .parse::<i64>()
                .map(Value::from)
                .map_err(|_| format!("--{flag} takes a whole number, not {text:?}")),
            Scalar::Number => text
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number)
                .ok_or_else(|| format!("--{flag} takes a number, not {text:?}")),
            Scalar::Boolean => text
                .parse::<bool>()
                .map(Value::Bool)
                .map_err(|_| format!("--{flag} takes true or false, not {text:?}")),
            Scalar::StringList => Ok(Value::String(text.to_owned())),
        }
    }
}

/// A property of an object schema that a flag can carry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The JSON name (`userId`).
    pub name: String,
    /// What the flag's text becomes.
    pub scalar: Scalar,
    /// The schema's description, for `--help`.
    pub description: String,
    /// Listed in the schema's `required`.
    pub required: bool,
}

/// The properties of the object schema at `root` (following `$ref`s into `root`'s definitions)
/// whose type is a scalar or a list of strings, in schema order. Others are left to `--body`.
pub fn simple_fields(root: &Value, schema: &Value) -> Vec<Field> {
    let Some(object) = resolve(root, schema) else {
        return Vec::new();
    };
    let required: Vec<&str> = object
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    object
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(Map::iter)
        .filter_map(|(name, property)| {
            Some(Field {
                name: name.clone(),
                scalar: scalar(root, property)?,
                description: description(root, property),
                required: required.contains(&name.as_str()),
            })
        })
        .collect()
}

/// The scalar type of `schema`, ignoring `null` alternatives; `None` for objects, mixed types
/// and lists of anything but strings.
pub fn scalar(root: &Value, schema: &Value) -> Option<Scalar> {
    let schema = resolve(root, schema)?;
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let types: Vec<&str> = types.into_iter().filter(|t| *t != "null").collect();
    match types.as_slice() {
        ["string"] => Some(Scalar::String),
        ["integer"] => Some(Scalar::Integer),
        ["number"] => Some(Scalar::Number),
        ["boolean"] => Some(Scalar::Boolean),
        ["array"] => match schema.get("items").and_then(|i| scalar(root, i)) {
            Some(Scalar::String) => Some(Scalar::StringList),
            _ => None,
        },
        [] => {
            // `anyOf`/`oneOf` of one type and `null`, or an enum of strings.
            if let Some(values) = schema.get("enum").and_then(Value::as_array) {
                return values
                    .iter()
                    .filter(|v| !v.is_null())
                    .all(Value::is_string)
                    .then_some(Scalar::String);
            }
            let members = schema
                .get("anyOf")
                .or_else(|| schema.get("oneOf"))
                .or_else(|| schema.get("allOf"))
                .and_then(Value::as_array)?;
            let kinds: Vec<Option<Scalar>> = members
                .iter()
                .filter(|m| !is_null(root, m))
                .map(|m| scalar(root, m))
                .collect();
            match kinds.as_slice() {
                [only] => *only,
                // An open enum: its known values and any string.
                many if many.iter().all(|k| *k == Some(Scalar::String)) => Some(Scalar::String),
                _ => None,
            }
        }
        _ => None,
    }
}

fn is_null(root: &Value, schema: &Value) -> bool {
    resolve(root, schema).is_some_and(|s| {
        s.get("type").and_then(Value::as_str) == Some("null")
            || s.get("const").is_some_and(Value::is_null)
    })
}

fn description(root: &Value, schema: &Value) -> String {
    schema
        .get("description")
        .or_else(|| resolve(root, schema).and_then(|s| s.get("description")))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// Follows local `$ref`s (and a lone `allOf` wrapper) to the schema they name.
pub fn resolve<'a>(root: &'a Value, schema: &'a Value) -> Option<&'a Value> {
    let mut current = schema;
    for _ in 0..16 {
        if let Some(reference) = current.get("$ref").and_then(Value::as_str) {
            current = root.pointer(reference.strip_prefix('#')?)?;
            continue;
        }
        match current.get("allOf").and_then(Value::as_array) {
            Some(all) if all.len() == 1 && current.get("properties").is_none() => {
                current = &all[0];
            }
            _ => return Some(current),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn scalars_ignore_null_and_follow_refs() {
        let root = json!({"$defs": {
            "Level": {"type": "string", "enum": ["a", "b"]},
            "Open": {"anyOf": [{"$ref": "#/$defs/Level"}, {"type": "string"}]},
        }});
        let cases = [
            (json!({"type": "integer"}), Some(Scalar::Integer)),
            (json!({"type": ["string", "null"]}), Some(Scalar::String)),
            (
                json!({"anyOf": [{"type": "boolean"}, {"type": "null"}]}),
                Some(Scalar::Boolean),
            ),
            (json!({"$ref": "#/$defs/Level"}), Some(Scalar::String)),
            (json!({"$ref": "#/$defs/Open"}), Some(Scalar::String)),
            (
                json!({"type": "array", "items": {"type": "string"}}),
                Some(Scalar::StringList),
            ),
            (json!({"type": "array", "items": {"type": "object"}}), None),
            (json!({"type": "object"}), None),
            (json!({"$ref": "#/$defs/Missing"}), None),
        ];
        for (schema, expected) in cases {
            assert_eq!(scalar(&root, &schema), expected, "{schema}");
        }
    }

    #[test]
    fn simple_fields_keep_order_and_required() {
        let root = json!({"$defs": {"Create": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "description": "Label."},
                "nested": {"type": "object"},
                "days": {"type": "integer"},
            },
        }}});
        let fields = simple_fields(&root, &json!({"$ref": "#/$defs/Create"}));
        let names: Vec<_> = fields
            .iter()
            .map(|f| (f.name.as_str(), f.required))
            .collect();
        assert_eq!(names, [("name", true), ("days", false)]);
        assert_eq!(fields[0].description, "Label.");
    }

    #[test]
    fn parse_refuses_wrong_types() {
        assert_eq!(Scalar::Integer.parse("n", "30"), Ok(json!(30)));
        assert!(
            Scalar::Integer
                .parse("n", "thirty")
                .unwrap_err()
                .contains("--n")
        );
        assert_eq!(Scalar::Boolean.parse("b", "true"), Ok(json!(true)));
        assert!(Scalar::Boolean.parse("b", "yes").is_err());
        assert_eq!(Scalar::String.parse("s", "42"), Ok(json!("42")));
    }
}
