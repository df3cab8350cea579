//! TEMPORARY stand-in for the library's JSON dispatcher (`talent_ray::dynamic`), with the
//! contract's signatures, until it lands on main. Replaced on merge; never shipped.

use serde_json::{Map, Value, json};
use talent_ray::{Client, Operation};

fn spec() -> &'static Value {
    static SPEC: std::sync::LazyLock<Value> = std::sync::LazyLock::new(|| {
        serde_json::from_str(include_str!("../../openapi/openapi.json")).unwrap()
    });
    &SPEC
}

fn op_json(id: &str) -> Option<&'static Value> {
    spec()["paths"]
        .as_object()?
        .values()
        .filter_map(Value::as_object)
        .flat_map(|i| i.values())
        .find(|op| op["operationId"] == id)
}

fn fix_refs(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get_mut("$ref") {
                *r = r.replace("#/components/schemas/", "#/$defs/");
            }
            m.values_mut().for_each(fix_refs);
        }
        Value::Array(a) => a.iter_mut().for_each(fix_refs),
        _ => {}
    }
}

fn with_defs(mut schema: Value) -> Map<String, Value> {
    let mut defs = spec()["components"]["schemas"].clone();
    fix_refs(&mut defs);
    fix_refs(&mut schema);
    let mut m = schema.as_object().cloned().unwrap_or_default();
    m.insert("$defs".into(), defs);
    m
}

pub fn summary(op: &Operation) -> &'static str {
    op_json(op.operation_id).and_then(|o| o["summary"].as_str()).unwrap_or("")
}
pub fn description(op: &Operation) -> &'static str {
    op_json(op.operation_id).and_then(|o| o["description"].as_str()).unwrap_or("")
}
pub fn tags(op: &Operation) -> Vec<&'static str> {
    op_json(op.operation_id)
        .and_then(|o| o["tags"].as_array())
        .map(|t| t.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

pub fn input_schema(id: &str) -> Option<Map<String, Value>> {
    let op = op_json(id)?;
    let mut props = Map::new();
    let mut required = vec![];
    for p in op["parameters"].as_array().into_iter().flatten() {
        let p = match p["$ref"].as_str() {
            Some(r) => spec().pointer(r.trim_start_matches('#')).unwrap(),
            None => p,
        };
        let name = p["name"].as_str().unwrap();
        let mut s = p["schema"].clone();
        s["description"] = p["description"].clone();
        props.insert(name.into(), s);
        if p["required"] == true {
            required.push(name);
        }
    }
    if let Some(rb) = op.get("requestBody") {
        props.insert("body".into(), rb["content"]["application/json"]["schema"].clone());
        if rb["required"] == true {
            required.push("body");
        }
    }
    Some(with_defs(json!({"type": "object", "properties": props, "required": required})))
}

pub fn output_schema(id: &str) -> Option<Map<String, Value>> {
    let op = op_json(id)?;
    let (_, resp) = op["responses"]
        .as_object()?
        .iter()
        .find(|(s, _)| s.starts_with('2'))?;
    let schema = resp["content"]["application/json"]["schema"].clone();
    if schema.is_null() {
        return None;
    }
    Some(with_defs(schema))
}

/// The contract's `CallResponse`.
pub struct CallResponse {
    pub operation: &'static Operation,
    pub status: u16,
    pub body: Value,
}

pub async fn call(
    _client: &Client,
    _operation_id: &str,
    _args: Value,
) -> talent_ray::Result<CallResponse> {
    Err(talent_ray::Error::InvalidRequest(
        "the dispatcher has not landed yet".into(),
    ))
}
