//! Reading an operation's input and output schemas: which flags take numbers or booleans, which
//! request-body fields are simple enough to be flags, the paging parameters and the order of a
//! record's fields.
//!
//! The schemas come from the SDK's generated operation description ([`Operation::input_schema`],
//! [`Operation::output_schema`]), self-contained with every `$ref` inlined: nothing here reads the
//! spec or follows a reference.

use serde_json::{Map, Value};
use talent_ray::Operation;

/// The JSON Schema of the arguments object of [`talent_ray::Client::call`] for `op`.
pub fn input_schema(op: &'static Operation) -> &'static Value {
    op.input_schema()
}

/// The JSON Schema of `op`'s success body (`null` when it has none).
pub fn output_schema(op: &'static Operation) -> &'static Value {
    static NONE: Value = Value::Null;
    op.output_schema().unwrap_or(&NONE)
}

/// The fields of the records `op` answers with (a list's items, or the one record), in the
/// schema's property order.
pub fn item_properties(op: &'static Operation) -> Vec<String> {
    let root = output_schema(op);
    let Some(mut record) = nullable_member(root) else {
        return Vec::new();
    };
    if let Some(data) = record.get("properties").and_then(|p| p.get("data")) {
        record = nullable_member(data).unwrap_or(record);
    }
    let list =
        |schema: &'static Value| schema.get("items").and_then(|items| nullable_member(items));
    if let Some(items) = list(record) {
        record = items;
    } else if let Some(properties) = record.get("properties").and_then(Value::as_object) {
        // A page object holding one list (`rows`).
        let mut lists = properties
            .values()
            .filter_map(|p| nullable_member(p))
            .filter_map(list);
        if let (Some(only), None) = (lists.next(), lists.next()) {
            record = only;
        }
    }
    record
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}

/// Every description in `op`'s output schema, as one text (to read what the spec says of it).
pub fn output_text(op: &'static Operation) -> String {
    fn walk(value: &Value, out: &mut String) {
        match value {
            Value::Object(fields) => {
                for (name, value) in fields {
                    match (name.as_str(), value) {
                        ("description", Value::String(text)) => {
                            out.push_str(text);
                            out.push(' ');
                        }
                        _ => walk(value, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = String::new();
    walk(output_schema(op), &mut out);
    out
}

/// The query parameter that sets a page's size, and the largest size the spec allows.
pub fn page_size(op: &'static Operation) -> Option<(&'static str, u64)> {
    op.page_params.as_ref().map(|p| (p.size.name, p.size.max))
}

/// The query parameter of a cursor-paged list's cursor.
pub fn cursor_param(op: &'static Operation) -> Option<&'static str> {
    op.page_params.as_ref().and_then(|p| p.cursor)
}

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
    /// May be sent as `null` (to clear it).
    pub nullable: bool,
    /// The property's own schema (refs followed), for its bounds and examples.
    pub schema: Value,
}

/// The properties of the object `schema`
/// whose type is a scalar or a list of strings, in schema order. Others are left to `--body`.
pub fn simple_fields(schema: &Value) -> Vec<Field> {
    let Some(object) = unwrap(schema) else {
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
                scalar: scalar(property)?,
                description: description(property),
                required: required.contains(&name.as_str()),
                nullable: is_nullable(property),
                schema: nullable_member(property).cloned().unwrap_or(Value::Null),
            })
        })
        .collect()
}

/// The scalar type of `schema`, ignoring `null` alternatives; `None` for objects, mixed types
/// and lists of anything but strings.
pub fn scalar(schema: &Value) -> Option<Scalar> {
    let schema = unwrap(schema)?;
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
        ["array"] => match schema.get("items").and_then(scalar) {
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
            let kinds: Vec<Option<Scalar>> =
                members.iter().filter(|m| !is_null(m)).map(scalar).collect();
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

fn is_null(schema: &Value) -> bool {
    unwrap(schema).is_some_and(|s| {
        s.get("type").and_then(Value::as_str) == Some("null")
            || s.get("const").is_some_and(Value::is_null)
    })
}

fn description(schema: &Value) -> String {
    schema
        .get("description")
        .or_else(|| unwrap(schema).and_then(|s| s.get("description")))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// The schema a value at `schema` follows when it is not null: `schema` itself, or the one
/// non-null member of an `anyOf`/`oneOf` (`{"anyOf": [{…}, {"type": "null"}]}`).
pub fn nullable_member(schema: &Value) -> Option<&Value> {
    let schema = unwrap(schema)?;
    let members = schema
        .get("anyOf")
        .or_else(|| schema.get("oneOf"))
        .and_then(Value::as_array);
    if let Some(members) = members {
        let mut not_null = members.iter().filter(|m| !is_null(m));
        if let (Some(only), None) = (not_null.next(), not_null.next()) {
            return unwrap(only);
        }
    }
    Some(schema)
}

/// Whether a value at `schema` may be `null` (a `"null"` type or a null member): such a body
/// field gets a `--clear-FIELD` flag.
pub fn is_nullable(schema: &Value) -> bool {
    let Some(schema) = unwrap(schema) else {
        return false;
    };
    let typed_null = match schema.get("type") {
        Some(Value::Array(types)) => types.iter().any(|t| t == "null"),
        Some(Value::String(t)) => t == "null",
        _ => false,
    };
    let member_null = schema
        .get("anyOf")
        .or_else(|| schema.get("oneOf"))
        .and_then(Value::as_array)
        .is_some_and(|members| members.iter().any(is_null));
    typed_null || member_null || schema.get("nullable") == Some(&Value::Bool(true))
}

/// Looks through a lone `allOf` wrapper (`{"allOf": [{…}], "description": …}`) to the schema it
/// holds; any other schema is itself.
pub fn unwrap(schema: &Value) -> Option<&Value> {
    let mut current = schema;
    while let Some([only]) = current
        .get("allOf")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
    {
        if current.get("properties").is_some() {
            break;
        }
        current = only;
    }
    Some(current)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn scalars_ignore_null() {
        let level = json!({"type": "string", "enum": ["a", "b"]});
        let cases = [
            (json!({"type": "integer"}), Some(Scalar::Integer)),
            (json!({"type": ["string", "null"]}), Some(Scalar::String)),
            (
                json!({"anyOf": [{"type": "boolean"}, {"type": "null"}]}),
                Some(Scalar::Boolean),
            ),
            (level.clone(), Some(Scalar::String)),
            (json!({"allOf": [level.clone()]}), Some(Scalar::String)),
            (
                json!({"anyOf": [level, {"type": "string"}]}),
                Some(Scalar::String),
            ),
            (
                json!({"type": "array", "items": {"type": "string"}}),
                Some(Scalar::StringList),
            ),
            (json!({"type": "array", "items": {"type": "object"}}), None),
            (json!({"type": "object"}), None),
        ];
        for (schema, expected) in cases {
            assert_eq!(scalar(&schema), expected, "{schema}");
        }
    }

    #[test]
    fn simple_fields_keep_order_and_required() {
        let create = json!({
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "description": "Label."},
                "nested": {"type": "object"},
                "days": {"type": "integer"},
            },
        });
        let fields = simple_fields(&create);
        let names: Vec<_> = fields
            .iter()
            .map(|f| (f.name.as_str(), f.required))
            .collect();
        assert_eq!(names, [("name", true), ("days", false)]);
        assert_eq!(fields[0].description, "Label.");
    }

    #[test]
    fn page_parameters_come_from_the_description() {
        for op in talent_ray::OPERATIONS.iter() {
            let described = op.page_params.as_ref();
            assert_eq!(
                page_size(op),
                described.map(|p| (p.size.name, p.size.max)),
                "{}",
                op.operation_id
            );
            assert_eq!(cursor_param(op), described.and_then(|p| p.cursor));
        }
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
