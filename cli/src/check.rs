//! Checks a command's arguments before anything is sent and says what is wrong in the words of
//! the command line: the flag (`--page-size must be between 1 and 100`), the positional (`ID is
//! required`) or the place in `--body`.
//!
//! The SDK finds the problem with the checks it applies to every request, generated from the
//! spec ([`Operation::check_arguments`]); this module only names it. Enum values are not refused:
//! the SDK's enums are open, so a value newer than the pinned spec is sent and the server decides.

use serde_json::{Map, Value};
use talent_ray::{ArgumentProblem, Operation};

use crate::schema;

/// How a place in the arguments object is named on the command line.
pub trait Names {
    /// The flag or positional of the argument at `pointer` (`/pageSize`, `/body/fullName`), if
    /// one carries it.
    fn flag(&self, pointer: &str) -> Option<String>;
    /// The flags of the body's fields, for "give at least one of".
    fn body_flags(&self) -> Vec<String>;
}

/// The first way `args` breaks `op`'s request schemas, as a sentence; `None` when they fit.
///
/// The SDK's own checks ([`Operation::check_arguments`]) find the problem; this names it.
pub fn check(op: &Operation, args: &Map<String, Value>, names: &dyn Names) -> Option<String> {
    let ArgumentProblem {
        pointer,
        rule,
        message,
        ..
    } = op.check_arguments(args).err()?;
    Some(describe(op.input_schema(), &pointer, rule, &message, names))
}

/// A problem (`rule` broken at `pointer`, the SDK's `message`) in the words of the command
/// line, with the limits `root` (the input schema) states.
fn describe(root: &Value, pointer: &str, rule: &str, message: &str, names: &dyn Names) -> String {
    let at = |pointer: &str| -> String {
        names
            .flag(pointer)
            .unwrap_or_else(|| match pointer.strip_prefix("/body") {
                Some("") => "--body".to_owned(),
                Some(inner) => format!("--body {inner}"),
                None => pointer.trim_start_matches('/').to_owned(),
            })
    };
    let here = at(pointer);
    let (parent, last) = pointer.rsplit_once('/').unwrap_or(("", pointer));
    let last = last.replace("~1", "/").replace("~0", "~");
    let property = subschema(root, pointer);
    let stated = |keyword: &str| property.and_then(|p| p.get(keyword));
    let count = |keyword: &str| stated(keyword).and_then(Value::as_u64);
    let fallback = || format!("{here}: {message}");
    match rule {
        "required" if pointer == "/body" => at_least_one(names),
        "required" => match names.flag(pointer) {
            Some(flag) if parent == "/body" => {
                format!("{flag} is required (or give {last:?} in --body)")
            }
            Some(flag) => format!("{flag} is required"),
            None => format!("{} needs the field {last:?}", at(parent)),
        },
        "minProperties" if pointer == "/body" => at_least_one(names),
        "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" => {
            format!("{here} must be {}", range(property.unwrap_or(&Value::Null)))
        }
        "minLength" => count("minLength").map_or_else(fallback, |n| {
            format!("{here} must be at least {n} character{}", plural(n))
        }),
        "maxLength" => count("maxLength").map_or_else(fallback, |n| {
            format!("{here} must be at most {n} character{}", plural(n))
        }),
        "minItems" => count("minItems").map_or_else(fallback, |n| {
            format!("{here} needs at least {n} value{}", plural(n))
        }),
        "maxItems" => count("maxItems").map_or_else(fallback, |n| {
            format!("{here} takes at most {n} value{}", plural(n))
        }),
        "format" => stated("format")
            .and_then(Value::as_str)
            .map_or_else(fallback, |f| format!("{here}: not {}", format_name(f))),
        "pattern" => stated("pattern")
            .and_then(Value::as_str)
            .map_or_else(fallback, |p| {
                format!("{here}: does not have the form the API expects (pattern {p})")
            }),
        "type" => {
            let wanted: Vec<&str> = match stated("type") {
                Some(Value::String(t)) => vec![t.as_str()],
                Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            if wanted.is_empty() {
                fallback()
            } else {
                format!("{here} must be {}", article(&wanted.join(" or ")))
            }
        }
        "falseSchema" => format!(
            "{} has a field the API does not document: {last}",
            at(parent)
        ),
        "anyOf" | "oneOf" => format!("{here} does not have a value the API accepts"),
        _ => fallback(),
    }
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

    fn refusal(pointer: &str, rule: &str) -> String {
        describe(&schema(), pointer, rule, "value is wrong", &Flags)
    }

    #[test]
    fn each_kind_of_refusal_names_the_flag() {
        let cases = [
            ("/id", "required", "ID is required"),
            (
                "/pageSize",
                "minimum",
                "--page-size must be between 1 and 100",
            ),
            (
                "/pageSize",
                "maximum",
                "--page-size must be between 1 and 100",
            ),
            (
                "/body/organizationId",
                "required",
                "--organization-id is required (or give \"organizationId\" in --body)",
            ),
            (
                "/body/email",
                "format",
                "--email: not a valid email address",
            ),
            (
                "/body/organizationId",
                "minLength",
                "--organization-id must be at least 1 character",
            ),
            (
                "/body",
                "required",
                "give at least one of --email, --organization-id, or --body",
            ),
            (
                "/body",
                "minProperties",
                "give at least one of --email, --organization-id, or --body",
            ),
            (
                "/body/organizationId",
                "type",
                "--organization-id must be a string",
            ),
            (
                "/body/extra",
                "falseSchema",
                "--body has a field the API does not document: extra",
            ),
            (
                "/body/address/city",
                "required",
                "--body /address needs the field \"city\"",
            ),
            (
                "/body/status",
                "anyOf",
                "--body /status does not have a value the API accepts",
            ),
            (
                "/body/status",
                "multipleOf",
                "--body /status: value is wrong",
            ),
        ];
        for (pointer, rule, expected) in cases {
            assert_eq!(refusal(pointer, rule), expected, "{pointer} {rule}");
        }
    }

    #[test]
    fn a_real_operation_s_refusal_names_its_flag() {
        // The SDK finds the problem, this module names it: the first required parameter (in the
        // spec's order, which the SDK checks in) left out.
        let op = talent_ray::OPERATIONS
            .iter()
            .find(|op| op.parameters.iter().any(|p| p.required))
            .expect("an operation with a required parameter");
        let name = op.parameters.iter().find(|p| p.required).unwrap().name;
        struct One(String);
        impl Names for One {
            fn flag(&self, pointer: &str) -> Option<String> {
                (pointer == self.0).then(|| "THE-FLAG".to_owned())
            }
            fn body_flags(&self) -> Vec<String> {
                vec![]
            }
        }
        let args = Map::new();
        let names = One(format!("/{name}"));
        assert_eq!(
            check(op, &args, &names).as_deref(),
            Some("THE-FLAG is required")
        );
    }

    #[test]
    fn a_string_enum_value_newer_than_the_spec_is_left_to_the_server() {
        // Every body field with a string enum, in each operation whose examples (with a plain
        // value for a required parameter the spec gives no example for) pass the checks, set
        // to a value the spec does not list: nothing is refused.
        let mut probes = 0;
        for op in talent_ray::OPERATIONS {
            let mut args = op.example_args().as_object().cloned().unwrap_or_default();
            for param in op.parameters.iter().filter(|p| p.required) {
                let plain = match schema::scalar(&op.input_schema()["properties"][param.name]) {
                    Some(schema::Scalar::Integer | schema::Scalar::Number) => json!(1),
                    Some(schema::Scalar::Boolean) => json!(true),
                    _ => json!("x"),
                };
                args.entry(param.name).or_insert(plain);
            }
            if op.check_arguments(&args).is_err() {
                continue;
            }
            let body = &op.input_schema()["properties"]["body"];
            let Some(fields) = schema::unwrap(body)
                .and_then(|b| b.get("properties"))
                .and_then(Value::as_object)
            else {
                continue;
            };
            for (field, field_schema) in fields {
                let enumerated = schema::nullable_member(field_schema)
                    .and_then(|s| s.get("enum"))
                    .and_then(Value::as_array)
                    .is_some_and(|values| {
                        values.iter().any(Value::is_string)
                            && values.iter().all(|v| v.is_string() || v.is_null())
                    });
                if !enumerated {
                    continue;
                }
                let mut args = args.clone();
                args["body"][field.as_str()] = json!("a-value-newer-than-the-spec");
                assert_eq!(
                    check(op, &args, &Flags),
                    None,
                    "{} {field}",
                    op.operation_id
                );
                probes += 1;
            }
        }
        assert!(probes > 0, "the spec's examples reach a body enum");
    }
}
