//! Normalisations of the downgraded (3.0) document that progenitor and forward compatibility need.
//!
//! - progenitor asserts that all error responses of an operation share one type, and likewise all
//!   success responses (`default` counting as both). Error responses are unified; differing
//!   success types are refused with a pointer.
//! - Upstream promises additive changes only, so `additionalProperties: false` (which would become
//!   `deny_unknown_fields`) is dropped, and every inline string enum is hoisted to a named
//!   component so the generator can replace it with an open enum that keeps unknown values.

use std::collections::BTreeSet;

use heck::ToUpperCamelCase;
use serde_json::{Map, Value, json};

use crate::Error;
use crate::downgrade::METHODS;
use crate::pointer::Pointer;
use crate::resolve::follow;

/// The component every API-key-valued string is moved to; the SDK maps it to its redacting
/// `ApiKey` type so a minted key never shows in `Debug` output.
pub const SECRET_KEY_SCHEMA: &str = "ApiKeySecret";

/// Applies every normalisation; returns the names of the string-enum component schemas.
pub fn normalize(doc: &mut Value) -> Result<Normalized, Error> {
    unify_response_types(doc)?;
    drop_closed_objects(doc);
    hoist_secret_keys(doc);
    let enum_properties = hoist_inline_enums(doc);
    let enums = string_enum_components(doc);
    let mut replacements = tri_state_request_fields(doc);
    let request_types = plain_request_types(doc);
    if doc
        .pointer(&format!("/components/schemas/{SECRET_KEY_SCHEMA}"))
        .is_some()
    {
        replacements.push((SECRET_KEY_SCHEMA.to_owned(), "crate::ApiKey".to_owned()));
    }
    Ok(Normalized {
        enums,
        enum_properties,
        replacements,
        request_types,
    })
}

/// What the generator must know about the normalised document.
#[derive(Debug, Default, PartialEq)]
pub struct Normalized {
    /// String-enum component schemas, to be generated as open enums.
    pub enums: Vec<String>,
    /// Each string enum hoisted from an object property.
    pub enum_properties: Vec<HoistedEnum>,
    /// Component schemas to replace with a handwritten SDK type: (schema name, Rust type).
    pub replacements: Vec<(String, String)>,
    /// Component schemas reachable from a request body (their constraints were stripped, see
    /// [`VALIDATION_KEYWORDS`]); their builders get plain-value setters.
    pub request_types: Vec<String>,
}

/// A string enum hoisted from a property of a component schema (at any depth).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoistedEnum {
    /// The enum's new component schema (`RoleUpdateWorkType`).
    pub name: String,
    /// The component schema it was found in (`RoleUpdate`).
    pub component: String,
    /// The property it is the value of, as the spec spells it (`workType`).
    pub property: String,
}

/// Keywords stripped from request-body schemas before generation, so the generated request types
/// hold plain `String`s and numbers instead of constrained newtypes; the SDK enforces them before
/// sending by validating the request against the spec itself. `default` goes too: a field the
/// caller leaves out is left out, and the server applies its documented default.
pub const VALIDATION_KEYWORDS: &[&str] = &[
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "default",
];

/// Strips [`VALIDATION_KEYWORDS`] from every schema a request body reaches (following `$ref`s)
/// and returns the component schemas it reached.
fn plain_request_types(doc: &mut Value) -> Vec<String> {
    let mut pending: Vec<String> = Vec::new();
    for (_, _, op) in operations_mut(doc) {
        let Some(content) = op
            .get_mut("requestBody")
            .and_then(|b| b.get_mut("content"))
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        for media in content.values_mut() {
            if let Some(schema) = media.get_mut("schema") {
                strip_validation(schema, &mut pending);
            }
        }
    }
    let mut reached = BTreeSet::new();
    while let Some(name) = pending.pop() {
        if !reached.insert(name.clone()) {
            continue;
        }
        if let Some(schema) = doc
            .pointer_mut("/components/schemas")
            .and_then(|s| s.get_mut(&name))
        {
            strip_validation(schema, &mut pending);
        }
    }
    reached.into_iter().collect()
}

/// Removes the validation keywords below `schema`, collecting the component schemas it refers to.
fn strip_validation(schema: &mut Value, refs: &mut Vec<String>) {
    each_schema(schema, &mut |obj| {
        for keyword in VALIDATION_KEYWORDS {
            obj.remove(*keyword);
        }
        if let Some(name) = obj
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
        {
            refs.push(name.to_owned());
        }
    });
}

/// Nullable fields of request bodies get three states (absent, `null`, a value): each becomes a
/// `$ref` to a `Nullable…` component that the SDK maps to `crate::Nullable<T>`, so a PATCH can
/// clear a field instead of only leaving it out.
fn tri_state_request_fields(doc: &mut Value) -> Vec<(String, String)> {
    let mut bodies = BTreeSet::new();
    for (_, _, op) in operations_mut(doc) {
        let schema = op
            .get("requestBody")
            .and_then(|b| b.pointer("/content/application~1json/schema"));
        let name = schema
            .and_then(|s| s.get("$ref"))
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/schemas/"));
        if let Some(name) = name {
            bodies.insert(name.to_owned());
        }
    }
    let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    else {
        return Vec::new();
    };
    let enums: BTreeSet<String> = schemas
        .iter()
        .filter(|(_, s)| s.as_object().is_some_and(is_string_enum))
        .map(|(n, _)| n.clone())
        .collect();
    let mut wrappers: Vec<(String, String)> = Vec::new();
    for body in &bodies {
        let Some(props) = schemas
            .get_mut(body)
            .and_then(|s| s.get_mut("properties"))
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        for prop in props.values_mut() {
            let Some(obj) = prop
                .as_object_mut()
                .filter(|o| o.get("nullable") == Some(&Value::Bool(true)))
            else {
                continue;
            };
            let inner = match (
                obj.get("type").and_then(Value::as_str),
                obj.get("enum"),
                obj.get("allOf"),
            ) {
                (Some("string"), None, None) => {
                    Some(("String".to_owned(), "::std::string::String".to_owned()))
                }
                (Some("integer"), None, None) => Some(("Integer".to_owned(), "i64".to_owned())),
                (Some("number"), None, None) => Some(("Number".to_owned(), "f64".to_owned())),
                (Some("boolean"), None, None) => Some(("Boolean".to_owned(), "bool".to_owned())),
                (None, None, Some(Value::Array(list))) if list.len() == 1 => list[0]
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/components/schemas/"))
                    .filter(|name| enums.contains(*name))
                    .map(|name| {
                        (
                            name.to_upper_camel_case(),
                            format!("crate::types::{}", name.to_upper_camel_case()),
                        )
                    }),
                _ => None,
            };
            let Some((suffix, rust)) = inner else {
                continue;
            };
            let component = format!("Nullable{suffix}");
            let mut reference = Map::new();
            if let Some(d) = obj.get("description") {
                reference.insert("description".into(), d.clone());
            }
            reference.insert(
                "allOf".into(),
                json!([{ "$ref": format!("#/components/schemas/{component}") }]),
            );
            *obj = reference;
            if !wrappers.iter().any(|(c, _)| c == &component) {
                wrappers.push((component, format!("crate::Nullable<{rust}>")));
            }
        }
    }
    for (component, _) in &wrappers {
        schemas.entry(component.clone()).or_insert_with(
            || json!({"description": "A field a request can set, clear (`null`) or leave out."}),
        );
    }
    wrappers
}

/// String schemas whose `pattern` says they hold an API key (`^tr_`) become `$ref`s to
/// [`SECRET_KEY_SCHEMA`].
fn hoist_secret_keys(doc: &mut Value) {
    let mut found: Option<Map<String, Value>> = None;
    all_schemas(doc, &mut |schema| {
        let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) else {
            return;
        };
        for prop in props.values_mut() {
            let is_key = prop.get("type").and_then(Value::as_str) == Some("string")
                && prop
                    .get("pattern")
                    .and_then(Value::as_str)
                    .is_some_and(|p| p.starts_with("^tr_"));
            if is_key {
                let mut reference = Map::new();
                if let Some(d) = prop.get("description") {
                    reference.insert("description".into(), d.clone());
                }
                reference.insert(
                    "allOf".into(),
                    json!([{ "$ref": format!("#/components/schemas/{SECRET_KEY_SCHEMA}") }]),
                );
                let original = std::mem::replace(prop, Value::Object(reference));
                found.get_or_insert_with(|| {
                    let mut schema = original.as_object().cloned().unwrap_or_default();
                    schema.remove("description");
                    schema.insert("description".into(), json!("A Talent-Ray API key."));
                    schema
                });
            }
        }
    });
    if let (Some(schema), Some(schemas)) = (
        found,
        doc.pointer_mut("/components/schemas")
            .and_then(Value::as_object_mut),
    ) {
        schemas
            .entry(SECRET_KEY_SCHEMA)
            .or_insert(Value::Object(schema));
    }
}

fn operations_mut(
    doc: &mut Value,
) -> impl Iterator<Item = (String, &str, &mut Map<String, Value>)> {
    doc.get_mut("paths")
        .and_then(Value::as_object_mut)
        .into_iter()
        .flat_map(|paths| paths.iter_mut())
        .flat_map(|(path, item)| {
            let path = path.clone();
            item.as_object_mut()
                .into_iter()
                .flat_map(|item| item.iter_mut())
                .filter_map(move |(method, op)| {
                    let method = METHODS.iter().find(|m| **m == method)?;
                    Some((path.clone(), *method, op.as_object_mut()?))
                })
        })
}

/// The JSON schema of a response's `application/json` body, resolving a response `$ref`.
/// `root` holds the document's `components`.
fn response_schema(root: &Value, response: &Value) -> Option<Value> {
    let response = follow(root, response);
    let content = response.get("content")?.as_object()?;
    let (_, media) = content.iter().find(|(ty, _)| ty.contains("json"))?;
    media.get("schema").cloned()
}

fn unify_response_types(doc: &mut Value) -> Result<(), Error> {
    let components = json!({ "components": doc.get("components") });
    for (path, method, op) in operations_mut(doc) {
        let at = Pointer::root()
            .push("paths")
            .push(&path)
            .push(method)
            .push("responses");
        let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
            continue;
        };
        if responses.len() > 1 {
            responses.remove("default");
        }

        let success: BTreeSet<String> = responses
            .iter()
            .filter(|(code, _)| code.starts_with('2'))
            .map(|(_, r)| response_schema(&components, r).map_or("none".into(), |s| s.to_string()))
            .collect();
        if success.len() > 1 {
            return Err(Error::unsupported(
                &at,
                "success responses with different body types (progenitor needs one)",
            ));
        }

        let errors: Vec<&String> = responses
            .keys()
            .filter(|c| c.starts_with(['4', '5']))
            .collect();
        let typed: BTreeSet<String> = errors
            .iter()
            .filter_map(|code| response_schema(&components, &responses[code.as_str()]))
            .map(|s| s.to_string())
            .collect();
        let unified = match typed.len() {
            0 => continue,
            1 => serde_json::from_str(typed.first().expect("one")).expect("round trip"),
            // Different error bodies: decode them all as plain JSON and let the SDK classify.
            _ => json!({}),
        };
        let codes: Vec<String> = errors.into_iter().cloned().collect();
        for code in codes {
            let current = response_schema(&components, &responses[&code]);
            if current.as_ref() != Some(&unified) {
                let description = responses[&code]
                    .get("description")
                    .cloned()
                    .unwrap_or_else(|| json!("Error."));
                responses.insert(
                    code,
                    json!({"description": description, "content": {"application/json": {"schema": unified}}}),
                );
            }
        }
    }
    Ok(())
}

/// Visits every schema object below `value` (including itself), depth first.
fn each_schema(value: &mut Value, visit: &mut dyn FnMut(&mut Map<String, Value>)) {
    let Value::Object(obj) = value else { return };
    for field in ["items", "additionalProperties", "not"] {
        if let Some(sub) = obj.get_mut(field) {
            each_schema(sub, visit);
        }
    }
    if let Some(props) = obj.get_mut("properties").and_then(Value::as_object_mut) {
        props.values_mut().for_each(|s| each_schema(s, visit));
    }
    for field in ["allOf", "oneOf", "anyOf"] {
        if let Some(list) = obj.get_mut(field).and_then(Value::as_array_mut) {
            list.iter_mut().for_each(|s| each_schema(s, visit));
        }
    }
    visit(obj);
}

/// Visits every schema in the document: component schemas and operation/media-type schemas.
fn all_schemas(doc: &mut Value, visit: &mut dyn FnMut(&mut Map<String, Value>)) {
    fn walk(value: &mut Value, visit: &mut dyn FnMut(&mut Map<String, Value>)) {
        match value {
            Value::Object(obj) => {
                if let Some(schema) = obj.get_mut("schema") {
                    each_schema(schema, visit);
                }
                for (k, v) in obj.iter_mut() {
                    if k != "schema" && k != "examples" && k != "example" {
                        walk(v, visit);
                    }
                }
            }
            Value::Array(list) => list.iter_mut().for_each(|v| walk(v, visit)),
            _ => {}
        }
    }
    if let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        schemas.values_mut().for_each(|s| each_schema(s, visit));
    }
    for field in ["paths", "components"] {
        if let Some(v) = doc.get_mut(field) {
            if field == "components" {
                for (k, v) in v.as_object_mut().into_iter().flatten() {
                    if k != "schemas" {
                        walk(v, visit);
                    }
                }
            } else {
                walk(v, visit);
            }
        }
    }
}

fn drop_closed_objects(doc: &mut Value) {
    all_schemas(doc, &mut |schema| {
        if schema.get("additionalProperties") == Some(&Value::Bool(false)) {
            schema.remove("additionalProperties");
        }
    });
}

fn is_string_enum(schema: &Map<String, Value>) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("string")
        && schema
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|values| !values.is_empty() && values.iter().all(Value::is_string))
}

/// Moves inline string enums of component schemas' properties into named components
/// (`{Parent}{Property}`), referenced with `allOf` so `nullable` and docs stay on the property.
/// Returns each enum hoisted from a property.
fn hoist_inline_enums(doc: &mut Value) -> Vec<HoistedEnum> {
    let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    else {
        return Vec::new();
    };
    let mut taken: BTreeSet<String> = schemas.keys().map(|k| k.to_upper_camel_case()).collect();
    let mut hoisted = Vec::new();
    for (name, schema) in schemas.iter_mut() {
        let mut found = Vec::new();
        hoist_within(name, schema, &mut taken, &mut found);
        hoisted.extend(found.into_iter().map(|(n, p, s)| (name.clone(), n, p, s)));
    }
    let mut properties = Vec::new();
    for (component, name, property, schema) in hoisted {
        if let Some(property) = property {
            properties.push(HoistedEnum {
                name: name.clone(),
                component,
                property,
            });
        }
        schemas.insert(name, schema);
    }
    properties
}

/// Hoists every inline string enum below `schema` (properties, array items, map values and
/// combinator members), naming each after its place: `{Parent}{Property}`, `…Item`, `…Value`,
/// `…Variant{n}`. A name already taken gets a numeric suffix, never replaces another schema.
fn hoist_within(
    parent: &str,
    schema: &mut Value,
    taken: &mut BTreeSet<String>,
    hoisted: &mut Vec<(String, Option<String>, Value)>,
) {
    let Value::Object(obj) = schema else { return };
    // (name, the property it is the value of, schema)
    let mut children: Vec<(String, Option<String>, &mut Value)> = Vec::new();
    for (key, value) in obj.iter_mut() {
        match (key.as_str(), value) {
            ("properties", Value::Object(props)) => {
                for (prop, sub) in props.iter_mut() {
                    let name = format!("{parent}{}", prop.to_upper_camel_case());
                    children.push((name, Some(prop.clone()), sub));
                }
            }
            ("items", sub @ Value::Object(_)) => {
                children.push((format!("{parent}Item"), None, sub))
            }
            ("additionalProperties", sub @ Value::Object(_)) => {
                children.push((format!("{parent}Value"), None, sub))
            }
            ("allOf" | "oneOf" | "anyOf", Value::Array(list)) => {
                for (i, sub) in list.iter_mut().enumerate() {
                    children.push((format!("{parent}Variant{i}"), None, sub));
                }
            }
            _ => {}
        }
    }
    for (name, property, sub) in children {
        match sub {
            Value::Object(child) if is_string_enum(child) => {
                let name = unique(name, taken);
                let mut named = Map::new();
                for field in ["type", "enum", "description"] {
                    if let Some(v) = child.get(field) {
                        named.insert(field.into(), v.clone());
                    }
                }
                let mut reference = Map::new();
                for field in ["description", "nullable", "default", "example"] {
                    if let Some(v) = child.get(field) {
                        reference.insert(field.into(), v.clone());
                    }
                }
                reference.insert(
                    "allOf".into(),
                    json!([{ "$ref": format!("#/components/schemas/{name}") }]),
                );
                hoisted.push((name, property, Value::Object(named)));
                *child = reference;
            }
            other => hoist_within(&name, other, taken, hoisted),
        }
    }
}

/// `name`, or `name2`, `name3`, … : the first whose Rust type name is free.
fn unique(name: String, taken: &mut BTreeSet<String>) -> String {
    let mut candidate = name.clone();
    let mut n = 2;
    while !taken.insert(candidate.to_upper_camel_case()) {
        candidate = format!("{name}{n}");
        n += 1;
    }
    candidate
}

fn string_enum_components(doc: &Value) -> Vec<String> {
    doc.pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(_, s)| s.as_object().is_some_and(is_string_enum))
        .map(|(name, _)| name.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc_with_responses(responses: Value) -> Value {
        json!({
            "openapi": "3.0.3",
            "paths": {"/x": {"get": {"operationId": "getX", "responses": responses}}},
            "components": {
                "schemas": {"A": {"type": "object"}, "B": {"type": "object"}},
                "responses": {"NotFound": {"description": "nf", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}
            }
        })
    }

    fn body(doc: &Value, code: &str) -> Value {
        response_schema(doc, &doc["paths"]["/x"]["get"]["responses"][code]).unwrap_or(json!("none"))
    }

    #[test]
    fn error_responses_without_a_body_get_the_shared_error_type() {
        let mut doc = doc_with_responses(json!({
            "200": {"description": "ok"},
            "404": {"$ref": "#/components/responses/NotFound"},
            "500": {"description": "boom"}
        }));
        normalize(&mut doc).unwrap();
        assert_eq!(body(&doc, "500"), json!({"$ref": "#/components/schemas/A"}));
        assert_eq!(body(&doc, "404"), json!({"$ref": "#/components/schemas/A"}));
    }

    #[test]
    fn differing_error_types_become_plain_json() {
        let ref_b = json!({"description": "b", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/B"}}}});
        let mut doc = doc_with_responses(
            json!({"200": {"description": "ok"}, "404": {"$ref": "#/components/responses/NotFound"}, "429": ref_b}),
        );
        normalize(&mut doc).unwrap();
        assert_eq!(body(&doc, "404"), json!({}));
        assert_eq!(body(&doc, "429"), json!({}));
    }

    #[test]
    fn default_response_is_dropped_beside_others_and_mixed_success_refused() {
        let mut doc = doc_with_responses(
            json!({"200": {"description": "ok"}, "default": {"description": "d"}}),
        );
        normalize(&mut doc).unwrap();
        assert!(
            doc["paths"]["/x"]["get"]["responses"]
                .get("default")
                .is_none()
        );

        let typed = json!({"description": "a", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}});
        let mut doc = doc_with_responses(json!({"200": typed, "204": {"description": "none"}}));
        let err = normalize(&mut doc).unwrap_err().to_string();
        assert!(err.contains("/paths/~1x/get/responses"), "{err}");
    }

    #[test]
    fn api_key_strings_are_moved_to_the_secret_schema() {
        let mut doc = json!({"components": {"schemas": {"Created": {"type": "object", "properties": {
            "key": {"type": "string", "pattern": "^tr_", "description": "the key"},
            "start": {"type": "string"}
        }}}}});
        normalize(&mut doc).unwrap();
        let props = &doc["components"]["schemas"]["Created"]["properties"];
        assert_eq!(
            props["key"],
            json!({"description": "the key", "allOf": [{"$ref": "#/components/schemas/ApiKeySecret"}]})
        );
        assert_eq!(props["start"], json!({"type": "string"}));
        assert_eq!(
            doc["components"]["schemas"]["ApiKeySecret"]["pattern"],
            "^tr_"
        );
    }

    #[test]
    fn enums_in_arrays_maps_and_combinators_are_hoisted_without_clobbering() {
        let mut doc = json!({"components": {"schemas": {
            "JobStatus": {"type": "object"},
            "Job": {"type": "object", "properties": {
                "status": {"type": "string", "enum": ["open"]},
                "tags": {"type": "array", "items": {"type": "string", "enum": ["a"]}},
                "scores": {"type": "object", "additionalProperties": {"type": "string", "enum": ["b"]}},
                "kind": {"oneOf": [{"type": "string", "enum": ["c"]}, {"type": "integer"}]}
            }}
        }}});
        let enums = normalize(&mut doc).unwrap().enums;
        assert_eq!(
            enums,
            [
                "JobStatus2",
                "JobTagsItem",
                "JobScoresValue",
                "JobKindVariant0"
            ]
        );
        let schemas = &doc["components"]["schemas"];
        assert_eq!(
            schemas["JobStatus"],
            json!({"type": "object"}),
            "an existing schema is never replaced"
        );
        assert_eq!(
            schemas["Job"]["properties"]["status"]["allOf"][0]["$ref"],
            "#/components/schemas/JobStatus2"
        );
        assert_eq!(
            schemas["Job"]["properties"]["tags"]["items"]["allOf"][0]["$ref"],
            "#/components/schemas/JobTagsItem"
        );
    }

    #[test]
    fn nullable_request_fields_become_tri_state() {
        let mut doc = json!({
            "paths": {"/x/{id}": {"patch": {"operationId": "patchX", "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/XUpdate"}}}}, "responses": {"200": {"description": "ok"}}}}},
            "components": {"schemas": {
                "XUpdate": {"type": "object", "properties": {
                    "email": {"type": "string", "nullable": true, "description": "e"},
                    "count": {"type": "integer", "nullable": true},
                    "kind": {"type": "string", "enum": ["a"], "nullable": true},
                    "name": {"type": "string"}
                }},
                "X": {"type": "object", "properties": {"email": {"type": "string", "nullable": true}}}
            }}
        });
        let normalized = normalize(&mut doc).unwrap();
        assert_eq!(
            normalized.replacements,
            [
                (
                    "NullableString".to_owned(),
                    "crate::Nullable<::std::string::String>".to_owned()
                ),
                (
                    "NullableInteger".to_owned(),
                    "crate::Nullable<i64>".to_owned()
                ),
                (
                    "NullableXUpdateKind".to_owned(),
                    "crate::Nullable<crate::types::XUpdateKind>".to_owned()
                ),
            ]
        );
        let props = &doc["components"]["schemas"]["XUpdate"]["properties"];
        assert_eq!(
            props["email"],
            json!({"description": "e", "allOf": [{"$ref": "#/components/schemas/NullableString"}]})
        );
        assert_eq!(props["name"], json!({"type": "string"}));
        assert_eq!(
            doc["components"]["schemas"]["X"]["properties"]["email"]["nullable"], true,
            "responses keep Option"
        );
    }

    #[test]
    fn closed_objects_are_opened_for_additive_changes() {
        let mut doc = json!({"components": {"schemas": {"A": {"type": "object", "additionalProperties": false,
            "properties": {"b": {"type": "object", "additionalProperties": false}}}}}});
        normalize(&mut doc).unwrap();
        assert_eq!(doc.to_string().matches("additionalProperties").count(), 0);
    }

    #[test]
    fn inline_enums_are_hoisted_and_listed() {
        let mut doc = json!({"components": {"schemas": {
            "Step": {"type": "string", "enum": ["a", "b"]},
            "Job": {"type": "object", "properties": {
                "workType": {"type": "string", "enum": ["remote", "onsite"], "nullable": true, "description": "d"},
                "nested": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["x"]}}},
                "free": {"type": "string"}
            }}
        }}});
        let enums = normalize(&mut doc).unwrap().enums;
        assert_eq!(enums, ["Step", "JobWorkType", "JobNestedKind"]);
        let job = &doc["components"]["schemas"]["Job"]["properties"];
        assert_eq!(
            job["workType"],
            json!({"description": "d", "nullable": true, "allOf": [{"$ref": "#/components/schemas/JobWorkType"}]})
        );
        assert_eq!(
            doc["components"]["schemas"]["JobWorkType"],
            json!({"type": "string", "enum": ["remote", "onsite"], "description": "d"})
        );
        assert_eq!(job["free"], json!({"type": "string"}));
    }
}
