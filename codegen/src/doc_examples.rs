//! Compiled doc examples on every operation method of `Client`, written from the spec's own
//! examples: progenitor's `ignore`d sketch becomes a `no_run` doctest that sets every required
//! parameter and the example body's fields with plain values, so each example is checked by the
//! compiler and shows the plain-value setters.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToSnakeCase;
use serde_json::Value;
use syn::{ImplItem, Item, Type};

use crate::describe::example_of;
use crate::downgrade::METHODS;
use crate::plain_setters::{Field, Shape, last_segment, segments};
use crate::resolve::follow;

/// One operation of the spec, as far as its example needs.
struct Op<'a> {
    op: &'a Value,
    shared: Vec<&'a Value>,
}

fn operations(original: &Value) -> BTreeMap<String, Op<'_>> {
    let mut out = BTreeMap::new();
    let paths = original.get("paths").and_then(Value::as_object);
    for item in paths.into_iter().flat_map(|p| p.values()) {
        let shared: Vec<&Value> = item
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .collect();
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                out.insert(
                    id.to_snake_case(),
                    Op {
                        op,
                        shared: shared.clone(),
                    },
                );
            }
        }
    }
    out
}

fn scalar_name(ty: &Type) -> String {
    last_segment(ty).map(|(name, _)| name).unwrap_or_default()
}

/// A Rust expression for `value` as the setter of a field of type `ty` takes it.
fn literal(value: &Value, ty: &Type) -> Option<String> {
    let name = scalar_name(ty);
    match (value, name.as_str()) {
        (Value::String(s), "String") => Some(format!("{s:?}")),
        (Value::Number(n), "f32" | "f64") => Some(format!("{:?}", n.as_f64()?)),
        (Value::Number(n), "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64") => {
            Some(n.to_string())
        }
        (Value::Bool(b), "bool") => Some(b.to_string()),
        (Value::Array(items), "Vec") => {
            let item = last_segment(ty)?.1?;
            let items = items
                .iter()
                .map(|v| literal(v, &item))
                .collect::<Option<Vec<_>>>()?;
            Some(format!("[{}]", items.join(", ")))
        }
        // Open enums and other types built `From<&str>`.
        (Value::String(s), _) if ty_is_generated(ty) => Some(format!("{s:?}")),
        _ => None,
    }
}

fn ty_is_generated(ty: &Type) -> bool {
    matches!(segments(ty).as_slice(), [c, t, _] if c == "crate" && t == "types")
}

/// The setter calls for the body example, in its order, or `None` if a required field cannot be
/// written.
fn body_calls(example: &Value, fields: &[Field], taken: &BTreeSet<String>) -> Option<Vec<String>> {
    let object = example.as_object()?;
    let mut calls = Vec::new();
    let mut written = BTreeSet::new();
    for (key, value) in object {
        let Some(field) = fields.iter().find(|f| &f.json == key) else {
            continue;
        };
        // A field whose setter name a parameter took is not flattened.
        if taken.contains(&field.ident.to_string()) {
            continue;
        }
        let call = match (&field.shape, value) {
            (Shape::Nullable(_), Value::Null) => Some(format!(".clear_{}()", field.ident)),
            (Shape::Required(ty) | Shape::Optional(ty) | Shape::Nullable(ty), v) => {
                literal(v, ty).map(|l| format!(".{}({l})", field.ident))
            }
        };
        if let Some(call) = call {
            calls.push(call);
            written.insert(field.json.clone());
        }
    }
    let complete = fields
        .iter()
        .all(|f| !f.required || written.contains(&f.json));
    complete.then_some(calls)
}

/// The doctest for one operation, or `None` when the spec gives too little to write one.
fn example(
    original: &Value,
    method: &str,
    op: &Op<'_>,
    body: Option<&[Field]>,
    taken: &BTreeSet<String>,
) -> Option<String> {
    let mut calls = Vec::new();
    let params = op
        .shared
        .iter()
        .copied()
        .chain(
            op.op
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        )
        .map(|p| follow(original, p));
    for param in params {
        if param.get("required") != Some(&Value::Bool(true)) {
            continue;
        }
        let name = param.get("name")?.as_str()?;
        let value = match example_of(original, param) {
            Some(Value::String(s)) => format!("{s:?}"),
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::Bool(b)) => b.to_string(),
            None if follow(original, param.get("schema")?)["type"] == "string" => {
                format!("{name:?}")
            }
            _ => return None,
        };
        let setter = name.to_snake_case();
        if !taken.contains(&setter) {
            return None;
        }
        calls.push(format!(".{setter}({value})"));
    }
    if let Some(fields) = body {
        let media = op.op.pointer("/requestBody/content/application~1json")?;
        let example = example_of(original, media)?;
        calls.extend(body_calls(&example, fields, taken)?);
    }
    let calls: String = calls.iter().map(|c| format!("\n    {c}")).collect();
    Some(format!(
        "```no_run\n# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {{\n\
         let response = client\n    .{method}(){calls}\n    .send()\n    .await?;\n\
         # let _ = response;\n# Ok(())\n# }}\n```"
    ))
}

/// Replaces the `ignore`d sketch in each `Client` method's docs with a compiled example.
pub(crate) fn rewrite(
    file: &mut syn::File,
    original: &Value,
    bodies: &BTreeMap<String, String>,
    fields: &BTreeMap<String, Vec<Field>>,
    taken: &BTreeMap<String, BTreeSet<String>>,
) {
    let ops = operations(original);
    let mut first_write = None;
    for item in file.items.iter_mut() {
        let Item::Impl(imp) = item else { continue };
        let is_client = matches!(&*imp.self_ty, Type::Path(p) if p.path.is_ident("Client"));
        if !is_client || imp.trait_.is_some() {
            continue;
        }
        for item in imp.items.iter_mut() {
            let ImplItem::Fn(f) = item else { continue };
            let method = f.sig.ident.to_string();
            let Some(op) = ops.get(&method) else { continue };
            let builder = match &f.sig.output {
                syn::ReturnType::Type(_, ty) => scalar_name(ty),
                _ => continue,
            };
            let body = bodies
                .get(&builder)
                .and_then(|b| fields.get(b))
                .map(Vec::as_slice);
            if op.op.get("requestBody").is_some() && body.is_none() {
                continue;
            }
            let names = taken.get(&builder).cloned().unwrap_or_default();
            let Some(example) = example(original, &method, op, body, &names) else {
                continue;
            };
            if body.is_some() && first_write.is_none() {
                first_write = Some(example.clone());
            }
            for attr in f.attrs.iter_mut().filter(|a| a.path().is_ident("doc")) {
                let syn::Meta::NameValue(nv) = &mut attr.meta else {
                    continue;
                };
                let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }) = &nv.value
                else {
                    continue;
                };
                let doc = text.value();
                if let Some(at) = doc.find("```ignore") {
                    let replaced = format!("{}{example}", &doc[..at]);
                    nv.value = syn::parse_quote!(#replaced);
                }
            }
        }
    }
    let guide = format!("{CALLING}{}", first_write.unwrap_or_default());
    for item in file.items.iter_mut() {
        if let Item::Struct(s) = item
            && s.ident == "Client"
        {
            s.attrs.push(syn::parse_quote!(#[doc = #guide]));
        }
    }
}

/// How to call an operation, appended to `Client`'s docs (with the first write's example).
const CALLING: &str = "\n\n# Calling an operation\n\n\
Each operation is a method returning a request builder. Set its parameters and its body's fields \
with plain values (`&str` or `String`, numbers, `bool`, lists, enum variants), then `send()` it; \
its error is [`crate::Error`]. An optional field is left out unless set (`omit_{field}` leaves it \
out explicitly); a nullable one is cleared with `clear_{field}`, which sends `null`. A required \
field left unset, or a value that breaks a constraint of the spec (length, pattern, range, format), \
is refused by `send()` with [`crate::Error::InvalidRequest`] naming its JSON path and the rule, \
before anything is sent. `body(…)` still takes a whole body of the generated type, and \
`body_map(|b| …)` edits it with the same setters.\n\n";
