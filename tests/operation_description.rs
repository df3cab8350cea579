//! The generated operation description agrees with the pinned spec, rule by rule: every input
//! schema states each parameter's and the body's schema exactly as the spec does (with `$ref`s
//! inlined), the output schema is the success body's, the access and paging facts are the spec's,
//! and the example arguments are the spec's examples. Driven by the spec: no per-operation table.

use serde_json::Value;
use talent_ray::{OPERATIONS, Operation, Paging};
use talent_ray_codegen::resolve::follow;

const SPEC: &str = include_str!("../openapi/openapi.json");

fn spec() -> Value {
    serde_json::from_str(SPEC).expect("the pinned spec is JSON")
}

/// The spec's operation object and the parameters that apply to it (path-level ones first,
/// replaced by the operation's own of the same name and location), `$ref`s followed.
fn documented<'a>(spec: &'a Value, op: &Operation) -> (&'a Value, Vec<&'a Value>) {
    let item = &spec["paths"][op.path];
    let raw = &item[op.http_method.as_str().to_lowercase()];
    let list = |v: &'a Value| -> Vec<&'a Value> {
        v.as_array()
            .into_iter()
            .flatten()
            .map(|p| follow(spec, p))
            .collect()
    };
    let own = list(&raw["parameters"]);
    let mut params: Vec<&Value> = list(&item["parameters"])
        .into_iter()
        .filter(|p| {
            !own.iter()
                .any(|o| o["name"] == p["name"] && o["in"] == p["in"])
        })
        .collect();
    params.extend(own);
    (raw, params)
}

/// Asserts that `described` states every keyword of the spec's `schema` with the same value,
/// following `$ref`s on the spec's side, recursing into subschemas. `at` names the place.
fn states_exactly(spec: &Value, schema: &Value, described: &Value, at: &str) {
    // Keywords beside a `$ref` (a description of this use, say) are stated as written there.
    let overlay: serde_json::Map<String, Value> = schema
        .as_object()
        .filter(|obj| obj.contains_key("$ref"))
        .into_iter()
        .flatten()
        .filter(|(k, _)| *k != "$ref")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let mut schema = follow(spec, schema).clone();
    if let Value::Object(obj) = &mut schema {
        obj.extend(overlay);
    }
    let schema = &schema;
    assert!(
        described.get("$ref").is_none(),
        "{at}: the description holds a $ref"
    );
    let (Value::Object(expected), Value::Object(got)) = (schema, described) else {
        assert_eq!(schema, described, "{at}");
        return;
    };
    for (keyword, value) in expected {
        let got_value = got
            .get(keyword)
            .unwrap_or_else(|| panic!("{at}: `{keyword}` is missing"));
        match keyword.as_str() {
            "properties" | "patternProperties" | "$defs" => {
                for (name, sub) in value.as_object().into_iter().flatten() {
                    states_exactly(
                        spec,
                        sub,
                        &got_value[name],
                        &format!("{at}/{keyword}/{name}"),
                    );
                }
            }
            "items" | "additionalProperties" | "not" | "contains" => {
                states_exactly(spec, value, got_value, &format!("{at}/{keyword}"))
            }
            "allOf" | "anyOf" | "oneOf" | "prefixItems" => {
                let (list, got_list) = (value.as_array().unwrap(), got_value.as_array().unwrap());
                assert_eq!(list.len(), got_list.len(), "{at}/{keyword}");
                for (i, (sub, got_sub)) in list.iter().zip(got_list).enumerate() {
                    states_exactly(spec, sub, got_sub, &format!("{at}/{keyword}/{i}"));
                }
            }
            _ => assert_eq!(value, got_value, "{at}: `{keyword}`"),
        }
    }
}

#[test]
fn every_input_schema_states_the_spec_parameters_and_body_exactly() {
    let spec = spec();
    for op in OPERATIONS {
        let (raw, params) = documented(&spec, op);
        let input = op.input_schema();
        let at = op.operation_id;
        assert_eq!(input["type"], "object", "{at}");
        assert_eq!(input["additionalProperties"], false, "{at}");
        let required: Vec<&str> = input["required"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|v| v.as_str().unwrap())
            .collect();
        let mut expected_properties = 0;
        for param in params
            .iter()
            .filter(|p| p["in"] == "path" || p["in"] == "query")
        {
            let name = param["name"].as_str().unwrap();
            expected_properties += 1;
            let described = &input["properties"][name];
            states_exactly(&spec, &param["schema"], described, &format!("{at}/{name}"));
            if let Some(description) = param.get("description") {
                assert_eq!(&described["description"], description, "{at}/{name}");
            }
            let must = param["in"] == "path" || param["required"] == true;
            assert_eq!(required.contains(&name), must, "{at}/{name} required");
        }
        let body = follow(&spec, &raw["requestBody"]);
        match body.pointer("/content/application~1json/schema") {
            Some(schema) => {
                expected_properties += 1;
                states_exactly(
                    &spec,
                    schema,
                    &input["properties"]["body"],
                    &format!("{at}/body"),
                );
                assert_eq!(
                    required.contains(&"body"),
                    body["required"] == true,
                    "{at}/body required"
                );
            }
            None => assert!(input["properties"].get("body").is_none(), "{at}"),
        }
        assert_eq!(
            input["properties"].as_object().unwrap().len(),
            expected_properties,
            "{at}: the input schema has exactly the spec's parameters and body"
        );
    }
}

#[test]
fn every_output_schema_is_the_success_body_and_access_is_the_spec_s() {
    let spec = spec();
    for op in OPERATIONS {
        let (raw, _) = documented(&spec, op);
        let at = op.operation_id;
        let success = follow(&spec, &raw["responses"][op.success_status.to_string()]);
        match success.pointer("/content/application~1json/schema") {
            Some(schema) => states_exactly(&spec, schema, op.output_schema().unwrap(), at),
            None => assert!(op.output_schema().is_none(), "{at}"),
        }
        // An admin-only operation answers a non-admin with the spec's shared AdminForbidden.
        let forbidden = raw["responses"]["403"]["$ref"].as_str();
        assert_eq!(
            op.admin_only,
            forbidden == Some("#/components/responses/AdminForbidden"),
            "{at}"
        );
    }
}

#[test]
fn paging_facts_are_the_spec_s_and_point_into_the_response() {
    let spec = spec();
    for op in OPERATIONS {
        let at = op.operation_id;
        let Some(pages) = &op.page_params else {
            assert_eq!(op.paging, Paging::None, "{at} pages but has no parameters");
            continue;
        };
        let (_, params) = documented(&spec, op);
        let size = params
            .iter()
            .find(|p| p["name"] == pages.size.name)
            .unwrap_or_else(|| panic!("{at}: no parameter {}", pages.size.name));
        assert_eq!(size["in"], "query", "{at}");
        assert_eq!(
            Some(pages.size.max),
            size["schema"]["maximum"].as_u64(),
            "{at}"
        );
        assert_eq!(
            pages.size.min,
            size["schema"]["minimum"].as_u64().unwrap_or(1),
            "{at}"
        );
        assert_eq!(
            pages.size.default,
            size["schema"]["default"].as_u64(),
            "{at}"
        );
        for name in pages.page.iter().chain(&pages.cursor) {
            assert!(
                params
                    .iter()
                    .any(|p| p["name"] == *name && p["in"] == "query"),
                "{at}: {name} is not a query parameter"
            );
        }
        // The pointers name an array of items and the pagination object in the output schema.
        let output = op.output_schema().unwrap();
        let schema_at = |pointer: &str| {
            pointer
                .split('/')
                .skip(1)
                .fold(output, |schema, field| &schema["properties"][field])
        };
        assert_eq!(schema_at(pages.items)["type"], "array", "{at}");
        assert_eq!(schema_at(pages.pagination)["type"], "object", "{at}");
    }
}

#[test]
fn example_arguments_are_the_spec_s_examples() {
    let spec = spec();
    for op in OPERATIONS {
        let (raw, params) = documented(&spec, op);
        let at = op.operation_id;
        let args = op.example_args();
        for param in &params {
            let name = param["name"].as_str().unwrap();
            let example = param
                .get("example")
                .or_else(|| param["schema"]["examples"].get(0))
                .or_else(|| param["schema"].get("example"));
            assert_eq!(args.get(name), example, "{at}/{name}");
        }
        let media = follow(&spec, &raw["requestBody"]).pointer("/content/application~1json");
        let body_example = media.and_then(|m| {
            m.get("example").cloned().or_else(|| {
                m["examples"]
                    .as_object()
                    .and_then(|e| e.values().next())
                    .map(|e| follow(&spec, e)["value"].clone())
            })
        });
        assert_eq!(args.get("body"), body_example.as_ref(), "{at}/body");
    }
}

/// `Operation::check_arguments` holds the arguments to the spec: for every operation, leaving
/// out a parameter the spec requires (or a required body) is refused at its pointer as
/// `required`, and a numeric parameter one step past a bound the spec states is refused by that
/// bound's keyword. Limits and requirements are read from the spec document itself.
#[test]
fn argument_checks_refuse_what_the_spec_parameters_rule_out() {
    let spec = spec();
    let mut probes = 0;
    for op in OPERATIONS {
        let (raw, params) = documented(&spec, op);
        let at = op.operation_id;
        // The arguments the spec's examples give, with a plain value inside the bounds for a
        // required parameter without one.
        let mut complete = serde_json::Map::new();
        for param in params
            .iter()
            .filter(|p| p["in"] == "path" || p["in"] == "query")
        {
            let name = param["name"].as_str().unwrap();
            let schema = follow(&spec, &param["schema"]);
            let required = param["in"] == "path" || param["required"] == true;
            let value = match op.example_args().get(name) {
                Some(example) => example.clone(),
                None if !required => continue,
                None => match schema["type"].as_str() {
                    Some("integer" | "number") => schema
                        .get("minimum")
                        .cloned()
                        .unwrap_or(serde_json::json!(1)),
                    Some("boolean") => Value::Bool(true),
                    _ => schema.get("default").cloned().unwrap_or_else(|| "x".into()),
                },
            };
            complete.insert(name.to_owned(), value);
        }
        let body = follow(&spec, &raw["requestBody"]);
        if let Some(example) = op.example_args().get("body") {
            complete.insert("body".into(), example.clone());
        }
        let check = |args: &serde_json::Map<String, Value>| {
            op.check_arguments(args)
                .map_err(|p| (p.pointer.clone(), p.rule))
        };
        if complete.contains_key("body") || body["required"] != true {
            assert_eq!(check(&complete), Ok(()), "{at}: {complete:?}");
        }
        for param in params
            .iter()
            .filter(|p| p["in"] == "path" || p["in"] == "query")
        {
            let name = param["name"].as_str().unwrap();
            let pointer = format!("/{name}");
            if param["in"] == "path" || param["required"] == true {
                let mut args = complete.clone();
                args.remove(name);
                let refusal = check(&args).expect_err(&format!("{at}: {name} is required"));
                assert_eq!(refusal, (pointer.clone(), "required"), "{at}");
                probes += 1;
            }
            let schema = follow(&spec, &param["schema"]);
            for (keyword, step) in [("minimum", -1), ("maximum", 1)] {
                let Some(limit) = schema.get(keyword).and_then(Value::as_i64) else {
                    continue;
                };
                // Parameters are checked before the body, so a missing body does not interfere.
                let mut args = complete.clone();
                args.insert(name.to_owned(), serde_json::json!(limit + step));
                assert_eq!(check(&args), Err((pointer.clone(), keyword)), "{at}/{name}");
                probes += 1;
            }
        }
        if body["required"] == true {
            let mut args = complete.clone();
            args.remove("body");
            assert_eq!(check(&args), Err(("/body".to_owned(), "required")), "{at}");
            probes += 1;
        }
    }
    assert!(probes > 0, "the spec gives the checks something to refuse");
}
