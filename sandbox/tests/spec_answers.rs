//! The sandbox follows the spec it serves: a spec with an operation the sandbox has no stateful
//! handler for gets it answered from the spec (marked, validated), a new scope reaches the keys
//! that hold every scope, and each operation's scopes are the spec's. Today every operation of
//! the pinned spec is stateful, so these tests serve mutated copies of it.

mod common;

use std::sync::Arc;

use common::{Auth, Body, Client, spec};
use serde_json::{Value, json};
use talent_ray_sandbox::{SPEC_ANSWER_HEADER, Sandbox, Spec, spec::pointer_escape};

/// The pinned spec as JSON, to mutate.
fn pinned() -> Value {
    spec().document().clone()
}

async fn serve(doc: &Value) -> (Sandbox, Client, Arc<Spec>) {
    let spec = Arc::new(Spec::from_value(doc.clone()).expect("a valid spec"));
    let sandbox = Sandbox::builder()
        .no_rate_limit()
        .spec(spec.clone())
        .start()
        .await
        .unwrap();
    let client = Client::new(&sandbox);
    (sandbox, client, spec)
}

/// The additive update: a new operation with a new scope and a response without
/// examples.
fn with_list_organizations(mut doc: Value) -> Value {
    doc["paths"]["/api/v1/organizations"] = json!({
        "get": {
            "operationId": "listOrganizations",
            "summary": "List organizations",
            "x-required-scopes": ["organizations:read"],
            "responses": {
                "200": {
                    "description": "Organizations",
                    "content": {"application/json": {"schema": {
                        "type": "object",
                        "required": ["data"],
                        "properties": {
                            "data": {"type": "array", "items": {
                                "type": "object",
                                "required": ["id", "name", "createdAt"],
                                "properties": {
                                    "id": {"type": "string", "minLength": 1},
                                    "name": {"type": "string"},
                                    "createdAt": {"type": "string", "format": "date-time"},
                                    "plan": {"type": "string", "enum": ["free", "pro"]}
                                }
                            }},
                            "next": {"type": ["string", "null"]}
                        }
                    }}}
                },
                "401": {"$ref": "#/components/responses/Unauthorized"},
                "403": {"$ref": "#/components/responses/InsufficientScope"}
            }
        }
    });
    doc
}

#[tokio::test]
async fn a_new_operation_is_answered_from_its_schema_behind_its_new_scope() {
    let (sb, c, spec) = serve(&with_list_organizations(pinned())).await;
    let answered: Vec<String> = sb
        .spec_answered_operations()
        .into_iter()
        .map(|op| op.id)
        .collect();
    assert_eq!(answered, ["listOrganizations"]);

    let employer = &sb.keys().employer;
    let r = c
        .fetch("GET", "/api/v1/organizations", Auth::Bearer(employer), None)
        .await;
    assert_eq!(r.status, 200, "{:?}", r.json());
    assert_eq!(r.header(SPEC_ANSWER_HEADER), Some("schema"));
    assert_eq!(
        r.json(),
        json!({"data": []}),
        "required fields only, no items"
    );
    let op = spec.operation("listOrganizations");
    let wire = r.wire();
    spec.validate(&op, &wire).unwrap();

    // The key that holds every scope holds the new one: `GET /me` lists it.
    let me = c.get("/api/v1/me", employer).await.json();
    assert!(
        me["auth"]["scopes"]
            .as_array()
            .unwrap()
            .contains(&json!("organizations:read")),
        "{me}"
    );
    // A key without it is refused with the spec's scope.
    let r = c
        .fetch(
            "GET",
            "/api/v1/organizations",
            Auth::Bearer(&sb.keys().partial),
            None,
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(r.json()["requiredScopes"], json!(["organizations:read"]));
    assert_eq!(
        r.header(SPEC_ANSWER_HEADER),
        None,
        "refused before the answer"
    );
    let r = c
        .fetch("GET", "/api/v1/organizations", Auth::None, None)
        .await;
    assert_eq!(r.status, 401);
}

/// The `(operationId, JSON pointer of its first 2xx response)` of the first operation whose
/// first 2xx response satisfies `pred` (read from the raw document, not the sandbox's reader).
fn first_operation_whose_success(doc: &Value, pred: impl Fn(&Value) -> bool) -> (String, String) {
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let ok = op["responses"]
                .as_object()
                .unwrap()
                .iter()
                .find(|(status, _)| status.starts_with('2'));
            if let Some((status, response)) = ok
                && pred(response)
            {
                let at = format!(
                    "/paths/{}/{method}/responses/{status}",
                    pointer_escape(path)
                );
                return (id.to_owned(), at);
            }
        }
    }
    panic!("no operation fits")
}

/// Renames an operation so the sandbox has no stateful handler for it.
fn renamed(doc: &mut Value, id: &str) -> String {
    let new = format!("{id}FromSpec");
    for item in doc["paths"].as_object_mut().unwrap().values_mut() {
        for op in item.as_object_mut().unwrap().values_mut() {
            if op.get("operationId") == Some(&json!(id)) {
                op["operationId"] = json!(new);
            }
        }
    }
    new
}

/// A concrete path of the operation and its gate's credential.
fn request_of<'a>(spec: &Spec, sb: &'a Sandbox, id: &str) -> (String, String, Auth<'a>) {
    let op = spec.operation(id);
    let path = op
        .template
        .split('/')
        .map(|s| if s.starts_with('{') { "any-id" } else { s })
        .collect::<Vec<_>>()
        .join("/");
    let auth = if op.public {
        Auth::None
    } else if op.template.starts_with("/api/admin") {
        Auth::Bearer(&sb.keys().admin)
    } else {
        Auth::Bearer(&sb.keys().employer)
    };
    (op.method, path, auth)
}

#[tokio::test]
async fn an_operation_without_a_handler_answers_its_documented_example() {
    let mut doc = pinned();
    let json = pointer_escape("application/json");
    let (id, at) = first_operation_whose_success(&doc, |r| {
        r.pointer(&format!("/content/{json}/examples")).is_some()
    });
    let examples = doc
        .pointer(&format!("{at}/content/{json}/examples"))
        .unwrap()
        .as_object()
        .unwrap();
    let expected = examples.values().next().unwrap()["value"].clone();
    let id = renamed(&mut doc, &id);
    let (sb, c, spec) = serve(&doc).await;
    let (method, path, auth) = request_of(&spec, &sb, &id);
    let r = c
        .fetch(&method, &path, auth, Some(Body::Json(json!({}))))
        .await;
    assert_eq!(r.header(SPEC_ANSWER_HEADER), Some("example"), "{id}");
    assert_eq!(r.json(), expected);
    spec.validate(&spec.operation(&id), &r.wire()).unwrap();
}

#[tokio::test]
async fn an_operation_without_a_handler_or_example_answers_a_minimal_valid_instance() {
    let mut doc = pinned();
    let json = pointer_escape("application/json");
    let (id, _) = first_operation_whose_success(&doc, |r| {
        r.pointer(&format!("/content/{json}/schema")).is_some()
            && r.pointer(&format!("/content/{json}/examples")).is_none()
            && r.pointer(&format!("/content/{json}/example")).is_none()
    });
    let id = renamed(&mut doc, &id);
    let (sb, c, spec) = serve(&doc).await;
    let (method, path, auth) = request_of(&spec, &sb, &id);
    let r = c
        .fetch(&method, &path, auth, Some(Body::Json(json!({}))))
        .await;
    assert_eq!(r.header(SPEC_ANSWER_HEADER), Some("schema"), "{id}");
    assert!(r.json().is_object());
    spec.validate(&spec.operation(&id), &r.wire()).unwrap();
}

#[tokio::test]
async fn an_operation_without_a_handler_or_content_answers_no_body() {
    let mut doc = pinned();
    let (id, _) = first_operation_whose_success(&doc, |r| r.get("content").is_none());
    let id = renamed(&mut doc, &id);
    let (sb, c, spec) = serve(&doc).await;
    let (method, path, auth) = request_of(&spec, &sb, &id);
    let r = c.fetch(&method, &path, auth, None).await;
    assert_eq!(r.header(SPEC_ANSWER_HEADER), Some("no-content"), "{id}");
    assert!(r.bytes.is_empty());
    spec.validate(&spec.operation(&id), &r.wire()).unwrap();
}

#[tokio::test]
async fn an_answer_that_does_not_validate_is_never_served() {
    // A string the generator cannot satisfy (it does not solve patterns).
    let mut doc = with_list_organizations(pinned());
    doc["paths"]["/api/v1/organizations"]["get"]["responses"]["200"]["content"]["application/json"]
        ["schema"] = json!({"type": "string", "minLength": 1, "pattern": "^a+$"});
    let (sb, c, _) = serve(&doc).await;
    let r = c
        .fetch(
            "GET",
            "/api/v1/organizations",
            Auth::Bearer(&sb.keys().employer),
            None,
        )
        .await;
    assert_eq!(r.status, 500);
    assert_eq!(r.header(SPEC_ANSWER_HEADER), Some("unanswerable"));
    let message = r.json()["message"].as_str().unwrap().to_owned();
    assert!(message.contains("does not validate"), "{message}");
}

#[tokio::test]
async fn a_stateful_handler_requires_the_scopes_the_spec_names() {
    // The first scope-gated GET without path parameters; make it require another scope.
    let mut doc = pinned();
    let spec_before = Spec::from_value(doc.clone()).unwrap();
    let op = spec_before
        .operations()
        .iter()
        .find(|op| op.method == "GET" && !op.scopes.is_empty() && !op.template.contains('{'))
        .expect("a scope-gated list")
        .clone();
    let other = spec_before
        .scopes()
        .into_iter()
        .find(|s| !op.scopes.contains(s))
        .expect("another scope");
    doc.pointer_mut(&format!("{}/x-required-scopes", op.pointer()))
        .map(|v| *v = json!([other]))
        .unwrap();
    let (sb, c, spec) = serve(&doc).await;
    let user = &sb.fixtures().employer_user_id;
    let old: Vec<&str> = op.scopes.iter().map(String::as_str).collect();
    let with_old = sb.mint_key(user, &old);
    let with_new = sb.mint_key(user, &[other.as_str()]);

    let r = c
        .fetch("GET", &op.template, Auth::Bearer(&with_old), None)
        .await;
    assert_eq!(r.status, 403, "{}", op.id);
    assert_eq!(r.json()["requiredScopes"], json!([other]));
    let r = c
        .fetch("GET", &op.template, Auth::Bearer(&with_new), None)
        .await;
    assert_eq!(r.status, 200, "{}", op.id);
    assert_eq!(
        r.header(SPEC_ANSWER_HEADER),
        None,
        "the stateful handler answered"
    );
    spec.validate(&spec.operation(&op.id), &r.wire()).unwrap();
}
