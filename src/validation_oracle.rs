//! The generated request checks held to a JSON Schema validator (`jsonschema`, a dev-dependency).
//!
//! Every request schema of the spec (each operation's body and parameters) is probed around each
//! of its constraints: values at, below and above every limit, every type, format samples, enum
//! members and non-members, missing required fields, at every depth a request reaches. The
//! generated checks must give each probe the validator's verdict, and where the validator finds
//! exactly one violation, the same message. Nothing here names an operation or a field: the probes
//! are derived from the document the checks were compiled from.

use std::collections::BTreeSet;

use jsonschema::error::ValidationErrorKind;
use jsonschema::{Draft, Registry, ValidationError, Validator};
use serde_json::{Map, Value, json};

use super::*;

const DOCUMENT_URI: &str = "urn:talent-ray:requests";

/// How deep probes go into nested objects and arrays.
const DEPTH: usize = 4;

fn document() -> Value {
    serde_json::from_str(REQUEST_SCHEMAS).expect("the generated document is JSON")
}

fn validator(registry: &Registry<'static>, pointer: &str) -> Validator {
    let fragment = pointer
        .replace('%', "%25")
        .replace('{', "%7B")
        .replace('}', "%7D");
    jsonschema::options()
        .with_draft(Draft::Draft202012)
        .with_registry(registry)
        .should_validate_formats(true)
        .build(&json!({ "$ref": format!("{DOCUMENT_URI}#{fragment}") }))
        .unwrap_or_else(|e| panic!("{pointer}: {e}"))
}

/// The oracle's error in the SDK's message format: `"{place} {path}: {what} ({rule})"`.
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
    message(place, &path, &what, error.kind().keyword())
}

/// `schema` with `$ref`s followed.
fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(target) => resolve(doc, doc.pointer(&target[1..]).expect("a resolvable $ref")),
        None => schema,
    }
}

fn types(schema: &Value) -> Vec<&str> {
    match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    }
}

/// Valid and invalid samples of each checked format (both sides must agree on every one).
fn format_samples(format: &str) -> &'static [&'static str] {
    match format {
        "date-time" => &[
            "2026-01-02T03:04:05Z",
            "2026-01-02t03:04:05.123+05:30",
            "2016-12-31T23:59:60Z",
            "1990-12-31T15:59:60-08:00",
            "2026-01-02T03:04:59.5-00:00",
            "",
            "2026-01-02",
            "2026-13-02T03:04:05Z",
            "2026-02-30T03:04:05Z",
            "2024-02-29T03:04:05Z",
            "2026-01-02T25:04:05Z",
            "2026-01-02 03:04:05Z",
            "2026-01-02T03:04:05",
            "2026-01-02T03:04:05+0530",
            "2026-01-02T03:04:60Z",
            "2026-01-02T03:04:05.Z",
            "yesterday",
        ],
        "date" => &["2026-01-02", "2024-02-29", "2026-02-29", "2026-1-02", "x"],
        "time" => &[
            "03:04:05Z",
            "23:59:60Z",
            "03:04:05",
            "3:04:05Z",
            "03:04:05+01:00",
        ],
        "email" => &[
            "a@example.com",
            "first.last+tag@sub.example.org",
            "x@[127.0.0.1]",
            "x@[IPv6:::1]",
            "\"quoted\"@example.com",
            "",
            "plain",
            "@example.com",
            "a@",
            "a@@example.com",
            "a b@example.com",
            "a..b@example.com",
            ".a@example.com",
            "a@exa mple.com",
            "a@-example.com",
            "a@example..com",
        ],
        "uri" => &[
            "https://example.com/a?b=c#d",
            "urn:isbn:0451450523",
            "mailto:a@example.com",
            "",
            "/relative/path",
            "https://exa mple.com",
            "https://example.com/%zz",
            "1http://example.com",
        ],
        "uuid" => &[
            "123e4567-e89b-12d3-a456-426614174000",
            "123e4567e89b12d3a456426614174000",
            "123e4567-e89b-12d3-a456-42661417400g",
        ],
        _ => &[],
    }
}

fn pattern_samples(pattern: &str) -> Vec<Value> {
    let literal: String = pattern
        .chars()
        .filter(|c| !"^$()[]{}*+?.\\|".contains(*c))
        .collect();
    ["", "a", "A", "0", "ABC", "abc", "tr_", "tr_x", &literal]
        .into_iter()
        .map(Value::from)
        .collect()
}

/// A value the schema accepts, as far as one can be built without solving patterns.
fn example(doc: &Value, schema: &Value) -> Value {
    let schema = resolve(doc, schema);
    if let Some(value) = schema.get("const") {
        return value.clone();
    }
    if let Some(first) = schema["enum"].as_array().and_then(|v| v.first()) {
        return first.clone();
    }
    for combinator in ["allOf", "anyOf", "oneOf"] {
        if let Some(first) = schema[combinator].as_array().and_then(|v| v.first()) {
            return example(doc, first);
        }
    }
    let ty = types(schema)
        .into_iter()
        .find(|t| *t != "null")
        .or(types(schema).first().copied())
        .unwrap_or("object");
    let number = |integer: bool| {
        let bound = |k: &str| schema[k].as_f64();
        let mut n = bound("minimum")
            .or(bound("exclusiveMinimum").map(|l| l + 1.0))
            .unwrap_or(1.0);
        if let Some(max) = bound("maximum").or(bound("exclusiveMaximum").map(|l| l - 1.0)) {
            n = n.min(max);
        }
        if integer || n.fract() == 0.0 {
            json!(n as i64)
        } else {
            json!(n)
        }
    };
    match ty {
        "string" => {
            if let Some(sample) = schema["format"]
                .as_str()
                .and_then(|f| format_samples(f).first())
            {
                return json!(sample);
            }
            let min = schema["minLength"].as_u64().unwrap_or(1).max(1);
            let len = schema["maxLength"].as_u64().map_or(min, |max| min.min(max));
            json!("x".repeat(len as usize))
        }
        "integer" => number(true),
        "number" => number(false),
        "boolean" => json!(true),
        "null" => Value::Null,
        "array" => {
            let n = schema["minItems"].as_u64().unwrap_or(0);
            let item = schema.get("items").map_or(Value::Null, |s| example(doc, s));
            Value::Array((0..n).map(|_| item.clone()).collect())
        }
        _ => {
            let properties = schema["properties"]
                .as_object()
                .cloned()
                .unwrap_or_default();
            let mut object = Map::new();
            for name in schema["required"].as_array().into_iter().flatten() {
                let name = name.as_str().unwrap_or_default();
                let sub = properties.get(name).cloned().unwrap_or(json!({}));
                object.insert(name.to_owned(), example(doc, &sub));
            }
            let wanted = schema["minProperties"].as_u64().unwrap_or(0) as usize;
            for (name, sub) in &properties {
                if object.len() >= wanted {
                    break;
                }
                object
                    .entry(name.clone())
                    .or_insert_with(|| example(doc, sub));
            }
            Value::Object(object)
        }
    }
}

/// Values around every constraint of `schema` itself, and (to `depth`) of what it contains.
fn probes(doc: &Value, schema: &Value, depth: usize) -> Vec<Value> {
    let schema = resolve(doc, schema);
    let mut out = vec![
        Value::Null,
        json!(true),
        json!(0),
        json!(-1),
        json!(1.5),
        json!(""),
        json!("x"),
        json!([]),
        json!({}),
        example(doc, schema),
    ];
    let text = |n: u64| json!("x".repeat(n as usize));
    for keyword in ["minLength", "maxLength"] {
        if let Some(n) = schema[keyword].as_u64() {
            out.extend([text(n.saturating_sub(1)), text(n), text(n + 1)]);
        }
    }
    for keyword in [
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
    ] {
        if let Some(l) = schema[keyword].as_f64() {
            out.extend([
                json!(l - 1.0),
                json!(l),
                json!(l + 1.0),
                json!(l - 0.5),
                json!(l * 1.5),
            ]);
            if l.fract() == 0.0 {
                out.extend([json!(l as i64 - 1), json!(l as i64), json!(l as i64 + 1)]);
            }
        }
    }
    if let Some(format) = schema["format"].as_str() {
        out.extend(format_samples(format).iter().map(|s| json!(s)));
    }
    if let Some(pattern) = schema["pattern"].as_str() {
        out.extend(pattern_samples(pattern));
    }
    for keyword in ["enum"] {
        if let Some(values) = schema[keyword].as_array() {
            out.extend(values.iter().cloned());
            out.push(json!(987_654));
        }
    }
    if let Some(value) = schema.get("const") {
        out.extend([value.clone(), json!("not-the-constant")]);
    }
    for combinator in ["allOf", "anyOf", "oneOf"] {
        for sub in schema[combinator].as_array().into_iter().flatten() {
            out.extend(probes(doc, sub, depth.saturating_sub(1)));
        }
    }
    if let Some(sub) = schema.get("not") {
        out.push(example(doc, sub));
    }
    if depth == 0 {
        return out;
    }
    let base = example(doc, schema);
    if let Some(items) = schema.get("items") {
        let item = example(doc, items);
        for keyword in ["minItems", "maxItems"] {
            if let Some(n) = schema[keyword].as_u64() {
                for len in [n.saturating_sub(1), n, n + 1] {
                    out.push(Value::Array(vec![item.clone(); len as usize]));
                }
            }
        }
        out.push(json!([item.clone(), item.clone()]));
        for probe in probes(doc, items, depth - 1) {
            out.push(json!([probe]));
        }
    }
    if let Value::Object(base) = &base {
        for name in schema["required"].as_array().into_iter().flatten() {
            let mut without = base.clone();
            without.remove(name.as_str().unwrap_or_default());
            out.push(Value::Object(without));
        }
        let mut declared: Vec<(String, Value)> = schema["properties"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if let Some(extra) = schema.get("additionalProperties") {
            declared.push(("zz-extra".into(), extra.clone()));
        }
        let mut full = base.clone();
        for (name, sub) in &declared {
            full.entry(name.clone())
                .or_insert_with(|| example(doc, sub));
        }
        out.push(Value::Object(full));
        for (name, sub) in &declared {
            for probe in probes(doc, sub, depth - 1) {
                let mut with = base.clone();
                with.insert(name.clone(), probe);
                out.push(Value::Object(with));
            }
        }
    }
    out
}

/// Every assertion keyword in the schemas `schema` reaches.
fn keywords(doc: &Value, schema: &Value, seen: &mut BTreeSet<String>, out: &mut BTreeSet<String>) {
    if let Some(target) = schema.get("$ref").and_then(Value::as_str)
        && seen.insert(target.to_owned())
    {
        keywords(doc, doc.pointer(&target[1..]).unwrap(), seen, out);
    }
    let Some(object) = schema.as_object() else {
        return;
    };
    for (keyword, value) in object {
        match keyword.as_str() {
            "properties" => value
                .as_object()
                .into_iter()
                .flatten()
                .for_each(|(_, s)| keywords(doc, s, seen, out)),
            "items" | "additionalProperties" | "not" => keywords(doc, value, seen, out),
            "allOf" | "anyOf" | "oneOf" => value
                .as_array()
                .into_iter()
                .flatten()
                .for_each(|s| keywords(doc, s, seen, out)),
            "type" | "enum" | "const" | "minLength" | "maxLength" | "pattern" | "format"
            | "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf"
            | "required" | "minProperties" | "maxProperties" | "minItems" | "maxItems"
            | "uniqueItems" => {
                out.insert(keyword.clone());
            }
            _ => {}
        }
    }
}

/// A parameter's probe as the server would see it: the query or path text, typed as the check
/// types it.
fn as_parameter(probe: &Value, schema: &Schema) -> Value {
    let raw = match probe {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    typed(&raw, schema)
}

#[test]
fn the_generated_checks_give_every_probe_of_every_request_schema_the_validators_verdict() {
    let doc = document();
    let registry = Registry::new()
        .draft(Draft::Draft202012)
        .add(
            DOCUMENT_URI,
            Draft::Draft202012.create_resource(doc.clone()),
        )
        .and_then(|r| r.prepare())
        .expect("the document forms a registry");
    let operations = doc["operations"].as_object().expect("operations");
    assert!(!operations.is_empty());
    let (mut present, mut refused_by) = (BTreeSet::new(), BTreeSet::new());
    let mut disagreements = Vec::new();
    let mut probed = 0;
    for (id, entry) in operations {
        let checks = OperationChecks::of(id).unwrap_or_else(|| panic!("{id} has checks"));
        let mut targets: Vec<(String, &Value, &Schema, String, bool)> = Vec::new();
        let params = entry["parameters"].as_array().expect("parameters");
        assert_eq!(params.len(), checks.parameters.len(), "{id}");
        for (i, (param, compiled)) in params.iter().zip(checks.parameters).enumerate() {
            assert_eq!(param["name"], compiled.name, "{id}");
            let place = format!("{} parameter {}", compiled.location, compiled.name);
            let pointer = format!("/operations/{}/parameters/{i}/schema", escape(id));
            targets.push((pointer, &param["schema"], compiled.schema, place, true));
        }
        if let Some(body) = entry.get("body") {
            let compiled = checks
                .body
                .unwrap_or_else(|| panic!("{id} checks its body"));
            let pointer = format!("/operations/{}/body", escape(id));
            targets.push((pointer, body, compiled, "body".into(), false));
        }
        for (pointer, schema, compiled, place, parameter) in targets {
            keywords(&doc, schema, &mut BTreeSet::new(), &mut present);
            let oracle = validator(&registry, &pointer);
            let mut accepted = false;
            for probe in probes(&doc, schema, DEPTH) {
                let value = if parameter {
                    as_parameter(&probe, compiled)
                } else {
                    probe
                };
                probed += 1;
                let ours = first_violation(compiled, &value, "");
                let theirs: Vec<ValidationError<'_>> = oracle.iter_errors(&value).collect();
                accepted |= theirs.is_empty();
                for error in &theirs {
                    refused_by.insert(error.kind().keyword().to_owned());
                }
                match (&ours, theirs.as_slice()) {
                    (None, []) => {}
                    (Some(ours), [only]) => {
                        let (ours, theirs) = (ours.describe(&place), describe(only, &place));
                        if ours != theirs {
                            disagreements.push(format!("{pointer} {value}: {ours} / {theirs}"));
                        }
                    }
                    (Some(_), [_, _, ..]) => {}
                    (ours, theirs) => disagreements.push(format!(
                        "{pointer} {value}: ours {:?}, the validator's {:?}",
                        ours.as_ref().map(|v| v.describe(&place)),
                        theirs
                            .iter()
                            .map(|e| describe(e, &place))
                            .collect::<Vec<_>>()
                    )),
                }
            }
            assert!(
                accepted,
                "{pointer}: no probe is valid, so no check was seen to pass"
            );
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} of {probed} probes disagree:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
    let unexercised: Vec<&String> = present.difference(&refused_by).collect();
    assert!(
        unexercised.is_empty(),
        "no probe broke these constraints of the request schemas: {unexercised:?}"
    );
}
