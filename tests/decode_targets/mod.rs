//! What the decoding fuzzers feed and check, shared by the proptest suite (`tests/fuzz_decode.rs`)
//! and the cargo-fuzz target (`fuzz/fuzz_targets/decode.rs`): every documented JSON response of
//! the pinned spec with its examples, and deterministic mutations of JSON values and bytes driven
//! by a byte script (so both fuzzers explore the same space).
#![allow(dead_code)]

use serde_json::{Map, Value, json};
use talent_ray_codegen::resolve::follow;

/// One documented JSON response: the operation, the status and the spec's examples for it.
#[derive(Clone, Debug)]
pub struct Target {
    pub operation_id: String,
    pub status: u16,
    pub examples: Vec<Value>,
}

/// Every documented JSON response of a spec, in document order.
pub fn targets(spec: &Value) -> Vec<Target> {
    let mut out = Vec::new();
    for item in spec["paths"].as_object().into_iter().flat_map(Map::values) {
        for op in item.as_object().into_iter().flat_map(Map::values) {
            let Some(id) = op["operationId"].as_str() else {
                continue;
            };
            for (status, response) in op["responses"].as_object().into_iter().flatten() {
                let response = follow(spec, response);
                let Ok(status) = status.parse::<u16>() else {
                    continue;
                };
                for (media_type, media) in response["content"].as_object().into_iter().flatten() {
                    if !media_type.contains("json") {
                        continue;
                    }
                    let mut examples: Vec<Value> = media["examples"]
                        .as_object()
                        .into_iter()
                        .flat_map(Map::values)
                        .map(|e| follow(spec, e)["value"].clone())
                        .collect();
                    examples.extend(media.get("example").cloned());
                    out.push(Target {
                        operation_id: id.to_owned(),
                        status,
                        examples,
                    });
                }
            }
        }
    }
    out
}

/// Reads bytes off a script, wrapping around; an empty script reads zeros.
pub struct Script<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Script<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, at: 0 }
    }

    pub fn byte(&mut self) -> u8 {
        let b = self.bytes.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (usize::from(self.byte()) << 8 | usize::from(self.byte())) % n
    }

    pub fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }
}

/// Values a hostile or newer server might put anywhere.
fn odd_value(script: &mut Script) -> Value {
    match script.byte() % 16 {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(-1),
        3 => json!(u64::MAX),
        4 => json!(i64::MIN),
        5 => json!(1.5e300),
        6 => json!(""),
        7 => json!("x".repeat(2_000)),
        8 => json!("not-a-date-2026-13-45T99:99:99Z"),
        9 => json!("\u{0}\u{202e}ünïcödé 🦀"),
        10 => json!(format!("tr_{}", "z".repeat(64))),
        11 => json!([]),
        12 => json!({}),
        13 => json!([null, 1, "a", {}]),
        14 => json!({ "unknownField": { "nested": [1, 2, 3] } }),
        _ => json!(script.byte()),
    }
}

/// Every node of `value`, in preorder, as JSON pointers.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let key = k.replace('~', "~0").replace('/', "~1");
                pointers(v, format!("{at}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointers(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Applies up to eight structural mutations read off `script`: replace a node by an odd value,
/// drop or add an object key, empty or duplicate an array, nest a node deeply.
pub fn mutate_value(mut value: Value, script: &mut Script) -> Value {
    for _ in 0..8 {
        if script.done() {
            break;
        }
        let mut all = Vec::new();
        pointers(&value, String::new(), &mut all);
        let target = all[script.below(all.len())].clone();
        let action = script.byte() % 8;
        let replacement = odd_value(script);
        let Some(node) = value.pointer_mut(&target) else {
            continue;
        };
        match (action, node) {
            (0..=2, node) => *node = replacement,
            (3, Value::Object(map)) => {
                if let Some(key) = map.keys().next().cloned() {
                    map.remove(&key);
                }
            }
            (4, Value::Object(map)) => {
                map.insert("addedByANewerServer".into(), replacement);
            }
            (5, Value::Array(items)) => items.clear(),
            (6, Value::Array(items)) => {
                if let Some(first) = items.first().cloned() {
                    items.push(first);
                }
            }
            (7, node) => {
                let mut nested = node.take();
                for _ in 0..200 {
                    nested = Value::Array(vec![nested]);
                }
                *node = nested;
            }
            (_, node) => *node = replacement,
        }
    }
    value
}

/// Byte-level damage read off `script`: truncate, flip bits, insert or delete bytes.
pub fn mutate_bytes(mut bytes: Vec<u8>, script: &mut Script) -> Vec<u8> {
    for _ in 0..4 {
        if script.done() || bytes.is_empty() {
            break;
        }
        let at = script.below(bytes.len());
        match script.byte() % 4 {
            0 => bytes.truncate(at),
            1 => bytes[at] ^= 1 << (script.byte() % 8),
            2 => bytes.insert(at, script.byte()),
            _ => {
                bytes.remove(at);
            }
        }
    }
    bytes
}

/// A response body from a fuzz input: raw bytes, a mutated example, or damaged example bytes.
pub fn body_for(target: &Target, input: &[u8]) -> Vec<u8> {
    let mut script = Script::new(input);
    let mode = script.byte() % 3;
    let example = match target.examples.len() {
        0 => json!({}),
        n => target.examples[script.below(n)].clone(),
    };
    match mode {
        0 => input.get(1..).unwrap_or_default().to_vec(),
        1 => serde_json::to_vec(&mutate_value(example, &mut script)).unwrap(),
        _ => mutate_bytes(serde_json::to_vec(&example).unwrap(), &mut script),
    }
}
