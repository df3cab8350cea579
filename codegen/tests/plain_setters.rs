//! Plain-value request building on a spec with shapes the pinned one lacks: a body field named
//! like a path parameter, a date-time, a pattern, a nested object and a bounded list.

use serde_json::{Value, json};
use talent_ray_codegen::{Generated, generate};

fn mutated() -> Generated {
    let mut doc: Value = serde_json::from_slice(
        &std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../openapi/openapi.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let props = &mut doc["components"]["schemas"]["CandidateUpdate"]["properties"];
    props["id"] = json!({"type": "string", "description": "Clashes with the path parameter."});
    props["startsAt"] = json!({"type": "string", "format": "date-time"});
    props["code"] = json!({"type": "string", "pattern": "^[A-Z]{3}$"});
    props["address"] = json!({"type": "object", "required": ["city"],
        "properties": {"city": {"type": "string", "minLength": 2}}});
    props["tags"] = json!({"type": "array", "maxItems": 3, "items": {"type": "string"}});
    generate(&serde_json::to_vec(&doc).unwrap()).expect("the mutated spec generates")
}

/// The items of `module` among `items`.
fn module<'a>(items: &'a [syn::Item], module: &str) -> &'a [syn::Item] {
    items
        .iter()
        .find_map(|i| match i {
            syn::Item::Mod(m) if m.ident == module => m.content.as_ref().map(|c| c.1.as_slice()),
            _ => None,
        })
        .expect("module")
}

/// The names of the methods of every inherent impl of `name` in `module`.
fn methods(items: &[syn::Item], module_name: &str, name: &str) -> Vec<String> {
    module(items, module_name)
        .iter()
        .filter_map(|i| match i {
            syn::Item::Impl(imp) if imp.trait_.is_none() => Some(imp),
            _ => None,
        })
        .filter(|imp| matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.segments.last().unwrap().ident == name))
        .flat_map(|imp| imp.items.iter())
        .filter_map(|i| match i {
            syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn constraints_leave_the_types_and_stay_in_the_request_schemas() {
    let generated = mutated();
    let client = &generated.client;
    assert!(
        client.contains("pub code: ::std::option::Option<::std::string::String>"),
        "a pattern no longer makes a newtype"
    );
    assert!(client.contains("pub starts_at: ::std::option::Option<::chrono::DateTime"));
    assert!(
        client.contains("pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>"),
        "an optional list of a request can be sent empty"
    );
    let requests = &generated.requests;
    for kept in [
        r#"\"pattern\":\"^[A-Z]{3}$\""#,
        r#"\"maxItems\":3"#,
        r#"\"format\":\"date-time\""#,
    ] {
        assert!(
            requests.contains(kept),
            "{kept} is validated before sending"
        );
    }
}

#[test]
fn every_field_gets_plain_setters_and_a_clashing_name_is_left_to_body_map() {
    let generated = mutated();
    let file: syn::File = syn::parse_str(&generated.client).expect("the output parses");

    let body = methods(&file.items, "types", "CandidateUpdate");
    assert!(body.contains(&"builder".to_owned()));
    let types = module(&file.items, "types");
    let setters = methods(types, "builder", "CandidateUpdate");
    for name in [
        "id",
        "omit_id",
        "code",
        "starts_at",
        "address",
        "tags",
        "phone",
        "clear_phone",
        "omit_phone",
    ] {
        assert!(
            setters.contains(&name.to_owned()),
            "body builder lacks {name}"
        );
    }

    let op = methods(&file.items, "builder", "UpdateCandidate");
    assert_eq!(
        op.iter().filter(|m| *m == "id").count(),
        1,
        "the path parameter keeps `id`"
    );
    assert!(
        !op.contains(&"omit_id".to_owned()),
        "no half of a clashing field"
    );
    for name in [
        "code",
        "starts_at",
        "tags",
        "clear_phone",
        "send",
        "body",
        "body_map",
    ] {
        assert!(
            op.contains(&name.to_owned()),
            "operation builder lacks {name}"
        );
    }
    let nested = methods(types, "builder", "CandidateUpdateAddress");
    assert_eq!(
        nested,
        ["city"],
        "nested request types get plain setters too"
    );
    assert!(
        generated
            .client
            .contains("\"/city: no value supplied (required)\"")
    );
}

#[test]
fn send_returns_the_sdk_error_and_every_sketch_becomes_a_compiled_example() {
    let generated = mutated();
    let client = &generated.client;
    assert!(!client.contains("```ignore"));
    assert!(client.contains("```no_run"));
    assert!(client.contains("# Calling an operation"));
    let sends = client.matches("pub async fn send(").count();
    let classified = client
        .matches("crate::wire::classify(self.send_unclassified()).await")
        .count();
    assert!(sends > 0);
    assert_eq!(sends, classified, "every send() returns crate::Error");
}
