//! The SDK surface a user's code can touch, rendered one item per line for snapshot tests.
//!
//! Everything is read from the spec and from the generated sources (progenitor's client and the
//! operation table), never written by hand. Each line stands alone and the lines are sorted, so
//! adding one item adds lines and changes no others:
//!
//! - [`Surface::operations`]: per operation its method, HTTP method, path, scopes, security,
//!   idempotency, paging, success and error types and body type (`op …`), and each parameter with
//!   its location, Rust type, whether it is required and its constraints (`param …`);
//! - [`Surface::types`]: every generated type (`struct`, `newtype`, `enum`, `alias`), each field
//!   with its Rust type and wire name, each enum variant with its wire value, the checks a type
//!   enforces when built (`enforces …`), and every constraint the spec states on a schema
//!   (`constraint …`).

use std::collections::BTreeMap;

use heck::ToSnakeCase;
use quote::ToTokens;
use serde_json::Value;
use syn::visit::Visit;
use talent_ray_codegen::resolve::follow;

use crate::{METHODS, pointer_escape};

/// The rendered surface: sorted lines, newline-terminated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Surface {
    /// Operations and their parameters.
    pub operations: String,
    /// Generated types, their fields, variants and constraints.
    pub types: String,
}

/// Renders the surface from the spec (`spec`, OpenAPI 3.1 JSON) and the generated sources:
/// progenitor's client (`client_rs`) and the operation table (`operations_rs`).
pub fn render(spec: &Value, client_rs: &str, operations_rs: &str) -> Result<Surface, String> {
    let client: syn::File =
        syn::parse_file(client_rs).map_err(|e| format!("client source: {e}"))?;
    let table: syn::File =
        syn::parse_file(operations_rs).map_err(|e| format!("operation table source: {e}"))?;
    Ok(Surface {
        operations: finish(operation_lines(spec, &client, &table)?),
        types: finish(type_lines(spec, &client)?),
    })
}

/// Runs the code generator on `spec_json` and renders its surface.
pub fn render_spec(spec_json: &[u8]) -> Result<Surface, String> {
    let spec: Value = serde_json::from_slice(spec_json).map_err(|e| e.to_string())?;
    let generated = talent_ray_codegen::generate(spec_json).map_err(|e| e.to_string())?;
    render(&spec, &generated.client, &generated.operations)
}

fn finish(mut lines: Vec<String>) -> String {
    lines.sort();
    lines.dedup();
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// A type's tokens on one line, without the paths every type shares.
fn show(tokens: &impl ToTokens) -> String {
    let mut text: String = tokens
        .to_token_stream()
        .to_string()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for prefix in [
        "::std::option::",
        "::std::string::",
        "::std::vec::",
        "::std::num::",
        "::std::collections::",
        "::serde_json::",
        "::chrono::",
        "::reqwest::Method::",
        "crate::types::",
        "super::types::",
        "types::",
        "crate::",
        "Paging::",
        "Scope::",
    ] {
        text = text.replace(prefix, "");
    }
    text.replace(',', ", ")
}

fn items_of<'a>(items: &'a [syn::Item], module: &str) -> Option<&'a [syn::Item]> {
    items.iter().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == module => m.content.as_ref().map(|(_, i)| i.as_slice()),
        _ => None,
    })
}

/// What `#[serde(…)]` says about an item: its `rename`, and whether it has a `default`
/// (a field that may be left out of the JSON).
fn serde_info(attrs: &[syn::Attribute]) -> (Option<String>, bool) {
    let (mut rename, mut default) = (None, false);
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("default") {
                default = true;
            }
            if meta.path.is_ident("rename") {
                let value: syn::LitStr = meta.value()?.parse()?;
                rename = Some(value.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            } else if meta.input.peek(syn::token::Paren) {
                let _ = meta.parse_nested_meta(|_| Ok(()));
            }
            Ok(())
        });
    }
    (rename, default)
}

// ---------------------------------------------------------------------------------------------
// Operations

/// The spec constraints of a schema (`maximum=100, pattern="^tr_"`), following `$ref`s.
fn constraints(doc: &Value, schema: &Value) -> Vec<String> {
    let schema = follow(doc, schema);
    let mut out = Vec::new();
    for key in [
        "minimum",
        "exclusiveMinimum",
        "maximum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
        "format",
    ] {
        if let Some(value) = schema.get(key) {
            out.push(format!("{key}={value}"));
        }
    }
    out
}

/// `OPERATIONS` entries of the generated table, by operationId: field name → rendered value.
fn table_rows(table: &syn::File) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut rows = BTreeMap::new();
    for item in &table.items {
        let syn::Item::Const(c) = item else { continue };
        if c.ident != "OPERATIONS" {
            continue;
        }
        let mut expr = c.expr.as_ref();
        if let syn::Expr::Reference(r) = expr {
            expr = &r.expr;
        }
        let syn::Expr::Array(array) = expr else {
            continue;
        };
        for elem in &array.elems {
            let syn::Expr::Struct(row) = elem else {
                continue;
            };
            let mut fields = BTreeMap::new();
            for field in &row.fields {
                let syn::Member::Named(name) = &field.member else {
                    continue;
                };
                let value = match &field.expr {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) => s.value(),
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Int(i),
                        ..
                    }) => i.base10_digits().to_owned(),
                    other => show(other).trim_start_matches('&').to_owned(),
                };
                fields.insert(name.to_string(), value);
            }
            if let Some(id) = fields.get("operation_id").cloned() {
                rows.insert(id, fields);
            }
        }
    }
    rows
}

/// Builder struct name of each `Client` method (`list_candidates` → `ListCandidates`).
fn client_methods(client: &syn::File) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for item in &client.items {
        let syn::Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() || show(&imp.self_ty) != "Client" {
            continue;
        }
        for item in &imp.items {
            let syn::ImplItem::Fn(f) = item else { continue };
            if let syn::ReturnType::Type(_, ty) = &f.sig.output
                && let syn::Type::Path(path) = ty.as_ref()
                && let Some(last) = path.path.segments.last()
            {
                out.insert(f.sig.ident.to_string(), last.ident.to_string());
            }
        }
    }
    out
}

/// What a builder exposes: its fields' types (inside `Result<_, String>`) and `send`'s
/// success and error types.
#[derive(Default)]
struct BuilderInfo {
    fields: BTreeMap<String, String>,
    ok: Option<String>,
    error: Option<String>,
}

fn generic_args(ty: &syn::Type) -> Vec<&syn::Type> {
    let syn::Type::Path(path) = ty else {
        return Vec::new();
    };
    let Some(last) = path.path.segments.last() else {
        return Vec::new();
    };
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return Vec::new();
    };
    args.args
        .iter()
        .filter_map(|a| match a {
            syn::GenericArgument::Type(t) => Some(t),
            _ => None,
        })
        .collect()
}

fn builders(client: &syn::File) -> BTreeMap<String, BuilderInfo> {
    let mut out: BTreeMap<String, BuilderInfo> = BTreeMap::new();
    for item in items_of(&client.items, "builder").unwrap_or_default() {
        match item {
            syn::Item::Struct(s) => {
                let info = out.entry(s.ident.to_string()).or_default();
                for field in &s.fields {
                    let Some(name) = &field.ident else { continue };
                    if name == "client" {
                        continue;
                    }
                    let inner = generic_args(&field.ty)
                        .first()
                        .map(|t| show(*t))
                        .unwrap_or_else(|| show(&field.ty));
                    info.fields.insert(name.to_string(), inner);
                }
            }
            syn::Item::Impl(imp) if imp.trait_.is_none() => {
                let syn::Type::Path(self_ty) = imp.self_ty.as_ref() else {
                    continue;
                };
                let Some(name) = self_ty.path.segments.last().map(|s| s.ident.to_string()) else {
                    continue;
                };
                for item in &imp.items {
                    let syn::ImplItem::Fn(f) = item else { continue };
                    // `send` returns the SDK's error; the error body's type (its family) is on
                    // the unclassified send the SDK wraps, when there is one.
                    let unclassified = f.sig.ident == "send_unclassified";
                    if f.sig.ident != "send" && !unclassified {
                        continue;
                    }
                    let syn::ReturnType::Type(_, ty) = &f.sig.output else {
                        continue;
                    };
                    let info = out.entry(name.clone()).or_default();
                    if let [ok, err] = generic_args(ty).as_slice() {
                        let first =
                            |t: &syn::Type| generic_args(t).first().map_or_else(|| show(t), show);
                        info.ok = Some(first(ok));
                        if unclassified || info.error.is_none() {
                            info.error = Some(first(err));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The fields of the generated table that describe an operation's behaviour.
/// (The HTTP method and path come from the spec and must agree with the table's, so they are
/// shown once unless they differ.)
const TABLE_FIELDS: [&str; 8] = [
    "method_name",
    "http_method",
    "path",
    "required_scopes",
    "public",
    "idempotent",
    "paging",
    "success_status",
];

fn operation_lines(
    spec: &Value,
    client: &syn::File,
    table: &syn::File,
) -> Result<Vec<String>, String> {
    let rows = table_rows(table);
    let methods = client_methods(client);
    let builders = builders(client);
    let mut lines = Vec::new();
    for (name, scheme) in spec
        .pointer("/components/securitySchemes")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let mut scheme = scheme.clone();
        if let Some(obj) = scheme.as_object_mut() {
            obj.remove("description");
        }
        lines.push(format!("security-scheme {name}: {scheme}"));
    }
    let paths = spec
        .get("paths")
        .and_then(Value::as_object)
        .ok_or("the spec has no paths")?;
    for (path, item) in paths {
        let item = follow(spec, item);
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("{} {path} has no operationId", method.to_uppercase()))?;
            let method_name = id.to_snake_case();
            let builder = methods.get(&method_name).and_then(|b| builders.get(b));
            let security = op
                .get("security")
                .or_else(|| spec.get("security"))
                .and_then(Value::as_array)
                .map(|reqs| {
                    let names: Vec<String> = reqs
                        .iter()
                        .filter_map(Value::as_object)
                        .map(|req| req.keys().cloned().collect::<Vec<_>>().join("+"))
                        .collect();
                    if names.is_empty() {
                        "none".to_owned()
                    } else {
                        names.join("|")
                    }
                })
                .unwrap_or_else(|| "unspecified".to_owned());
            let mut line = format!(
                "op {id}: {} {path} security={security}",
                method.to_uppercase()
            );
            match rows.get(id) {
                Some(row) => {
                    for field in TABLE_FIELDS {
                        let from_spec = match field {
                            "http_method" => Some(method.to_uppercase()),
                            "path" => Some(path.clone()),
                            _ => None,
                        };
                        if let Some(value) = row.get(field)
                            && from_spec.as_ref() != Some(value)
                        {
                            line.push_str(&format!(" {field}={value}"));
                        }
                    }
                }
                None => line.push_str(" (missing from OPERATIONS)"),
            }
            match builder {
                Some(b) => {
                    let body = b.fields.get("body").map_or("-", String::as_str);
                    line.push_str(&format!(
                        " body={body} ok={} error={}",
                        b.ok.as_deref().unwrap_or("?"),
                        b.error.as_deref().unwrap_or("?")
                    ));
                }
                None => line.push_str(&format!(" (no Client::{method_name} builder)")),
            }
            lines.push(line);

            let params = [item, op]
                .into_iter()
                .filter_map(|v| v.get("parameters").and_then(Value::as_array))
                .flatten()
                .map(|p| follow(spec, p));
            for param in params {
                let (Some(name), Some(location)) = (
                    param.get("name").and_then(Value::as_str),
                    param.get("in").and_then(Value::as_str),
                ) else {
                    continue;
                };
                let required = param.get("required").and_then(Value::as_bool) == Some(true);
                // Rust keywords get a trailing `_` (`type` → `type_`) or a raw identifier.
                let snake = name.to_snake_case();
                let rust = builder
                    .and_then(|b| {
                        [snake.clone(), format!("{snake}_"), format!("r#{snake}")]
                            .iter()
                            .find_map(|field| b.fields.get(field))
                    })
                    .map_or("(no setter)", String::as_str);
                let mut line = format!(
                    "param {id}.{name}: in={location} {} type={rust}",
                    if required { "required" } else { "optional" }
                );
                let constraints = param
                    .get("schema")
                    .map(|s| constraints(spec, s))
                    .unwrap_or_default();
                if !constraints.is_empty() {
                    line.push_str(&format!(" [{}]", constraints.join(", ")));
                }
                lines.push(line);
            }
        }
    }
    Ok(lines)
}

// ---------------------------------------------------------------------------------------------
// Types

/// Messages a constructor refuses with (`Err("longer than 200 characters")`) and the patterns
/// it compiles (`Regex::new("^tr_")`).
#[derive(Default)]
struct Checks(Vec<String>);

impl<'ast> Visit<'ast> for Checks {
    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        let func = show(&call.func);
        let literal = call.args.first().and_then(|arg| match arg {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) => Some(s.value()),
            syn::Expr::MethodCall(m) => match m.receiver.as_ref() {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        });
        if let Some(text) = literal {
            if func == "Err" {
                self.0.push(format!("refuses {text:?}"));
            } else if func.ends_with("Regex::new") {
                self.0.push(format!("pattern {text:?}"));
            }
        }
        syn::visit::visit_expr_call(self, call);
    }
}

/// Wire names of an open enum's variants, from its `as_str` match arms.
fn wire_names(imp: &syn::ItemImpl) -> BTreeMap<String, String> {
    #[derive(Default)]
    struct Arms(BTreeMap<String, String>);
    impl<'ast> Visit<'ast> for Arms {
        fn visit_arm(&mut self, arm: &'ast syn::Arm) {
            if let syn::Pat::Path(p) = &arm.pat
                && let Some(variant) = p.path.segments.last()
                && let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) = arm.body.as_ref()
            {
                self.0.insert(variant.ident.to_string(), s.value());
            }
            syn::visit::visit_arm(self, arm);
        }
    }
    let mut arms = Arms::default();
    for item in &imp.items {
        if let syn::ImplItem::Fn(f) = item
            && f.sig.ident == "as_str"
        {
            arms.visit_impl_item_fn(f);
        }
    }
    arms.0
}

fn type_lines(spec: &Value, client: &syn::File) -> Result<Vec<String>, String> {
    let items = items_of(&client.items, "types").ok_or("no `types` module in the client")?;
    let mut lines = Vec::new();
    let mut wires: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let local: std::collections::BTreeSet<String> = items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            _ => None,
        })
        .collect();
    for item in items {
        let syn::Item::Impl(imp) = item else { continue };
        let self_ty = show(&imp.self_ty);
        match &imp.trait_ {
            None => {
                let names = wire_names(imp);
                if !names.is_empty() {
                    wires.entry(self_ty).or_default().extend(names);
                }
            }
            Some((path, _)) if show(path).ends_with("FromStr") => {
                let mut checks = Checks::default();
                checks.visit_item_impl(imp);
                for check in checks.0 {
                    lines.push(format!("enforces {self_ty}: {check}"));
                }
            }
            Some((path, _)) => {
                if let Some(line) = conversion(path, &self_ty, &local) {
                    lines.push(line);
                }
            }
        }
    }
    for item in items {
        match item {
            syn::Item::Struct(s) => {
                let name = s.ident.to_string();
                match &s.fields {
                    syn::Fields::Named(fields) => {
                        lines.push(format!("struct {name}"));
                        for field in &fields.named {
                            let Some(ident) = &field.ident else { continue };
                            let (rename, default) = serde_info(&field.attrs);
                            let wire = rename.unwrap_or_else(|| {
                                ident.to_string().trim_start_matches("r#").to_owned()
                            });
                            lines.push(format!(
                                "field {name}.{ident}: {} wire={wire:?}{}",
                                show(&field.ty),
                                if default { " default" } else { "" }
                            ));
                        }
                    }
                    syn::Fields::Unnamed(fields) => {
                        let inner: Vec<String> =
                            fields.unnamed.iter().map(|f| show(&f.ty)).collect();
                        lines.push(format!("newtype {name}({})", inner.join(", ")));
                    }
                    syn::Fields::Unit => lines.push(format!("struct {name};")),
                }
            }
            syn::Item::Enum(e) => {
                let name = e.ident.to_string();
                lines.push(format!("enum {name}"));
                for variant in &e.variants {
                    let v = variant.ident.to_string();
                    let payload = match &variant.fields {
                        syn::Fields::Unit => String::new(),
                        other => show(other),
                    };
                    let wire = serde_info(&variant.attrs)
                        .0
                        .or_else(|| wires.get(&name).and_then(|w| w.get(&v)).cloned());
                    let wire = wire.map(|w| format!(" wire={w:?}")).unwrap_or_default();
                    lines.push(format!("variant {name}::{v}{payload}{wire}"));
                }
            }
            syn::Item::Type(t) => lines.push(format!("alias {} = {}", t.ident, show(&t.ty))),
            _ => {}
        }
    }
    if let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for (name, schema) in schemas {
            spec_constraints(
                spec,
                schema,
                &format!("/components/schemas/{}", pointer_escape(name)),
                &mut lines,
            );
        }
    }
    Ok(lines)
}

/// `impl From<A> for B` / `impl PartialEq<A> for B` between two generated types of the module
/// (the conversions between a request enum and a response enum): removing one breaks users.
fn conversion(
    path: &syn::Path,
    self_ty: &str,
    local: &std::collections::BTreeSet<String>,
) -> Option<String> {
    let last = path.segments.last()?;
    let name = last.ident.to_string();
    if !matches!(name.as_str(), "From" | "PartialEq") || !local.contains(self_ty) {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let mut args = args.args.iter();
    let (Some(syn::GenericArgument::Type(arg)), None) = (args.next(), args.next()) else {
        return None;
    };
    let arg = show(arg);
    local
        .contains(&arg)
        .then(|| format!("impl {name}<{arg}> for {self_ty}"))
}

/// `constraint POINTER: …` for every schema under `at` that states a constraint.
fn spec_constraints(spec: &Value, schema: &Value, at: &str, lines: &mut Vec<String>) {
    let Value::Object(obj) = schema else { return };
    if obj.contains_key("$ref") {
        return;
    }
    let found = constraints(spec, schema);
    if !found.is_empty() {
        lines.push(format!("constraint {at}: {}", found.join(", ")));
    }
    for (key, value) in obj {
        match key.as_str() {
            "properties" | "patternProperties" => {
                for (name, sub) in value.as_object().into_iter().flatten() {
                    spec_constraints(
                        spec,
                        sub,
                        &format!("{at}/{key}/{}", pointer_escape(name)),
                        lines,
                    );
                }
            }
            "items" | "additionalProperties" | "not" => {
                spec_constraints(spec, value, &format!("{at}/{key}"), lines)
            }
            "allOf" | "anyOf" | "oneOf" | "prefixItems" => {
                for (i, sub) in value.as_array().into_iter().flatten().enumerate() {
                    spec_constraints(spec, sub, &format!("{at}/{key}/{i}"), lines);
                }
            }
            _ => {}
        }
    }
}
