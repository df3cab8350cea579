//! The one `$ref` resolver of the code generator (and of `xtask`, which uses it): local
//! references (`#/components/…`) followed in place, or inlined throughout a value.

use serde_json::{Map, Value};

/// Keywords that only annotate a schema. A `$ref` whose siblings are all annotations is inlined
/// as the target with the siblings laid over it; any other sibling keeps both under `allOf`.
const ANNOTATIONS: &[&str] = &[
    "description",
    "title",
    "summary",
    "examples",
    "example",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
];

/// The target of a local `$ref` (followed until it is not one), or `value` itself.
/// A dangling or non-local reference yields `value` unchanged.
pub fn follow<'a>(doc: &'a Value, value: &'a Value) -> &'a Value {
    follow_at(doc, value, String::new()).0
}

/// [`follow`], also giving the JSON pointer of the value reached (`at` when `value` is not a
/// reference).
pub fn follow_at<'a>(doc: &'a Value, mut value: &'a Value, mut at: String) -> (&'a Value, String) {
    // A bound on the chain's length keeps a reference cycle from looping.
    for _ in 0..32 {
        let Some(pointer) = value
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
        else {
            break;
        };
        match doc.pointer(pointer) {
            Some(next) => {
                value = next;
                at = pointer.to_owned();
            }
            None => break,
        }
    }
    (value, at)
}

/// `value` with every local `$ref` below it replaced by a copy of its (inlined) target.
/// A reference that would recurse into itself is left as a `$ref`.
pub fn inline(doc: &Value, value: &Value) -> Value {
    inline_within(doc, value, &mut Vec::new())
}

fn target<'a>(doc: &'a Value, value: &Value) -> Option<&'a Value> {
    let reference = value.get("$ref")?.as_str()?;
    doc.pointer(reference.strip_prefix('#')?)
}

fn inline_within(doc: &Value, value: &Value, stack: &mut Vec<String>) -> Value {
    match value {
        Value::Object(obj) => {
            if let (Some(reference), Some(found)) =
                (obj.get("$ref").and_then(Value::as_str), target(doc, value))
                && !stack.iter().any(|r| r == reference)
            {
                stack.push(reference.to_owned());
                let resolved = inline_within(doc, found, stack);
                stack.pop();
                let siblings: Map<String, Value> = obj
                    .iter()
                    .filter(|(k, _)| *k != "$ref")
                    .map(|(k, v)| (k.clone(), inline_within(doc, v, stack)))
                    .collect();
                return merge(resolved, siblings);
            }
            Value::Object(
                obj.iter()
                    .map(|(k, v)| (k.clone(), inline_within(doc, v, stack)))
                    .collect(),
            )
        }
        Value::Array(list) => {
            Value::Array(list.iter().map(|v| inline_within(doc, v, stack)).collect())
        }
        other => other.clone(),
    }
}

fn merge(resolved: Value, siblings: Map<String, Value>) -> Value {
    if siblings.is_empty() {
        return resolved;
    }
    match resolved {
        Value::Object(mut base) if siblings.keys().all(|k| ANNOTATIONS.contains(&k.as_str())) => {
            base.extend(siblings);
            Value::Object(base)
        }
        other => {
            let mut all = siblings;
            all.insert("allOf".into(), Value::Array(vec![other]));
            Value::Object(all)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc() -> Value {
        json!({"components": {
            "schemas": {
                "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
                "B": {"type": "string", "minLength": 1, "description": "b"},
                "Alias": {"$ref": "#/components/schemas/B"},
                "Tree": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Tree"}}}
            },
            "responses": {"NotFound": {"description": "nf"}}
        }})
    }

    #[test]
    fn follows_chains_and_leaves_plain_values() {
        let doc = doc();
        let alias = json!({"$ref": "#/components/schemas/Alias"});
        assert_eq!(follow(&doc, &alias)["minLength"], 1);
        let plain = json!({"type": "integer"});
        assert_eq!(follow(&doc, &plain), &plain);
        let dangling = json!({"$ref": "#/components/schemas/Nope"});
        assert_eq!(follow(&doc, &dangling), &dangling);
    }

    #[test]
    fn inlines_nested_refs_with_annotation_siblings_laid_over() {
        let doc = doc();
        let schema = json!({"$ref": "#/components/schemas/A"});
        assert_eq!(
            inline(&doc, &schema),
            json!({"type": "object", "properties": {"b": {"type": "string", "minLength": 1, "description": "b"}}})
        );
        let described = json!({"$ref": "#/components/schemas/B", "description": "mine"});
        assert_eq!(inline(&doc, &described)["description"], "mine");
        let constrained = json!({"$ref": "#/components/schemas/B", "maxLength": 3});
        assert_eq!(
            inline(&doc, &constrained),
            json!({"maxLength": 3, "allOf": [{"type": "string", "minLength": 1, "description": "b"}]})
        );
    }

    #[test]
    fn a_recursive_schema_keeps_its_inner_ref() {
        let doc = doc();
        let tree = inline(&doc, &json!({"$ref": "#/components/schemas/Tree"}));
        assert_eq!(
            tree["properties"]["child"],
            json!({"$ref": "#/components/schemas/Tree"})
        );
    }
}
