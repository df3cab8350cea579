//! Fixtures shared by the xtask tests.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use tempfile::TempDir;
use xtask::{FetchOutcome, LOCK_PATH, Lock, SPEC_PATH, Source};

/// The repository's pinned spec: a valid OpenAPI 3.1 document.
pub fn fixture_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/openapi.json")
}

pub fn fixture_bytes() -> Vec<u8> {
    fs::read(fixture_path()).expect("the repository's pinned spec is readable")
}

pub fn fixture_json() -> Value {
    serde_json::from_slice(&fixture_bytes()).expect("the fixture is JSON")
}

/// A temporary repository root with the fixture pinned in it.
pub fn pinned_root() -> TempDir {
    let root = tempfile::tempdir().unwrap();
    let outcome = xtask::fetch(root.path(), &Source::File(fixture_path())).unwrap();
    assert!(matches!(outcome, FetchOutcome::Pinned(_)), "{outcome:?}");
    root
}

/// Writes `bytes` as a candidate file in a directory of its own.
pub fn candidate(bytes: &[u8]) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("candidate.json");
    fs::write(&path, bytes).unwrap();
    (dir, path)
}

pub fn to_bytes(doc: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(doc).unwrap()
}

pub fn spec(root: &Path) -> Vec<u8> {
    fs::read(root.join(SPEC_PATH)).unwrap()
}

pub fn lock_bytes(root: &Path) -> Vec<u8> {
    fs::read(root.join(LOCK_PATH)).unwrap()
}

pub fn lock(root: &Path) -> Lock {
    serde_json::from_slice(&lock_bytes(root)).unwrap()
}

/// Sorted names in `root/openapi`, to catch stray temporary files.
pub fn openapi_dir_entries(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(root.join("openapi"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The name of the first component schema that has properties.
pub fn first_object_schema(doc: &Value) -> String {
    doc["components"]["schemas"]
        .as_object()
        .unwrap()
        .iter()
        .find(|(_, schema)| schema.get("properties").is_some())
        .map(|(name, _)| name.clone())
        .expect("the fixture has an object schema")
}

// ---------------------------------------------------------------------------------------------
// Finders and mutations of the pinned spec, for the diff and regen tests. They find their
// targets by walking the spec, so a newer pinned spec still gives them something to mutate.

pub use xtask::METHODS;

/// Escapes one JSON pointer segment.
pub fn esc(segment: &str) -> String {
    xtask::pointer_escape(segment)
}

/// Every operation: (operationId, JSON pointer of the operation object).
pub fn operations(doc: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in METHODS {
            if let Some(op) = item.get(method) {
                let id = op["operationId"].as_str().unwrap().to_owned();
                out.push((id, format!("/paths/{}/{method}", esc(path))));
            }
        }
    }
    out
}

/// Component schema names `$ref`erenced from `value`, transitively.
pub fn reachable(doc: &Value, value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(obj) => {
            if let Some(name) = obj
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/schemas/"))
                && out.insert(name.to_owned())
            {
                reachable(doc, &doc["components"]["schemas"][name], out);
            }
            for v in obj.values() {
                reachable(doc, v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| reachable(doc, v, out)),
        _ => {}
    }
}

/// Component schemas reachable from request bodies and parameters, and from responses.
pub fn directions(doc: &Value) -> (BTreeSet<String>, BTreeSet<String>) {
    let (mut request, mut response) = (BTreeSet::new(), BTreeSet::new());
    for (_, at) in operations(doc) {
        let op = doc.pointer(&at).unwrap();
        for key in ["requestBody", "parameters"] {
            if let Some(v) = op.get(key) {
                reachable(doc, v, &mut request);
            }
        }
        if let Some(v) = op.get("responses") {
            reachable(doc, v, &mut response);
        }
    }
    (request, response)
}

/// Component schemas with properties that only responses (`responses = true`) or only
/// requests use, in document order.
fn one_direction_objects(doc: &Value, responses: bool) -> Vec<String> {
    let (request, response) = directions(doc);
    let (used, unused) = if responses {
        (response, request)
    } else {
        (request, response)
    };
    doc["components"]["schemas"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(name, s)| {
            used.contains(*name) && !unused.contains(*name) && s.get("properties").is_some()
        })
        .map(|(name, _)| name.clone())
        .collect()
}

/// Component schemas only responses use, with properties, in document order.
pub fn response_only_objects(doc: &Value) -> Vec<String> {
    one_direction_objects(doc, true)
}

/// Component schemas only requests use, with properties, in document order.
pub fn request_only_objects(doc: &Value) -> Vec<String> {
    one_direction_objects(doc, false)
}

/// The path and method of the operation at pointer `at` (`/paths/{escaped path}/{method}`).
pub fn path_and_method(at: &str) -> (String, String) {
    let (path, method) = at
        .strip_prefix("/paths/")
        .unwrap()
        .rsplit_once('/')
        .unwrap();
    (
        path.replace("~1", "/").replace("~0", "~"),
        method.to_owned(),
    )
}

/// Removes the operation at pointer `at`.
pub fn remove_operation(doc: &mut Value, at: &str) {
    let (path, method) = path_and_method(at);
    doc["paths"][&path].as_object_mut().unwrap().remove(&method);
}

/// Moves the operation at `at` to `path` under `method`.
pub fn move_operation(doc: &mut Value, at: &str, path: &str, method: &str) {
    let op = doc.pointer(at).unwrap().clone();
    remove_operation(doc, at);
    match doc["paths"].get_mut(path) {
        Some(item) => item[method] = op,
        None => doc["paths"][path] = serde_json::json!({ method: op }),
    }
}

/// Appends `param` to the parameters of the operation at `at`.
pub fn add_parameter(doc: &mut Value, at: &str, param: Value) {
    let op = doc.pointer_mut(at).unwrap();
    if op.get("parameters").is_none() {
        op["parameters"] = serde_json::json!([]);
    }
    op["parameters"].as_array_mut().unwrap().push(param);
}

/// Adds `name` to a schema's `required` list.
pub fn make_required(schema: &mut Value, name: &str) {
    match schema.get_mut("required").and_then(Value::as_array_mut) {
        Some(required) => required.push(name.into()),
        None => schema["required"] = serde_json::json!([name]),
    }
}

/// Removes property `name` from a schema, and from its `required` list.
pub fn remove_property(schema: &mut Value, name: &str) {
    schema["properties"].as_object_mut().unwrap().remove(name);
    if let Some(required) = schema.get_mut("required").and_then(Value::as_array_mut) {
        required.retain(|r| r != name);
    }
}

/// Changes a numeric bound of the parameter schema at `at` by `delta`.
pub fn shift_bound(doc: &mut Value, at: &str, key: &str, delta: i64) {
    let schema = doc.pointer_mut(at).unwrap();
    let value = schema[key].as_i64().unwrap();
    schema[key] = (value + delta).into();
}

/// The first (schema, property) of `schemas` whose property satisfies `pred`.
pub fn find_property(
    doc: &Value,
    schemas: &[String],
    pred: impl Fn(&Value) -> bool,
) -> (String, String) {
    schemas
        .iter()
        .find_map(|name| {
            doc["components"]["schemas"][name]["properties"]
                .as_object()
                .unwrap()
                .iter()
                .find(|(_, p)| pred(p))
                .map(|(prop, _)| (name.clone(), prop.clone()))
        })
        .expect("the pinned spec has such a property")
}

/// The pointer of the first schema with an `enum` among the component schemas only responses
/// use (the component itself or one of its properties).
pub fn response_enum(doc: &Value) -> String {
    let (request, response) = directions(doc);
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        if !response.contains(name) || request.contains(name) {
            continue;
        }
        let at = format!("/components/schemas/{}", esc(name));
        if schema.get("enum").is_some() {
            return at;
        }
        for (prop, p) in schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if p.get("enum").is_some() {
                return format!("{at}/properties/{}", esc(prop));
            }
        }
    }
    panic!("the pinned spec has no response-only enum")
}

/// A string that is none of `values`.
pub fn value_outside(values: &Value) -> String {
    let listed: Vec<&str> = values
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    (0..)
        .map(|i| format!("xtask_new_value_{i}"))
        .find(|v| !listed.contains(&v.as_str()))
        .unwrap()
}

/// (operation pointer, parameter index) of the first optional query parameter whose schema
/// has `key`.
pub fn query_param_with(doc: &Value, key: &str) -> (String, usize, String) {
    for (id, at) in operations(doc) {
        let op = doc.pointer(&at).unwrap();
        for (i, p) in op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            if p.get("$ref").is_none()
                && p["in"] == "query"
                && p["required"] != true
                && p["schema"].get(key).is_some()
            {
                return (at, i, id);
            }
        }
    }
    panic!("no optional query parameter with {key}")
}

/// The first authenticated GET operation: (operationId, pointer).
pub fn first_authenticated_get(doc: &Value) -> (String, String) {
    operations(doc)
        .into_iter()
        .find(|(_, at)| {
            at.ends_with("/get")
                && doc.pointer(&format!("{at}/security")) != Some(&serde_json::json!([]))
        })
        .expect("an authenticated GET")
}

/// The operation [`additive_update`] adds to a document: `listOrganizations` at
/// `GET /api/v1/organizations` with the scope `organizations:read`, or the same names with the
/// first numeric suffix the document does not use yet (so the update stays additive when the
/// pinned spec already went through it, as in the end-to-end regen check's scratch copy).
pub struct Addition {
    /// Its `operationId`.
    pub operation: String,
    /// Its path.
    pub path: String,
    /// The scope it requires, new to the taxonomy.
    pub scope: String,
    /// The suffix of its tag and schema names.
    pub suffix: String,
}

/// The [`Addition`] for `doc`.
pub fn addition(doc: &Value) -> Addition {
    let ids: Vec<String> = operations(doc).into_iter().map(|(id, _)| id).collect();
    let text = doc.to_string();
    let suffix = unused("", |s| {
        ids.contains(&format!("listOrganizations{s}"))
            || doc["paths"]
                .get(format!("/api/v1/organizations{s}"))
                .is_some()
            || text.contains(&format!("organizations{s}:read"))
    });
    Addition {
        operation: format!("listOrganizations{suffix}"),
        path: format!("/api/v1/organizations{suffix}"),
        scope: format!("organizations{suffix}:read"),
        suffix,
    }
}

/// A name starting with `stem` that `taken` does not contain.
fn unused(stem: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|i: u32| {
            if i == 1 {
                stem.to_owned()
            } else {
                format!("{stem}{i}")
            }
        })
        .find(|name| !taken(name))
        .unwrap()
}

/// An additive-only update, as a vendor would publish it: a new operation (its [`addition`]:
/// `listOrganizations`, `GET /api/v1/organizations`, paged like the other lists) with a new
/// scope, a new tag and schemas, and no examples anywhere in its response; a new optional
/// response field; a new value in a response enum; a new optional query parameter; a new
/// `info.version`.
pub fn additive_update(doc: &Value) -> Value {
    let added = addition(doc);
    let (tag, item, list) = (
        format!("Organizations{}", added.suffix),
        format!("Organization{}", added.suffix),
        format!("OrganizationList{}", added.suffix),
    );
    let mut doc = doc.clone();
    let paging: Vec<Value> = ["Page", "PageSize"]
        .iter()
        .filter(|name| doc["components"]["parameters"].get(**name).is_some())
        .map(|name| serde_json::json!({"$ref": format!("#/components/parameters/{name}")}))
        .collect();
    let shared: serde_json::Map<String, Value> = [
        "Unauthorized",
        "InsufficientScope",
        "RateLimited",
        "InternalError",
    ]
    .iter()
    .zip(["401", "403", "429", "500"])
    .filter(|(name, _)| doc["components"]["responses"].get(**name).is_some())
    .map(|(name, status)| {
        (
            status.to_owned(),
            serde_json::json!({"$ref": format!("#/components/responses/{name}")}),
        )
    })
    .collect();
    let mut responses = serde_json::json!({
        "200": {
            "description": "Success.",
            "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{list}")}}}
        }
    });
    responses.as_object_mut().unwrap().extend(shared);
    doc["paths"][&added.path] = serde_json::json!({
        "get": {
            "tags": [tag],
            "operationId": added.operation,
            "summary": "List organizations",
            "description": format!("Lists the organizations the key's owner belongs to. Required scope: `{}`.", added.scope),
            "parameters": paging,
            "responses": responses,
            "x-required-scopes": [added.scope]
        }
    });
    if let Some(tags) = doc["tags"].as_array_mut() {
        tags.push(serde_json::json!({
            "name": tag,
            "description": format!("Organizations the key's owner belongs to. Scope `{}`.", added.scope)
        }));
    }
    let pagination = if doc["components"]["schemas"]
        .get("OffsetPagination")
        .is_some()
    {
        serde_json::json!({"$ref": "#/components/schemas/OffsetPagination"})
    } else {
        serde_json::json!({"type": "object"})
    };
    doc["components"]["schemas"][&item] = serde_json::json!({
        "type": "object",
        "description": "An organization.",
        "required": ["id", "name", "slug", "createdAt"],
        "properties": {
            "id": {"type": "string", "description": "Organization id."},
            "name": {"type": "string", "description": "Display name."},
            "slug": {"type": "string", "description": "Career-portal slug."},
            "createdAt": {"type": "string", "format": "date-time", "description": "Creation time (UTC)."}
        }
    });
    doc["components"]["schemas"][&list] = serde_json::json!({
        "type": "object",
        "description": "A page of organizations.",
        "required": ["data", "pagination"],
        "properties": {
            "data": {"type": "array", "items": {"$ref": format!("#/components/schemas/{item}")}},
            "pagination": pagination
        }
    });

    let object = response_only_objects(&doc)[0].clone();
    let properties = &mut doc["components"]["schemas"][&object]["properties"];
    let field = unused("xtaskAddedField", |name| properties.get(name).is_some());
    properties[field] =
        serde_json::json!({"type": ["string", "null"], "description": "Added by the test."});

    let enum_at = format!("{}/enum", response_enum(&doc));
    let values = doc.pointer(&enum_at).unwrap().clone();
    let new_value = value_outside(&values);
    doc.pointer_mut(&enum_at)
        .unwrap()
        .as_array_mut()
        .unwrap()
        .push(new_value.into());

    let (at, _, _) = query_param_with(&doc, "type");
    let listed = doc.pointer(&format!("{at}/parameters")).cloned();
    let filter = unused("xtaskFilter", |name| {
        listed
            .as_ref()
            .and_then(Value::as_array)
            .is_some_and(|ps| ps.iter().any(|p| p["name"] == name))
    });
    add_parameter(
        &mut doc,
        &at,
        serde_json::json!({
            "name": filter, "in": "query", "required": false,
            "description": "Added by the test.", "schema": {"type": "string"}
        }),
    );
    let version = doc["info"]["version"].as_str().unwrap().to_owned();
    doc["info"]["version"] = format!("{version}-additive").into();
    doc
}

/// A breaking update: an operation removed, a response field removed, an optional query
/// parameter turned required and its `maximum` lowered.
pub fn breaking_update(doc: &Value) -> Value {
    let mut doc = doc.clone();
    let (_, at) = operations(&doc).last().unwrap().clone();
    remove_operation(&mut doc, &at);

    // A scalar field, searched from the end: the error envelopes (which the handwritten layer
    // reads) come first, and list envelopes' `data`/`pagination` drive the paging glue.
    let (object, prop) = response_only_objects(&doc)
        .iter()
        .rev()
        .find_map(|name| {
            let props = doc["components"]["schemas"][name]["properties"].as_object()?;
            props
                .iter()
                .rev()
                .find(|(_, p)| {
                    ["string", "integer", "boolean", "number"]
                        .iter()
                        .any(|t| p["type"] == *t)
                })
                .map(|(prop, _)| (name.clone(), prop.clone()))
        })
        .expect("a scalar response field");
    remove_property(&mut doc["components"]["schemas"][&object], &prop);

    let (at, i, _) = query_param_with(&doc, "maximum");
    let param = format!("{at}/parameters/{i}");
    doc.pointer_mut(&param).unwrap()["required"] = true.into();
    let max = doc
        .pointer(&format!("{param}/schema/maximum"))
        .unwrap()
        .as_i64()
        .unwrap();
    shift_bound(&mut doc, &format!("{param}/schema"), "maximum", -(max / 2));
    doc
}
