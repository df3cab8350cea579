//! The whole pipeline on the pinned spec, and refusals on specs it cannot handle.

use serde_json::{Value, json};
use talent_ray_codegen::{Error, Paging, generate, operations};

fn pinned() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../openapi/openapi.json"
    ))
    .expect("pinned spec")
}

/// Every schema-position value in the downgraded document, with its pointer.
fn schemas(value: &Value, at: String, out: &mut Vec<(String, Value)>) {
    if let Value::Object(obj) = value {
        for (k, v) in obj {
            let here = format!("{at}/{k}");
            if k == "schema"
                || at.ends_with("/components/schemas")
                || at.ends_with("/properties")
                || k == "items"
            {
                out.push((here.clone(), v.clone()));
            }
            schemas(v, here, out);
        }
    }
}

#[test]
fn the_pinned_spec_generates_and_downgrades_to_pure_3_0() {
    let generated = generate(&pinned()).expect("the pinned spec generates");
    assert_eq!(generated.downgraded["openapi"], "3.0.3");
    assert!(generated.downgraded["info"].get("summary").is_none());
    let mut found = Vec::new();
    schemas(&generated.downgraded, String::new(), &mut found);
    assert!(found.len() > 100);
    for (at, schema) in found {
        assert!(
            !schema.get("type").is_some_and(Value::is_array),
            "type array left at {at}"
        );
        assert!(schema.get("const").is_none(), "const left at {at}");
        assert!(
            !schema.get("examples").is_some_and(Value::is_array),
            "schema examples left at {at}"
        );
        assert!(
            !schema
                .get("enum")
                .and_then(Value::as_array)
                .is_some_and(|e| e.contains(&Value::Null)),
            "null in enum at {at}"
        );
    }
    assert!(generated.client.contains("pub struct Client"));
    assert!(
        generated.client.contains("Unknown(::std::string::String)"),
        "open enums are injected"
    );
    assert_eq!(
        generated
            .paging
            .matches("impl crate::pagination::PagedRequest")
            .count(),
        6
    );
}

#[test]
fn the_operation_table_reads_25_operations() {
    let ops = operations(&pinned()).unwrap();
    assert_eq!(ops.len(), 25);
    let me = ops.iter().find(|o| o.operation_id == "getMe").unwrap();
    assert!(me.required_scopes.is_empty() && !me.public);
    let portal = ops
        .iter()
        .find(|o| o.operation_id == "getCareerPortal")
        .unwrap();
    assert!(portal.public);
    let create = ops
        .iter()
        .find(|o| o.operation_id == "createPotentialCandidate")
        .unwrap();
    assert!(!create.idempotent);
    assert_eq!(create.success_status, 201);
    let usage = ops
        .iter()
        .find(|o| o.operation_id == "getApiKeyUsage")
        .unwrap();
    assert_eq!(usage.paging, Paging::Cursor);
}

fn mutate(f: impl FnOnce(&mut Value)) -> Result<(), Error> {
    let mut doc: Value = serde_json::from_slice(&pinned()).unwrap();
    f(&mut doc);
    generate(&serde_json::to_vec(&doc).unwrap()).map(drop)
}

#[test]
fn unsupported_constructs_fail_with_their_pointer_not_a_panic() {
    let err = mutate(|d| {
        d["components"]["schemas"]["Candidate"]["properties"]["phone"] =
            json!({"type": ["string", "integer"]});
    })
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("/components/schemas/Candidate/properties/phone/type"),
        "{err}"
    );

    let err = mutate(|d| {
        d["components"]["schemas"]["Candidate"]["properties"]["tags"] =
            json!({"type": "array", "prefixItems": []});
    })
    .unwrap_err();
    assert!(err.to_string().contains("prefixItems"), "{err}");

    let err = mutate(|d| d["openapi"] = json!("3.0.3")).unwrap_err();
    assert!(err.to_string().contains("3.1"), "{err}");

    let err = mutate(|d| d["paths"] = json!({})).unwrap_err();
    assert!(err.to_string().contains("no paths"), "{err}");

    assert!(matches!(generate(b"{not json"), Err(Error::Json(_))));
}

#[test]
fn a_new_operation_with_mixed_error_bodies_still_generates() {
    mutate(|d| {
        let op = &mut d["paths"]["/api/v1/me"]["get"]["responses"];
        op["404"] = json!({"$ref": "#/components/responses/LegacyNotFound"});
        op["418"] = json!({"description": "teapot"});
    })
    .expect("error bodies are unified instead of panicking progenitor");
}

#[test]
fn enum_names_that_would_not_compile_are_refused_with_their_pointer() {
    for values in [
        json!(["unknown", "known"]),
        json!(["in-progress", "in_progress"]),
    ] {
        let err = mutate(|d| {
            d["components"]["schemas"]["StepType"]["enum"] = values.clone();
        })
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("/components/schemas/StepType/enum"),
            "{err}"
        );
    }
}

#[test]
fn a_schema_name_that_is_not_already_pascal_case_still_becomes_one_open_enum() {
    let generated = generate(&{
        let mut doc: Value = serde_json::from_slice(&pinned()).unwrap();
        let step_type = doc["components"]["schemas"]["StepType"].clone();
        doc["components"]["schemas"]["APIStepKind"] = step_type;
        doc["components"]["schemas"]["RoleStep"]["properties"]["kind"] =
            json!({"$ref": "#/components/schemas/APIStepKind"});
        serde_json::to_vec(&doc).unwrap()
    })
    .unwrap();
    assert_eq!(generated.client.matches("pub enum ApiStepKind").count(), 1);
    assert!(
        generated
            .client
            .contains("pub kind: ::std::option::Option<crate::types::ApiStepKind>"),
        "the property uses the open enum"
    );
}
