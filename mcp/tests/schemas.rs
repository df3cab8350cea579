//! Every tool's schemas are valid JSON Schema, and every example in the spec validates: each
//! request example (with its operation's parameter examples) against the tool's input schema,
//! each success-response example against its output schema.

mod common;

use common::spec;
use serde_json::{Map, Value};
use talent_ray_mcp::catalog;

use talent_ray_codegen::resolve::follow as resolve;

/// Every example value of a media type (`example` or each of `examples`).
fn examples<'a>(spec: &'a Value, media: &'a Value) -> Vec<&'a Value> {
    let mut found: Vec<&Value> = media.get("example").into_iter().collect();
    for example in media["examples"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(_, e)| e)
    {
        found.push(&resolve(spec, example)["value"]);
    }
    found
}

fn validator(schema: &Map<String, Value>, what: &str) -> jsonschema::Validator {
    let schema = Value::Object(schema.clone());
    jsonschema::meta::validate(&schema)
        .unwrap_or_else(|e| panic!("{what} is not valid JSON Schema: {e}"));
    jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{what}: {e}"))
}

fn check(validator: &jsonschema::Validator, instance: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what}: {instance} does not validate: {errors:?}"
    );
}

#[test]
fn schemas_are_valid_and_every_example_validates() {
    let spec = spec();
    let mut request_examples = 0;
    let mut response_examples = 0;
    for entry in catalog::all() {
        let op = entry.operation;
        let name = entry.name();
        let documented = &spec["paths"][op.path][op.http_method.as_str().to_lowercase()];
        let input = validator(&entry.tool.input_schema, &format!("{name} input schema"));
        assert_eq!(
            entry.tool.input_schema.get("type"),
            Some(&Value::from("object")),
            "{name}: MCP wants an object"
        );

        // The parameters' own examples make up the non-body arguments.
        let mut args = Map::new();
        for p in documented["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| resolve(&spec, p))
        {
            if let Some(example) = p.get("example").or_else(|| p["schema"].get("default")) {
                args.insert(p["name"].as_str().unwrap().to_owned(), example.clone());
            }
        }
        let body = resolve(&spec, &documented["requestBody"]);
        let bodies = examples(&spec, &body["content"]["application/json"]);
        if bodies.is_empty() {
            check(
                &input,
                &Value::Object(args.clone()),
                &format!("{name} parameters"),
            );
        }
        for example in bodies {
            let mut with_body = args.clone();
            with_body.insert("body".into(), example.clone());
            check(
                &input,
                &Value::Object(with_body),
                &format!("{name} request example"),
            );
            request_examples += 1;
        }

        let (status, success) = documented["responses"]
            .as_object()
            .unwrap()
            .iter()
            .find(|(status, _)| status.starts_with('2'))
            .unwrap();
        let success = resolve(&spec, success);
        let media = &success["content"]["application/json"];
        match &entry.output_schema {
            Some(schema) => {
                let output = validator(schema, &format!("{name} output schema"));
                assert_eq!(
                    schema.get("type"),
                    Some(&Value::from("object")),
                    "{name}: MCP wants an object"
                );
                for example in examples(&spec, media) {
                    check(&output, example, &format!("{name} {status} example"));
                    response_examples += 1;
                }
            }
            None => assert!(
                media.is_null(),
                "{name}: its {status} has a body but the tool no output schema"
            ),
        }
    }
    assert!(
        request_examples > 0 && response_examples > 0,
        "the spec's examples were found"
    );
}

/// A tool's input schema is its operation's generated description, unchanged: so it states every
/// constraint, nullability and enum of the spec, which `tests/operation_description.rs` (in the
/// SDK) checks rule by rule against the pinned spec for every operation. A cursor list's tool
/// adds one optional string, the resume token its results' hints give; nothing else.
#[test]
fn every_input_schema_is_the_operation_description_unchanged() {
    for entry in catalog::all() {
        let tool = entry.tool(false);
        let mut schema = Value::Object((*tool.input_schema).clone());
        let cursor_list = entry.operation.paging == talent_ray::Paging::Cursor
            && entry.operation.page_params.is_some();
        assert_eq!(
            entry.resume_argument.is_some(),
            cursor_list,
            "{}",
            entry.name()
        );
        if let Some(name) = &entry.resume_argument {
            let added = schema["properties"]
                .as_object_mut()
                .unwrap()
                .remove(name)
                .unwrap();
            assert_eq!(added["type"], "string", "{}", entry.name());
            let required = schema.get("required").and_then(Value::as_array);
            assert!(
                !required.is_some_and(|r| r.iter().any(|n| n == name.as_str())),
                "{}: optional",
                entry.name()
            );
        }
        assert_eq!(&schema, entry.operation.input_schema(), "{}", entry.name());
        assert!(tool.output_schema.is_none(), "{}", entry.name());
    }
}
