//! The whole pipeline on the pinned spec, and refusals on specs it cannot handle.

use quote::ToTokens;
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
    let components = generated.downgraded["components"]["schemas"]
        .as_object()
        .unwrap()
        .len();
    assert!(
        found.len() > components,
        "the walk reaches every component schema and what is inside them"
    );
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
    let paged = operations(&pinned())
        .unwrap()
        .iter()
        .filter(|o| o.paging != Paging::None)
        .count();
    assert!(paged > 0, "the pinned spec has paged lists");
    assert_eq!(
        generated
            .paging
            .matches("impl crate::pagination::PagedRequest")
            .count(),
        paged,
        "one paging impl per paged operation"
    );
}

/// (operationId, METHOD, path) of every operation, walked straight from the JSON.
fn spec_operations() -> Vec<(String, String, String)> {
    let doc: Value = serde_json::from_slice(&pinned()).unwrap();
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                out.push((id.to_owned(), method.to_uppercase(), path.clone()));
            }
        }
    }
    out
}

#[test]
fn the_operation_table_reads_every_operation_of_the_spec() {
    let ops = operations(&pinned()).unwrap();
    let mut table: Vec<(String, String, String)> = ops
        .iter()
        .map(|o| {
            (
                o.operation_id.clone(),
                o.http_method.clone(),
                o.path.clone(),
            )
        })
        .collect();
    let mut spec = spec_operations();
    assert!(!spec.is_empty());
    table.sort();
    spec.sort();
    assert_eq!(table, spec);
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

/// The generated client of `doc`, parsed.
fn client_of(doc: &Value) -> syn::File {
    let generated = generate(&serde_json::to_vec(doc).unwrap()).expect("generates");
    syn::parse_file(&generated.client).expect("the client parses")
}

fn module<'a>(items: &'a [syn::Item], name: &str) -> &'a [syn::Item] {
    items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, i)| i.as_slice()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no module {name}"))
}

/// The `(success, error)` types of a builder's `send`, as token text without spaces.
fn send_types(client: &syn::File, builder: &str) -> (String, String) {
    for item in module(&client.items, "builder") {
        let syn::Item::Impl(imp) = item else { continue };
        if !imp
            .self_ty
            .to_token_stream()
            .to_string()
            .starts_with(builder)
        {
            continue;
        }
        // `send` returns the SDK's error; progenitor's own, with the error body type, is kept
        // as `send_unclassified`.
        for item in &imp.items {
            let syn::ImplItem::Fn(f) = item else { continue };
            if f.sig.ident != "send_unclassified" {
                continue;
            }
            let syn::ReturnType::Type(_, ty) = &f.sig.output else {
                continue;
            };
            let text: String = ty
                .to_token_stream()
                .to_string()
                .split_whitespace()
                .collect();
            // Result<ResponseValue<OK>,Error<ERR>>
            let inner = text.strip_prefix("Result<ResponseValue<").unwrap();
            let (ok, err) = inner.split_once(">,Error<").unwrap();
            return (ok.to_owned(), err.trim_end_matches('>').to_owned());
        }
    }
    panic!("no builder {builder}")
}

#[test]
fn a_new_operation_with_mixed_error_bodies_still_generates() {
    // Generating is not enough: the builder must decode every error as plain JSON (the SDK
    // classifies it), not as one family's type that the other family's body would fail. That
    // such output also compiles is checked end to end by
    // `cargo test -p xtask --test regen_end_to_end -- --ignored`.
    let doc: Value = serde_json::from_slice(&pinned()).unwrap();
    let before = send_types(&client_of(&doc), "GetMe");
    assert!(before.1.contains("V1Error"), "{before:?}");
    let mut mixed = doc.clone();
    let responses = &mut mixed["paths"]["/api/v1/me"]["get"]["responses"];
    responses["404"] = json!({"$ref": "#/components/responses/LegacyNotFound"});
    responses["418"] = json!({"description": "teapot"});
    let after = send_types(&client_of(&mixed), "GetMe");
    assert_eq!(after.0, before.0, "the success type is untouched");
    assert!(
        after.1.contains("serde_json::Map") || after.1.contains("serde_json::Value"),
        "errors of both families decode as JSON: {after:?}"
    );
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
    // It is the StepType enum under the new name: one variant per spec value plus `Unknown`,
    // each mapping to its spec value.
    let client = syn::parse_file(&generated.client).unwrap();
    let types = module(&client.items, "types");
    let variants = types
        .iter()
        .find_map(|item| match item {
            syn::Item::Enum(e) if e.ident == "ApiStepKind" => Some(e.variants.len()),
            _ => None,
        })
        .unwrap();
    let doc: Value = serde_json::from_slice(&pinned()).unwrap();
    let values: Vec<String> = doc["components"]["schemas"]["StepType"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        variants,
        values.len() + 1,
        "one variant per value, plus Unknown"
    );
    let as_str = types
        .iter()
        .find_map(|item| match item {
            syn::Item::Impl(imp)
                if imp.trait_.is_none()
                    && imp.self_ty.to_token_stream().to_string() == "ApiStepKind" =>
            {
                Some(imp.to_token_stream().to_string())
            }
            _ => None,
        })
        .unwrap();
    for value in &values {
        assert!(as_str.contains(&format!("{value:?}")), "{value} is mapped");
    }
    assert!(
        generated
            .client
            .contains("pub kind: ::std::option::Option<crate::types::ApiStepKind>"),
        "the property uses the open enum"
    );
}
