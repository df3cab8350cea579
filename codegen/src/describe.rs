//! The parts of an operation's description read from the original 3.1 document: who may call it,
//! how it pages, the self-contained JSON Schemas of its arguments and of its success body, and the
//! spec's examples. The CLI, the MCP server and the tests read these instead of the spec.

use serde_json::{Map, Value, json};

use crate::downgrade::METHODS;
use crate::operation_table::{OperationSpec, Paging};
use crate::resolve::{follow, inline};

/// The spec's shared response for "the caller is not an admin": an operation documenting it as
/// its 403 needs a key whose owner has the admin role.
const ADMIN_FORBIDDEN: &str = "#/components/responses/AdminForbidden";

/// How a paginated list is paged, as the spec states it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageParamsSpec {
    /// The page-number query parameter (`page`), for offset paging.
    pub page: Option<String>,
    /// The cursor query parameter (`before`), for cursor paging.
    pub cursor: Option<String>,
    /// The page-size query parameter (`pageSize`, `limit`).
    pub size: String,
    /// Its `minimum` (1 when the spec states none).
    pub size_min: u64,
    /// Its `maximum`.
    pub size_max: u64,
    /// Its `default`, if the spec states one.
    pub size_default: Option<u64>,
    /// JSON pointer to the array of items in a page (`/data`, `/data/rows`).
    pub items: String,
    /// JSON pointer to the page's pagination object (`/pagination`).
    pub pagination: String,
    /// Cursor lists: the row field that tells rows apart and the one the cursor compares
    /// (`("id", "timestamp")`).
    pub rows: Option<(String, String)>,
}

/// Everything the description step adds to an [`OperationSpec`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Described {
    /// Only a key whose owner has the admin role may call it.
    pub admin_only: bool,
    /// Paging parameters and envelope, for paginated lists.
    pub page_params: Option<PageParamsSpec>,
    /// The JSON Schema of the arguments object (`Client::call`'s): parameters under their names,
    /// the body under `body`, every `$ref` inlined, constraints as the spec states them.
    pub input_schema: Value,
    /// The JSON Schema of the success body, `$ref`s inlined (`None`: no JSON body).
    pub output_schema: Option<Value>,
    /// An arguments object built from the spec's examples (parameters and body); arguments the
    /// spec gives no example for are absent.
    pub example_args: Value,
    /// The spec's first example of the success body.
    pub response_example: Option<Value>,
}

/// Fills each operation's [`Described`] part from the original document `original`, using the
/// paging envelope found in the downgraded document `downgraded`.
pub fn attach(original: &Value, downgraded: &Value, ops: &mut [OperationSpec]) {
    for op in ops.iter_mut() {
        let Some((shared, raw)) = find(original, &op.path, &op.http_method) else {
            continue;
        };
        let params = parameters(original, shared, raw);
        let mut described = Described {
            admin_only: raw.pointer("/responses/403/$ref").and_then(Value::as_str)
                == Some(ADMIN_FORBIDDEN),
            input_schema: input_schema(original, &params, raw),
            output_schema: success_media(original, raw, op.success_status)
                .and_then(|media| media.get("schema"))
                .map(|schema| inline(original, schema)),
            example_args: example_args(original, &params, raw),
            response_example: success_media(original, raw, op.success_status)
                .and_then(|media| example_of(original, media)),
            page_params: None,
        };
        if op.paging != Paging::None {
            described.page_params = page_params(&params, op, downgraded);
        }
        op.described = described;
    }
}

/// The path item's shared parameters and the operation object.
fn find<'a>(doc: &'a Value, path: &str, method: &str) -> Option<(&'a [Value], &'a Value)> {
    let item = doc.get("paths")?.get(path)?;
    let method = METHODS.iter().find(|m| m.eq_ignore_ascii_case(method))?;
    let shared = item
        .get("parameters")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    Some((shared, item.get(*method)?))
}

/// Path and query parameters, resolved; an operation's own replaces a path-level one.
fn parameters<'a>(doc: &'a Value, shared: &'a [Value], op: &'a Value) -> Vec<&'a Value> {
    let own: Vec<&Value> = op
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| follow(doc, p))
        .collect();
    let key = |p: &Value| (p.get("name").cloned(), p.get("in").cloned());
    shared
        .iter()
        .map(|p| follow(doc, p))
        .filter(|p| !own.iter().any(|o| key(o) == key(p)))
        .chain(own.iter().copied())
        .filter(|p| matches!(p.get("in").and_then(Value::as_str), Some("path" | "query")))
        .collect()
}

fn input_schema(doc: &Value, params: &[&Value], op: &Value) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for param in params {
        let Some(name) = param.get("name").and_then(Value::as_str) else {
            continue;
        };
        let mut schema = param
            .get("schema")
            .map(|s| inline(doc, s))
            .unwrap_or_else(|| json!({}));
        if let Value::Object(obj) = &mut schema {
            for key in ["description", "deprecated"] {
                if let Some(value) = param.get(key) {
                    obj.insert(key.into(), value.clone());
                }
            }
            if !obj.contains_key("examples")
                && !obj.contains_key("example")
                && let Some(example) = example_of(doc, param)
            {
                obj.insert("examples".into(), json!([example]));
            }
        }
        let is_path = param.get("in").and_then(Value::as_str) == Some("path");
        if is_path || param.get("required").and_then(Value::as_bool) == Some(true) {
            required.push(Value::String(name.to_owned()));
        }
        properties.insert(name.to_owned(), schema);
    }
    let body = follow(doc, op.get("requestBody").unwrap_or(&Value::Null));
    if let Some(media) = body.pointer("/content/application~1json") {
        let mut schema = media
            .get("schema")
            .map(|s| inline(doc, s))
            .unwrap_or_else(|| json!({}));
        if let Value::Object(obj) = &mut schema {
            if let Some(description) = body.get("description")
                && !obj.contains_key("description")
            {
                obj.insert("description".into(), description.clone());
            }
            let examples = media_examples(doc, media);
            if !examples.is_empty() && !obj.contains_key("examples") {
                obj.insert("examples".into(), Value::Array(examples));
            }
        }
        if body.get("required").and_then(Value::as_bool) == Some(true) {
            required.push(json!("body"));
        }
        properties.insert("body".into(), schema);
    }
    let mut schema = json!({"type": "object", "properties": properties});
    if !required.is_empty() {
        schema["required"] = Value::Array(required);
    }
    schema["additionalProperties"] = json!(false);
    schema
}

fn success_media<'a>(doc: &'a Value, op: &'a Value, status: u16) -> Option<&'a Value> {
    let response = follow(doc, op.get("responses")?.get(status.to_string())?);
    response.pointer("/content/application~1json")
}

/// Every example a media type gives, in order (`example`, then `examples`' values).
fn media_examples(doc: &Value, media: &Value) -> Vec<Value> {
    let mut out: Vec<Value> = media.get("example").cloned().into_iter().collect();
    if let Some(map) = media.get("examples").and_then(Value::as_object) {
        out.extend(
            map.values()
                .filter_map(|e| follow(doc, e).get("value").cloned()),
        );
    }
    out
}

/// The first example a parameter or media type gives (`example`, `examples`, or its schema's).
pub(crate) fn example_of(doc: &Value, holder: &Value) -> Option<Value> {
    if let Some(first) = media_examples(doc, holder).into_iter().next() {
        return Some(first);
    }
    let schema = follow(doc, holder.get("schema")?);
    schema
        .get("examples")
        .and_then(Value::as_array)
        .and_then(|l| l.first())
        .or_else(|| schema.get("example"))
        .cloned()
}

fn example_args(doc: &Value, params: &[&Value], op: &Value) -> Value {
    let mut args = Map::new();
    for param in params {
        if let (Some(name), Some(example)) = (
            param.get("name").and_then(Value::as_str),
            example_of(doc, param),
        ) {
            args.insert(name.to_owned(), example);
        }
    }
    let body = follow(doc, op.get("requestBody").unwrap_or(&Value::Null));
    if let Some(example) = body
        .pointer("/content/application~1json")
        .and_then(|media| example_of(doc, media))
    {
        args.insert("body".into(), example);
    }
    Value::Object(args)
}

fn page_params(
    params: &[&Value],
    op: &OperationSpec,
    downgraded: &Value,
) -> Option<PageParamsSpec> {
    let list = op.list.as_ref()?;
    let position = Some(list.position.clone());
    let (page, cursor) = match list.paging {
        Paging::Offset => (position, None),
        Paging::Cursor => (None, position),
        Paging::None => return None,
    };
    let size = params.iter().find(|p| {
        p.get("in").and_then(Value::as_str) == Some("query")
            && p.get("name").and_then(Value::as_str) == Some(list.size.as_str())
    })?;
    let schema = size.get("schema")?;
    let (items, pagination) = crate::paging::list_pointers(downgraded, op)?;
    let rows = match list.paging {
        Paging::Cursor => Some(crate::paging::cursor_rows(downgraded, op)?),
        _ => None,
    };
    Some(PageParamsSpec {
        page,
        cursor,
        size: size.get("name")?.as_str()?.to_owned(),
        size_min: schema.get("minimum").and_then(Value::as_u64).unwrap_or(1),
        size_max: schema.get("maximum")?.as_u64()?,
        size_default: schema.get("default").and_then(Value::as_u64),
        items,
        pagination,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> Value {
        json!({
            "paths": {"/x/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": true, "description": "The id.", "schema": {"type": "string"}, "example": "x_1"}],
                "patch": {
                    "operationId": "patchX",
                    "parameters": [{"$ref": "#/components/parameters/Limit"}],
                    "requestBody": {"required": true, "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/X"},
                        "examples": {"one": {"value": {"name": "a"}}}
                    }}},
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/X"}, "example": {"name": "b"}}}},
                        "403": {"$ref": "#/components/responses/AdminForbidden"}
                    }
                }
            }},
            "components": {
                "parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 5}}},
                "responses": {"AdminForbidden": {"description": "not admin"}},
                "schemas": {"X": {"type": "object", "additionalProperties": false, "minProperties": 1, "properties": {
                    "name": {"type": ["string", "null"], "minLength": 1, "examples": ["a"]},
                    "kind": {"type": "string", "enum": ["a", "b"], "default": "a"}
                }}}
            }
        })
    }

    fn described() -> Described {
        let doc = spec();
        let (shared, raw) = find(&doc, "/x/{id}", "PATCH").unwrap();
        let params = parameters(&doc, shared, raw);
        Described {
            admin_only: raw.pointer("/responses/403/$ref").and_then(Value::as_str)
                == Some(ADMIN_FORBIDDEN),
            input_schema: input_schema(&doc, &params, raw),
            output_schema: success_media(&doc, raw, 200)
                .and_then(|m| m.get("schema"))
                .map(|s| inline(&doc, s)),
            example_args: example_args(&doc, &params, raw),
            response_example: success_media(&doc, raw, 200).and_then(|m| example_of(&doc, m)),
            page_params: None,
        }
    }

    #[test]
    fn the_input_schema_states_the_spec_exactly_with_refs_inlined() {
        let d = described();
        let x = spec()["components"]["schemas"]["X"].clone();
        let mut body = x.clone();
        body["examples"] = json!([{"name": "a"}]);
        assert_eq!(
            d.input_schema,
            json!({
                "type": "object",
                "properties": {
                    "id": {"type": "string", "description": "The id.", "examples": ["x_1"]},
                    "limit": {"type": "integer", "minimum": 1, "maximum": 5},
                    "body": body
                },
                "required": ["id", "body"],
                "additionalProperties": false
            })
        );
        assert_eq!(d.output_schema, Some(x));
        assert!(d.admin_only);
    }

    #[test]
    fn examples_come_from_parameters_and_bodies() {
        let d = described();
        assert_eq!(d.example_args, json!({"id": "x_1", "body": {"name": "a"}}));
        assert_eq!(d.response_example, Some(json!({"name": "b"})));
    }
}
