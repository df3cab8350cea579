//! Checks a command's arguments against the operation's input schema before anything is sent,
//! and says what is wrong in the words of the command line: the flag (`--page-size must be
//! between 1 and 100`), the positional (`ID is required`) or the place in `--body`.
//!
//! The SDK checks the same request again; this layer exists so that a refusal names the flag the
//! user typed rather than the JSON field. Enum values are not refused: the SDK's enums are open,
//! so a value newer than the pinned spec is sent and the server decides.

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{Draft, ValidationError};
use serde_json::{Map, Value};

use crate::schema;

/// How a place in the arguments object is named on the command line.
pub trait Names {
    /// The flag or positional of the argument at `pointer` (`/pageSize`, `/body/fullName`), if
    /// one carries it.
    fn flag(&self, pointer: &str) -> Option<String>;
    /// The flags of the body's fields, for "give at least one of".
    fn body_flags(&self) -> Vec<String>;
}

/// The first way `args` breaks `schema`, as a sentence; `None` when they fit.
pub fn check(schema: &Value, args: &Map<String, Value>, names: &dyn Names) -> Option<String> {
    let validator = jsonschema::options()
        .with_draft(Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .ok()?;
    let args = Value::Object(args.clone());
    let mut errors: Vec<ValidationError<'_>> = validator.iter_errors(&args).collect();
    // The shallowest problem first: a missing body before the fields inside it.
    errors.sort_by_key(|e| e.instance_path().to_string().matches('/').count());
    errors
        .iter()
        .find_map(|error| describe(schema, &args, error, names))
}

fn describe(
    root: &Value,
    args: &Value,
    error: &ValidationError<'_>,
    names: &dyn Names,
) -> Option<String> {
    let pointer = error.instance_path().to_string();
    let at = |pointer: &str| -> String {
        names
            .flag(pointer)
            .unwrap_or_else(|| match pointer.strip_prefix("/body") {
                Some("") => "--body".to_owned(),
                Some(inner) => format!("--body {inner}"),
                None => pointer.trim_start_matches('/').to_owned(),
            })
    };
    let here = at(&pointer);
    let property = subschema(root, &pointer);
    Some(match error.kind() {
        // Open enums: a newer value is the server's to judge.
        ValidationErrorKind::Enum { .. } | ValidationErrorKind::Constant { .. } => return None,
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            let child = format!("{pointer}/{}", name.replace('~', "~0").replace('/', "~1"));
            if child == "/body" {
                return Some(at_least_one(names));
            }
            match names.flag(&child) {
                Some(flag) if pointer == "/body" => {
                    format!("{flag} is required (or give {name:?} in --body)")
                }
                Some(flag) => format!("{flag} is required"),
                None => format!("{here} needs the field {name:?}"),
            }
        }
        ValidationErrorKind::MinProperties { .. } if pointer == "/body" => at_least_one(names),
        ValidationErrorKind::Minimum { .. }
        | ValidationErrorKind::Maximum { .. }
        | ValidationErrorKind::ExclusiveMinimum { .. }
        | ValidationErrorKind::ExclusiveMaximum { .. } => {
            format!("{here} must be {}", range(property.unwrap_or(&Value::Null)))
        }
        ValidationErrorKind::MinLength { limit } => {
            format!(
                "{here} must be at least {limit} character{}",
                plural(*limit)
            )
        }
        ValidationErrorKind::MaxLength { limit } => {
            format!("{here} must be at most {limit} character{}", plural(*limit))
        }
        ValidationErrorKind::MinItems { limit } => {
            format!("{here} needs at least {limit} value{}", plural(*limit))
        }
        ValidationErrorKind::MaxItems { limit } => {
            format!("{here} takes at most {limit} value{}", plural(*limit))
        }
        ValidationErrorKind::Format { format } => format!("{here}: not {}", format_name(format)),
        ValidationErrorKind::Pattern { pattern } => {
            format!("{here}: does not have the form the API expects (pattern {pattern})")
        }
        ValidationErrorKind::Type { kind } => {
            let wanted = match kind {
                TypeKind::Single(t) => t.to_string(),
                TypeKind::Multiple(ts) => ts
                    .iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .join(" or "),
            };
            format!("{here} must be {}", article(&wanted))
        }
        ValidationErrorKind::AdditionalProperties { unexpected }
        | ValidationErrorKind::UnevaluatedProperties { unexpected } => format!(
            "{here} has a field the API does not document: {}",
            unexpected.join(", ")
        ),
        ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. } => {
            // A nullable or open value: when the value fits some member the real problem is an
            // enum, which is not refused; otherwise say which kind of value is wanted.
            let value = args.pointer(&pointer).unwrap_or(&Value::Null);
            if value.is_string() {
                return None;
            }
            format!("{here} does not have a value the API accepts")
        }
        _ => format!("{here}: {}", error.masked()),
    })
}

fn at_least_one(names: &dyn Names) -> String {
    let flags = names.body_flags();
    if flags.is_empty() {
        "--body is required".to_owned()
    } else {
        format!("give at least one of {}, or --body", flags.join(", "))
    }
}

/// `between 1 and 100`, `at least 1`, `at most 365`, from a schema's bounds.
fn range(schema: &Value) -> String {
    let number = |k: &str| {
        schema
            .get(k)
            .filter(|v| v.is_number())
            .map(Value::to_string)
    };
    match (number("minimum"), number("maximum")) {
        (Some(min), Some(max)) => format!("between {min} and {max}"),
        (Some(min), None) => match number("exclusiveMaximum") {
            Some(max) => format!("at least {min} and below {max}"),
            None => format!("at least {min}"),
        },
        (None, Some(max)) => match number("exclusiveMinimum") {
            Some(min) => format!("above {min} and at most {max}"),
            None => format!("at most {max}"),
        },
        (None, None) => match (number("exclusiveMinimum"), number("exclusiveMaximum")) {
            (Some(min), Some(max)) => format!("above {min} and below {max}"),
            (Some(min), None) => format!("above {min}"),
            (None, Some(max)) => format!("below {max}"),
            (None, None) => "in the range the API accepts".to_owned(),
        },
    }
}

/// A format's name in words (`email` → `a valid email address`).
pub fn format_name(format: &str) -> String {
    match format {
        "email" => "a valid email address".to_owned(),
        "date-time" => "a date and time like 2026-06-04T15:20:00Z".to_owned(),
        "date" => "a date like 2026-06-04".to_owned(),
        "time" => "a time like 15:20:00Z".to_owned(),
        "uri" | "url" => "a URL like https://example.com/page".to_owned(),
        "uuid" => "a UUID".to_owned(),
        other => format!("a valid {other}"),
    }
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn article(kind: &str) -> String {
    match kind {
        "integer" => "a whole number".to_owned(),
        "array" => "a list".to_owned(),
        "object" => "a JSON object".to_owned(),
        "null" => "empty".to_owned(),
        other => format!("a {other}"),
    }
}

/// The schema of the value at `pointer` in the arguments object, following `properties`.
fn subschema<'a>(root: &'a Value, pointer: &str) -> Option<&'a Value> {
    let mut current = schema::unwrap(root)?;
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        let next = current
            .get("properties")
            .and_then(|p| p.get(&segment))
            .or_else(|| current.get("items"))?;
        current = schema::nullable_member(next)?;
    }
    Some(current)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    struct Flags;
    impl Names for Flags {
        fn flag(&self, pointer: &str) -> Option<String> {
            match pointer {
                "/id" => Some("ID".into()),
                "/pageSize" => Some("--page-size".into()),
                "/body/email" => Some("--email".into()),
                "/body/organizationId" => Some("--organization-id".into()),
                _ => None,
            }
        }
        fn body_flags(&self) -> Vec<String> {
            vec!["--email".into(), "--organization-id".into()]
        }
    }

    fn schema() -> Value {
        json!({
            "type": "object",
            "required": ["id", "body"],
            "properties": {
                "id": {"type": "string"},
                "pageSize": {"type": "integer", "minimum": 1, "maximum": 100},
                "body": {
                    "type": "object",
                    "minProperties": 1,
                    "required": ["organizationId"],
                    "properties": {
                        "email": {"type": ["string", "null"], "format": "email"},
                        "organizationId": {"type": "string", "minLength": 1},
                        "status": {"anyOf": [{"enum": ["a", "b"]}, {"type": "string"}]},
                    }
                }
            }
        })
    }

    fn refusal(args: Value) -> Option<String> {
        check(&schema(), args.as_object().unwrap(), &Flags)
    }

    #[test]
    fn each_kind_of_refusal_names_the_flag() {
        let body = json!({"organizationId": "org"});
        let cases = [
            (json!({"body": body}), "ID is required"),
            (
                json!({"id": "x", "pageSize": 0, "body": body}),
                "--page-size must be between 1 and 100",
            ),
            (
                json!({"id": "x", "pageSize": 101, "body": body}),
                "--page-size must be between 1 and 100",
            ),
            (
                json!({"id": "x", "body": {"email": "x"}}),
                "--organization-id is required (or give \"organizationId\" in --body)",
            ),
            (
                json!({"id": "x", "body": {"organizationId": "o", "email": "not an address"}}),
                "--email: not a valid email address",
            ),
            (
                json!({"id": "x", "body": {"organizationId": ""}}),
                "--organization-id must be at least 1 character",
            ),
            (
                json!({"id": "x"}),
                "give at least one of --email, --organization-id, or --body",
            ),
            (
                json!({"id": "x", "body": {"organizationId": 5}}),
                "--organization-id must be a string",
            ),
        ];
        for (args, expected) in cases {
            assert_eq!(refusal(args.clone()).as_deref(), Some(expected), "{args}");
        }
    }

    #[test]
    fn good_arguments_and_new_enum_values_pass() {
        let args = json!({"id": "x", "pageSize": 100, "body": {"organizationId": "o", "email": null, "status": "brand-new"}});
        assert_eq!(refusal(args), None);
    }
}
