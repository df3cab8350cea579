//! Schema-aware OpenAPI 3.1 → 3.0.3 downgrade.
//!
//! Only positions that hold a JSON Schema are rewritten (component schemas, parameter, header and
//! media-type schemas, and their sub-schemas), so an `examples` map on a media type or a `const`
//! property *named* `const` is left alone. Anything 3.0 cannot express fails with the JSON pointer of
//! the offending schema instead of reaching progenitor.

use serde_json::{Map, Value, json};

use crate::Error;
use crate::pointer::Pointer;
#[cfg(test)]
use crate::pointer::key;

/// HTTP methods that may appear as keys of a path item.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// 2019-09/2020-12 keywords that OpenAPI 3.0 has no equivalent for.
const UNSUPPORTED_KEYWORDS: [&str; 16] = [
    "prefixItems",
    "$defs",
    "definitions",
    "$dynamicRef",
    "$dynamicAnchor",
    "$recursiveRef",
    "if",
    "then",
    "else",
    "dependentSchemas",
    "dependentRequired",
    "unevaluatedProperties",
    "unevaluatedItems",
    "patternProperties",
    "contains",
    "propertyNames",
];

/// Annotation keywords that 3.0 does not know and that carry no validation meaning.
const DROPPED_KEYWORDS: [&str; 7] = [
    "$schema",
    "$id",
    "$anchor",
    "$comment",
    "contentEncoding",
    "contentMediaType",
    "contentSchema",
];

/// Rewrites a 3.1 document in place into a 3.0.3 document progenitor accepts.
pub fn downgrade(doc: &mut Value) -> Result<(), Error> {
    let root = doc
        .as_object_mut()
        .ok_or_else(|| Error::invalid("", "the document is not a JSON object"))?;
    let version = root.get("openapi").and_then(Value::as_str).unwrap_or("");
    if !version.starts_with("3.1.") {
        return Err(Error::invalid(
            "/openapi",
            format!("expected an OpenAPI 3.1.x document, found {version:?}"),
        ));
    }
    root.insert("openapi".into(), json!("3.0.3"));
    for top in ["jsonSchemaDialect", "webhooks", "$schema"] {
        root.remove(top);
    }
    if let Some(info) = root.get_mut("info").and_then(Value::as_object_mut) {
        info.remove("summary");
        if let Some(license) = info.get_mut("license").and_then(Value::as_object_mut) {
            license.remove("identifier");
        }
    }

    let base = Pointer::root();
    if let Some(paths) = root.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            path_item(item, &base.push("paths").push(path))?;
        }
    }
    if let Some(components) = root.get_mut("components").and_then(Value::as_object_mut) {
        if components.contains_key("pathItems") {
            return Err(Error::unsupported(
                "/components/pathItems",
                "components.pathItems is OpenAPI 3.1 only",
            ));
        }
        let at = base.push("components");
        each_entry(components, "schemas", &at, schema)?;
        each_entry(components, "parameters", &at, parameter)?;
        each_entry(components, "headers", &at, parameter)?;
        each_entry(components, "requestBodies", &at, with_content)?;
        each_entry(components, "responses", &at, response)?;
    }
    Ok(())
}

type Visit = fn(&mut Value, &Pointer) -> Result<(), Error>;

fn each_entry(
    map: &mut Map<String, Value>,
    field: &str,
    at: &Pointer,
    visit: Visit,
) -> Result<(), Error> {
    if let Some(entries) = map.get_mut(field).and_then(Value::as_object_mut) {
        let at = at.push(field);
        for (name, value) in entries.iter_mut() {
            visit(value, &at.push(name))?;
        }
    }
    Ok(())
}

fn each_item(
    map: &mut Map<String, Value>,
    field: &str,
    at: &Pointer,
    visit: Visit,
) -> Result<(), Error> {
    if let Some(items) = map.get_mut(field).and_then(Value::as_array_mut) {
        let at = at.push(field);
        for (i, value) in items.iter_mut().enumerate() {
            visit(value, &at.push(&i.to_string()))?;
        }
    }
    Ok(())
}

fn path_item(item: &mut Value, at: &Pointer) -> Result<(), Error> {
    let Some(item) = item.as_object_mut() else {
        return Ok(());
    };
    each_item(item, "parameters", at, parameter)?;
    for method in METHODS {
        if let Some(op) = item.get_mut(method).and_then(Value::as_object_mut) {
            let at = at.push(method);
            if op.contains_key("callbacks") {
                return Err(Error::unsupported(
                    at.push("callbacks"),
                    "callbacks are not supported",
                ));
            }
            each_item(op, "parameters", &at, parameter)?;
            if let Some(body) = op.get_mut("requestBody") {
                with_content(body, &at.push("requestBody"))?;
            }
            each_entry(op, "responses", &at, response)?;
        }
    }
    Ok(())
}

/// A Reference Object in 3.1 may carry `summary`/`description` siblings; 3.0 allows none.
fn strip_reference_siblings(obj: &mut Map<String, Value>) -> bool {
    if obj.contains_key("$ref") {
        obj.retain(|k, _| k == "$ref");
        true
    } else {
        false
    }
}

fn parameter(param: &mut Value, at: &Pointer) -> Result<(), Error> {
    let Some(obj) = param.as_object_mut() else {
        return Ok(());
    };
    if strip_reference_siblings(obj) {
        return Ok(());
    }
    if let Some(s) = obj.get_mut("schema") {
        schema(s, &at.push("schema"))?;
    }
    with_content(param, at)
}

fn response(resp: &mut Value, at: &Pointer) -> Result<(), Error> {
    let Some(obj) = resp.as_object_mut() else {
        return Ok(());
    };
    if strip_reference_siblings(obj) {
        return Ok(());
    }
    each_entry(obj, "headers", at, parameter)?;
    with_content(resp, at)
}

fn with_content(value: &mut Value, at: &Pointer) -> Result<(), Error> {
    let Some(obj) = value.as_object_mut() else {
        return Ok(());
    };
    if strip_reference_siblings(obj) {
        return Ok(());
    }
    if let Some(content) = obj.get_mut("content").and_then(Value::as_object_mut) {
        let at = at.push("content");
        for (media, mt) in content.iter_mut() {
            if let Some(s) = mt.get_mut("schema") {
                schema(s, &at.push(media).push("schema"))?;
            }
        }
    }
    Ok(())
}

/// Downgrades one schema and, first, all of its sub-schemas.
pub(crate) fn schema(value: &mut Value, at: &Pointer) -> Result<(), Error> {
    let obj = match value {
        Value::Object(obj) => obj,
        // `true`/`false` schemas: 3.0 has no boolean schemas; `true` is "anything".
        Value::Bool(true) => {
            *value = json!({});
            return Ok(());
        }
        _ => return Err(Error::unsupported(at, "a schema must be an object")),
    };
    for keyword in UNSUPPORTED_KEYWORDS {
        if obj.contains_key(keyword) {
            return Err(Error::unsupported(
                at.push(keyword),
                format!("`{keyword}` has no OpenAPI 3.0 equivalent"),
            ));
        }
    }
    for keyword in DROPPED_KEYWORDS {
        obj.remove(keyword);
    }

    // Null members leave `oneOf`/`anyOf` before the members are walked (a member that only
    // allows null is not a schema 3.0 can express on its own).
    nullable_combinators(obj, at)?;

    // Sub-schemas first, so a rewrite below sees already-downgraded children.
    if let Some(props) = obj.get_mut("properties").and_then(Value::as_object_mut) {
        let here = at.push("properties");
        for (name, sub) in props.iter_mut() {
            schema(sub, &here.push(name))?;
        }
    }
    match obj.get_mut("items") {
        Some(Value::Array(_)) => {
            return Err(Error::unsupported(
                at.push("items"),
                "tuple-form `items` is not supported",
            ));
        }
        Some(items) => schema(items, &at.push("items"))?,
        None => {}
    }
    if let Some(extra) = obj.get_mut("additionalProperties")
        && extra.is_object()
    {
        schema(extra, &at.push("additionalProperties"))?;
    }
    if let Some(not) = obj.get_mut("not") {
        schema(not, &at.push("not"))?;
    }
    for combinator in ["allOf", "oneOf", "anyOf"] {
        if let Some(list) = obj.get_mut(combinator).and_then(Value::as_array_mut) {
            let here = at.push(combinator);
            for (i, sub) in list.iter_mut().enumerate() {
                schema(sub, &here.push(&i.to_string()))?;
            }
        }
    }

    type_array(obj, at)?;
    if obj.get("type").and_then(Value::as_str) == Some("null") {
        return Err(Error::unsupported(
            at.push("type"),
            "a schema that only allows null",
        ));
    }
    nullable_enum(obj);
    constant(obj);
    exclusive_bounds(obj, at)?;
    examples(obj);
    nullable_reference(obj);
    Ok(())
}

/// `type: [T, "null"]` → `type: T, nullable: true`; `type: ["null"]` is unsupported, as is a
/// type array with two non-null types.
fn type_array(obj: &mut Map<String, Value>, at: &Pointer) -> Result<(), Error> {
    let Some(Value::Array(types)) = obj.get("type") else {
        return Ok(());
    };
    let mut nullable = false;
    let mut rest = Vec::new();
    for t in types {
        match t.as_str() {
            Some("null") => nullable = true,
            Some(other) => rest.push(other.to_string()),
            None => {
                return Err(Error::unsupported(
                    at.push("type"),
                    "a type name must be a string",
                ));
            }
        }
    }
    match rest.as_slice() {
        [one] => {
            obj.insert("type".into(), json!(one));
        }
        [] => {
            return Err(Error::unsupported(
                at.push("type"),
                "a schema that only allows null",
            ));
        }
        _ => {
            return Err(Error::unsupported(
                at.push("type"),
                format!("a union of types {rest:?} has no OpenAPI 3.0 equivalent"),
            ));
        }
    }
    if nullable {
        obj.insert("nullable".into(), json!(true));
    }
    Ok(())
}

/// `enum: [..., null]` → `enum: [...]` with `nullable: true`.
fn nullable_enum(obj: &mut Map<String, Value>) {
    if let Some(Value::Array(values)) = obj.get_mut("enum") {
        let before = values.len();
        values.retain(|v| !v.is_null());
        if values.len() != before {
            obj.insert("nullable".into(), json!(true));
        }
    }
}

/// `const: v` → `enum: [v]`.
fn constant(obj: &mut Map<String, Value>) {
    if let Some(value) = obj.remove("const") {
        if value.is_null() {
            obj.insert("nullable".into(), json!(true));
        }
        obj.insert("enum".into(), json!([value]));
    }
}

/// Numeric `exclusiveMinimum: n` → `minimum: n, exclusiveMinimum: true` (same for maximum).
fn exclusive_bounds(obj: &mut Map<String, Value>, at: &Pointer) -> Result<(), Error> {
    for (exclusive, inclusive) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        let Some(bound) = obj.get(exclusive) else {
            continue;
        };
        if bound.is_boolean() {
            continue;
        }
        let bound = bound.clone();
        if !bound.is_number() {
            return Err(Error::unsupported(
                at.push(exclusive),
                "the bound must be a number",
            ));
        }
        if obj.contains_key(inclusive) {
            return Err(Error::unsupported(
                at,
                format!("both `{inclusive}` and numeric `{exclusive}` cannot be expressed in 3.0"),
            ));
        }
        obj.insert(inclusive.into(), bound);
        obj.insert(exclusive.into(), json!(true));
    }
    Ok(())
}

/// Schema `examples: [a, ...]` → `example: a`.
fn examples(obj: &mut Map<String, Value>) {
    if let Some(Value::Array(mut list)) = obj.remove("examples")
        && !list.is_empty()
        && !obj.contains_key("example")
    {
        obj.insert("example".into(), list.swap_remove(0));
    }
}

/// `oneOf`/`anyOf` with a `{type: "null"}` member → the other members, marked `nullable`.
fn nullable_combinators(obj: &mut Map<String, Value>, at: &Pointer) -> Result<(), Error> {
    for combinator in ["oneOf", "anyOf"] {
        let Some(Value::Array(list)) = obj.get_mut(combinator) else {
            continue;
        };
        let before = list.len();
        list.retain(|member| !is_null_schema(member));
        if list.len() == before {
            continue;
        }
        obj.insert("nullable".into(), json!(true));
        let list = match obj.remove(combinator) {
            Some(Value::Array(list)) => list,
            _ => unreachable!("checked above"),
        };
        match <[Value; 1]>::try_from(list) {
            Ok([only]) => merge_single(obj, only),
            Err(list) if list.is_empty() => {
                return Err(Error::unsupported(
                    at.push(combinator),
                    "a schema that only allows null",
                ));
            }
            Err(list) => {
                obj.insert(combinator.into(), Value::Array(list));
            }
        }
    }
    Ok(())
}

fn is_null_schema(schema: &Value) -> bool {
    let ty = schema.get("type");
    ty.and_then(Value::as_str) == Some("null")
        || ty == Some(&json!(["null"]))
        || schema.get("enum") == Some(&json!([null]))
        || schema.get("const") == Some(&Value::Null)
}

/// Merges the one remaining member of a nullable `oneOf` into its parent.
/// Merges the one remaining member of a nullable `oneOf` into its parent: inline when no keyword
/// clashes, otherwise (and for a `$ref`) as one more `allOf` member, never replacing one.
fn merge_single(obj: &mut Map<String, Value>, only: Value) {
    match only {
        Value::Object(member)
            if !member.contains_key("$ref") && member.keys().all(|k| !obj.contains_key(k)) =>
        {
            obj.extend(member);
        }
        other => match obj.get_mut("allOf").and_then(Value::as_array_mut) {
            Some(all_of) => all_of.push(other),
            None => {
                obj.insert("allOf".into(), json!([other]));
            }
        },
    }
}

/// A `$ref` with siblings (legal in 3.1) loses them in 3.0; keep `nullable` and docs by wrapping.
fn nullable_reference(obj: &mut Map<String, Value>) {
    if !obj.contains_key("$ref") || obj.len() == 1 {
        return;
    }
    let reference = obj.remove("$ref").expect("checked above");
    obj.insert("allOf".into(), json!([{ "$ref": reference }]));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn down(mut v: Value) -> Value {
        schema(&mut v, &Pointer::root()).expect("downgrade");
        v
    }

    fn refused(mut v: Value) -> String {
        schema(
            &mut v,
            &Pointer::root().push("components").push("schemas").push("X"),
        )
        .expect_err("must be refused")
        .to_string()
    }

    #[test]
    fn type_array_with_null_becomes_nullable() {
        assert_eq!(
            down(json!({"type": ["string", "null"], "format": "date-time"})),
            json!({"type": "string", "format": "date-time", "nullable": true})
        );
        assert_eq!(
            down(json!({"type": ["integer"]})),
            json!({"type": "integer"})
        );
    }

    #[test]
    fn union_of_two_types_is_refused_with_its_pointer() {
        let msg = refused(json!({"properties": {"a": {"type": ["string", "integer"]}}}));
        assert!(
            msg.contains("/components/schemas/X/properties/a/type"),
            "{msg}"
        );
    }

    #[test]
    fn null_only_schemas_are_refused() {
        assert!(refused(json!({"type": ["null"]})).contains("only allows null"));
    }

    #[test]
    fn enum_with_null_is_nullable_enum() {
        assert_eq!(
            down(json!({"type": ["string", "null"], "enum": ["a", "b", null]})),
            json!({"type": "string", "enum": ["a", "b"], "nullable": true})
        );
    }

    #[test]
    fn const_becomes_single_value_enum() {
        assert_eq!(
            down(json!({"type": "boolean", "const": true})),
            json!({"type": "boolean", "enum": [true]})
        );
    }

    #[test]
    fn numeric_exclusive_bounds_become_boolean_form() {
        assert_eq!(
            down(json!({"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10})),
            json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true, "maximum": 10, "exclusiveMaximum": true})
        );
        assert!(refused(json!({"minimum": 1, "exclusiveMinimum": 0})).contains("exclusiveMinimum"));
    }

    #[test]
    fn examples_array_becomes_example() {
        assert_eq!(
            down(json!({"type": "string", "examples": ["a", "b"]})),
            json!({"type": "string", "example": "a"})
        );
        assert_eq!(
            down(json!({"type": "string", "examples": []})),
            json!({"type": "string"})
        );
    }

    #[test]
    fn one_of_with_null_ref_becomes_nullable_all_of() {
        assert_eq!(
            down(json!({"oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]})),
            json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/A"}]})
        );
        assert_eq!(
            down(json!({"anyOf": [{"type": "string"}, {"type": "null"}], "description": "d"})),
            json!({"description": "d", "nullable": true, "type": "string"})
        );
        assert_eq!(
            down(json!({"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]})),
            json!({"nullable": true, "anyOf": [{"type": "string"}, {"type": "integer"}]})
        );
    }

    #[test]
    fn null_members_are_removed_before_they_are_walked_and_all_of_is_kept() {
        assert_eq!(
            down(json!({"oneOf": [{"$ref": "#/components/schemas/A"}, {"type": ["null"]}]})),
            json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/A"}]})
        );
        assert_eq!(
            down(
                json!({"allOf": [{"$ref": "#/components/schemas/Base"}], "oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]})
            ),
            json!({"allOf": [{"$ref": "#/components/schemas/Base"}, {"$ref": "#/components/schemas/A"}], "nullable": true})
        );
        assert_eq!(
            down(
                json!({"properties": {"a": {"type": "string"}}, "anyOf": [{"properties": {"a": {"type": "integer"}}}, {"type": "null"}]})
            ),
            json!({"properties": {"a": {"type": "string"}}, "nullable": true, "allOf": [{"properties": {"a": {"type": "integer"}}}]})
        );
        assert!(
            refused(json!({"properties": {"n": {"type": "null"}}})).contains("/properties/n/type")
        );
    }

    #[test]
    fn ref_with_siblings_is_wrapped() {
        assert_eq!(
            down(json!({"$ref": "#/components/schemas/A", "description": "d"})),
            json!({"description": "d", "allOf": [{"$ref": "#/components/schemas/A"}]})
        );
        assert_eq!(
            down(json!({"$ref": "#/components/schemas/A"})),
            json!({"$ref": "#/components/schemas/A"})
        );
    }

    #[test]
    fn nested_positions_are_walked() {
        let out = down(json!({
            "type": "object",
            "properties": {"list": {"type": "array", "items": {"type": ["string", "null"]}}},
            "additionalProperties": {"const": 1}
        }));
        assert_eq!(
            out["properties"]["list"]["items"],
            json!({"type": "string", "nullable": true})
        );
        assert_eq!(out["additionalProperties"], json!({"enum": [1]}));
    }

    #[test]
    fn unsupported_keywords_name_their_pointer() {
        let msg = refused(
            json!({"properties": {"t": {"type": "array", "prefixItems": [{"type": "string"}]}}}),
        );
        assert!(
            msg.contains("/components/schemas/X/properties/t/prefixItems"),
            "{msg}"
        );
        assert!(refused(json!({"if": {}, "then": {}})).contains("`if`"));
    }

    #[test]
    fn annotations_unknown_to_3_0_are_dropped() {
        assert_eq!(
            down(json!({"$comment": "x", "$schema": "y", "type": "string"})),
            json!({"type": "string"})
        );
    }

    #[test]
    fn document_level_keys_are_rewritten_and_non_schema_examples_kept() {
        let mut doc = json!({
            "openapi": "3.1.0",
            "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
            "info": {"title": "t", "version": "1", "summary": "s", "license": {"name": "MIT", "identifier": "MIT"}},
            "webhooks": {},
            "paths": {"/a": {"get": {
                "parameters": [{"name": "q", "in": "query", "schema": {"type": ["integer", "null"], "examples": [3]}}],
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {
                        "schema": {"type": "object", "properties": {"examples": {"type": "string"}}},
                        "examples": {"default": {"value": {"examples": "x"}}}
                    }}},
                    "404": {"$ref": "#/components/responses/NotFound", "description": "sibling"}
                }
            }}}
        });
        downgrade(&mut doc).unwrap();
        assert_eq!(doc["openapi"], "3.0.3");
        assert!(doc.get("jsonSchemaDialect").is_none() && doc.get("webhooks").is_none());
        assert_eq!(
            doc["info"],
            json!({"title": "t", "version": "1", "license": {"name": "MIT"}})
        );
        let op = &doc["paths"]["/a"]["get"];
        assert_eq!(
            op["parameters"][0]["schema"],
            json!({"type": "integer", "nullable": true, "example": 3})
        );
        let media = &op["responses"]["200"]["content"]["application/json"];
        assert_eq!(
            media["examples"]["default"]["value"]["examples"], "x",
            "media-type examples are not a schema"
        );
        assert_eq!(
            media["schema"]["properties"]["examples"],
            json!({"type": "string"})
        );
        assert_eq!(
            op["responses"]["404"],
            json!({"$ref": "#/components/responses/NotFound"})
        );
    }

    #[test]
    fn documents_that_are_not_3_1_are_refused() {
        let mut doc = json!({"openapi": "3.0.3", "info": {}, "paths": {}});
        assert!(downgrade(&mut doc).unwrap_err().to_string().contains("3.1"));
    }

    #[test]
    fn key_escapes_pointer_segments() {
        assert_eq!(key("/api/v1/me"), "~1api~1v1~1me");
        assert_eq!(key("a~b"), "a~0b");
    }
}
