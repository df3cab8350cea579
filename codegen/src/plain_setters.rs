//! Plain-value request building, rewritten into progenitor's output:
//!
//! - the builders of request-body types (`types::builder::*`) get setters that take plain values
//!   (`impl Into<String>`, plain numbers, `impl IntoIterator` for lists, enum variants), plus
//!   `omit_{field}` for optional and `clear_{field}` for nullable fields;
//! - every operation builder with a body gets the same setters, flattened, so a call reads
//!   `client.update_candidate().id("…").status("Active").send()`;
//! - a required field left unset names its JSON path;
//! - `send()` returns `crate::Error` instead of progenitor's error.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{Fields, GenericArgument, ImplItem, Item, PathArguments, Type};

use crate::Error;

/// A field of a request-body type, as the setters need it.
#[derive(Clone)]
pub(crate) struct Field {
    /// The Rust field (and setter) name.
    pub ident: syn::Ident,
    /// The name on the wire.
    pub json: String,
    /// The field's doc text.
    pub doc: String,
    /// How the field is set.
    pub shape: Shape,
    /// Whether the body is incomplete without it (no `Option`, no serde default).
    pub required: bool,
}

/// Whether a field must be set, may be left out, or may also be cleared with `null`.
#[derive(Clone)]
pub(crate) enum Shape {
    /// `T`.
    Required(Type),
    /// `Option<T>`.
    Optional(Type),
    /// `Option<crate::Nullable<T>>`.
    Nullable(Type),
}

/// What a setter takes for a field of type `ty`, and how it turns that into `ty`.
fn plain(ty: &Type) -> (TokenStream, TokenStream) {
    let last = last_segment(ty);
    match last.as_ref().map(|(name, _)| name.as_str()) {
        Some("String") => (
            quote!(impl ::std::convert::Into<::std::string::String>),
            quote!(value.into()),
        ),
        Some("Vec") => {
            let item = last.and_then(|(_, arg)| arg).expect("Vec has an item type");
            let (item_param, _) = plain(&item);
            let item_param = if item_param.to_string().starts_with("impl") {
                item_param
            } else {
                quote!(impl ::std::convert::Into<#item_param>)
            };
            (
                quote!(impl ::std::iter::IntoIterator<Item = #item_param>),
                quote!(value.into_iter().map(::std::convert::Into::into).collect()),
            )
        }
        Some(
            "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "f32" | "f64" | "bool",
        ) => (quote!(#ty), quote!(value)),
        _ => (quote!(impl ::std::convert::Into<#ty>), quote!(value.into())),
    }
}

/// The names of a path type's segments (`crate::types::Role` → `["crate", "types", "Role"]`).
pub(crate) fn segments(ty: &Type) -> Vec<String> {
    match ty {
        Type::Path(path) => path
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect(),
        _ => Vec::new(),
    }
}

/// The last path segment's name and its first generic type argument.
pub(crate) fn last_segment(ty: &Type) -> Option<(String, Option<Type>)> {
    let Type::Path(path) = ty else { return None };
    let segment = path.path.segments.last()?;
    let arg = match &segment.arguments {
        PathArguments::AngleBracketed(args) => args.args.iter().find_map(|a| match a {
            GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        }),
        _ => None,
    };
    Some((segment.ident.to_string(), arg))
}

/// `ty` with every bare type name (a type of the `types` module) as `crate::types::Name`, so
/// it can be named from any module.
fn qualify(ty: &Type) -> Type {
    let mut ty = ty.clone();
    qualify_in_place(&mut ty);
    ty
}

fn qualify_in_place(ty: &mut Type) {
    let Type::Path(path) = ty else { return };
    for segment in path.path.segments.iter_mut() {
        if let PathArguments::AngleBracketed(args) = &mut segment.arguments {
            for arg in args.args.iter_mut() {
                if let GenericArgument::Type(t) = arg {
                    qualify_in_place(t);
                }
            }
        }
    }
    if path.qself.is_none() && path.path.leading_colon.is_none() && path.path.segments.len() == 1 {
        let segment = &path.path.segments[0];
        let name = segment.ident.to_string();
        let primitive = name.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        if !primitive && !["String", "Vec", "Option", "Box"].contains(&name.as_str()) {
            let segment = segment.clone();
            path.path = syn::parse_quote!(crate::types::#segment);
        }
    }
}

fn shape(ty: &Type) -> Shape {
    let ty = &qualify(ty);
    match last_segment(ty) {
        Some((name, Some(inner))) if name == "Option" => match last_segment(&inner) {
            Some((name, Some(value))) if name == "Nullable" => Shape::Nullable(value),
            _ => Shape::Optional(inner),
        },
        _ => Shape::Required(ty.clone()),
    }
}

fn doc_of(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value().trim().to_owned()),
                _ => None,
            },
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The `rename = "…"` of a field's `#[serde(…)]`, if any, and whether it has a `default`.
fn serde_rename(attrs: &[syn::Attribute]) -> (Option<String>, bool) {
    let mut rename = None;
    let mut default = false;
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            default |= meta.path.is_ident("default");
            if meta.path.is_ident("rename") {
                rename = Some(meta.value()?.parse::<syn::LitStr>()?.value());
            } else if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<syn::Expr>()?;
            }
            Ok(())
        });
    }
    (rename, default)
}

/// The fields of every struct in `types`, by type name.
fn struct_fields(types: &[Item]) -> BTreeMap<String, Vec<Field>> {
    let mut out = BTreeMap::new();
    for item in types {
        let Item::Struct(s) = item else { continue };
        let Fields::Named(named) = &s.fields else {
            continue;
        };
        let fields = named
            .named
            .iter()
            .filter_map(|f| {
                let ident = f.ident.clone()?;
                let (rename, default) = serde_rename(&f.attrs);
                let shape = shape(&f.ty);
                Some(Field {
                    json: rename.unwrap_or_else(|| ident.to_string()),
                    doc: doc_of(&f.attrs),
                    required: matches!(shape, Shape::Required(_)) && !default,
                    shape,
                    ident,
                })
            })
            .collect();
        out.insert(s.ident.to_string(), fields);
    }
    out
}

/// The setters for one field; `target` is how they reach the field (`self.name = …` for the
/// body builder, or a delegation for an operation builder).
fn setters(field: &Field, taken: &BTreeSet<String>, body_builder: bool) -> Vec<TokenStream> {
    let name = &field.ident;
    let json = &field.json;
    let described = if field.doc.is_empty() {
        String::new()
    } else {
        format!("{}\n\n", field.doc)
    };
    let mut out = Vec::new();
    if !body_builder && taken.contains(&name.to_string()) {
        // A parameter has this name: the field stays reachable through `body_map`.
        return out;
    }
    let mut setter =
        |method: syn::Ident, doc: String, param: Option<TokenStream>, value: TokenStream| {
            if body_builder || !taken.contains(&method.to_string()) {
                let (sig, call) = match &param {
                    Some(p) => (quote!(value: #p), quote!(b.#method(value))),
                    None => (quote!(), quote!(b.#method())),
                };
                out.push(if body_builder {
                    quote! {
                        #[doc = #doc]
                        pub fn #method(mut self, #sig) -> Self {
                            self.#name = Ok(#value);
                            self
                        }
                    }
                } else {
                    quote! {
                        #[doc = #doc]
                        pub fn #method(self, #sig) -> Self {
                            self.body_map(|b| #call)
                        }
                    }
                });
            }
        };
    let (Shape::Required(ty) | Shape::Optional(ty) | Shape::Nullable(ty)) = &field.shape;
    let (param, convert) = plain(ty);
    let nullable = matches!(field.shape, Shape::Nullable(_));
    let (doc, value) = match field.shape {
        Shape::Required(_) if field.required => (format!("Sets `{json}` (required)."), convert),
        Shape::Required(_) => (format!("Sets `{json}`."), convert),
        Shape::Optional(_) => (format!("Sets `{json}`."), quote!(Some(#convert))),
        Shape::Nullable(_) => (
            format!("Sets `{json}`."),
            quote!(Some(crate::Nullable::Value(#convert))),
        ),
    };
    setter(
        name.clone(),
        format!("{described}{doc}"),
        Some(param),
        value,
    );
    if nullable {
        setter(
            format_ident!("clear_{}", name),
            format!("Sends `{json}` as `null`: clears it."),
            None,
            quote!(Some(crate::Nullable::Null)),
        );
    }
    if !matches!(field.shape, Shape::Required(_)) {
        setter(
            format_ident!("omit_{}", name),
            format!("Leaves `{json}` out of the request (the default; unchanged on an update)."),
            None,
            quote!(None),
        );
    }
    out
}

fn module<'a>(items: &'a mut [Item], name: &str) -> Option<&'a mut Vec<Item>> {
    items.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == name => m.content.as_mut().map(|c| &mut c.1),
        _ => None,
    })
}

fn self_type_name(imp: &syn::ItemImpl) -> Option<String> {
    last_segment(&imp.self_ty).map(|(name, _)| name)
}

/// The body builder type of an operation builder: `X` in `body: Result<types::builder::X, _>`.
fn body_builder_type(s: &syn::ItemStruct) -> Option<String> {
    let Fields::Named(named) = &s.fields else {
        return None;
    };
    let body = named
        .named
        .iter()
        .find(|f| f.ident.as_ref().is_some_and(|i| i == "body"))?;
    let (name, inner) = last_segment(&body.ty)?;
    if name != "Result" {
        return None;
    }
    match segments(&inner?).as_slice() {
        [types, builder, name] if types == "types" && builder == "builder" => Some(name.clone()),
        _ => None,
    }
}

/// Rewrites `file` (progenitor's output) in place; `request_types` are the Rust names of the
/// types reachable from request bodies.
pub(crate) fn rewrite(
    file: &mut syn::File,
    request_types: &BTreeSet<String>,
    original: &serde_json::Value,
) -> Result<(), Error> {
    let missing = |what: &str| Error::Progenitor(format!("no `{what}` module in the output"));

    // Operation builders: which body type each one carries, and the names they already use.
    let ops = module(&mut file.items, "builder").ok_or_else(|| missing("builder"))?;
    let mut bodies: BTreeMap<String, String> = BTreeMap::new();
    let mut taken: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in ops.iter() {
        match item {
            Item::Struct(s) => {
                if let Some(body) = body_builder_type(s) {
                    bodies.insert(s.ident.to_string(), body);
                }
            }
            Item::Impl(imp) if imp.trait_.is_none() => {
                let names = taken
                    .entry(self_type_name(imp).unwrap_or_default())
                    .or_default();
                for item in &imp.items {
                    if let ImplItem::Fn(f) = item {
                        names.insert(f.sig.ident.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    let direct: BTreeSet<String> = bodies.values().cloned().collect();

    // Body builders: plain setters, and required fields that name their JSON path.
    let types = module(&mut file.items, "types").ok_or_else(|| missing("types"))?;
    let rewritten = reachable(
        request_types.union(&direct).cloned().collect(),
        &struct_fields(types),
    );
    sendable_empty_lists(types, &rewritten);
    let fields = struct_fields(types);
    let type_builders = module(types, "builder").ok_or_else(|| missing("types::builder"))?;
    for item in type_builders.iter_mut() {
        let Item::Impl(imp) = item else { continue };
        let Some(name) = self_type_name(imp).filter(|n| rewritten.contains(n)) else {
            continue;
        };
        let Some(fields) = fields.get(&name) else {
            continue;
        };
        let prefix = if direct.contains(&name) { "body " } else { "" };
        match &imp.trait_ {
            None => {
                let items: Vec<TokenStream> = fields
                    .iter()
                    .flat_map(|f| setters(f, &BTreeSet::new(), true))
                    .collect();
                imp.items = parse_items(quote!(#(#items)*))?;
            }
            Some((path, _)) if path_ends(path, "Default") => {
                let mut text = quote!(#imp).to_string();
                for f in fields {
                    let from = format!("\"no value supplied for {}\"", f.ident);
                    let to = format!("\"{prefix}/{}: no value supplied (required)\"", f.json);
                    text = text.replace(&from, &to);
                }
                *imp = syn::parse_str(&text)
                    .map_err(|e| Error::Progenitor(format!("rewriting {name}: {e}")))?;
            }
            _ => {}
        }
    }

    // Operation builders: flattened setters and `send()` returning `crate::Error`.
    let ops = module(&mut file.items, "builder").ok_or_else(|| missing("builder"))?;
    let mut extra = Vec::new();
    for item in ops.iter_mut() {
        let Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let Some(op) = self_type_name(imp) else {
            continue;
        };
        classify_send(imp)?;
        let Some(body) = bodies.get(&op) else {
            continue;
        };
        let Some(fields) = fields.get(body) else {
            continue;
        };
        let names = taken.get(&op).cloned().unwrap_or_default();
        let items: Vec<TokenStream> = fields
            .iter()
            .flat_map(|f| setters(f, &names, false))
            .collect();
        if !items.is_empty() && imp.items.iter().any(is_body_map) {
            let ident = format_ident!("{op}");
            extra.push(quote! {
                /// The request body's fields, set one by one with plain values.
                impl<'a> #ident<'a> {
                    #(#items)*
                }
            });
        }
    }
    for tokens in extra {
        let parsed: syn::File = syn::parse2(tokens)
            .map_err(|e| Error::Progenitor(format!("flattened setters: {e}")))?;
        ops.extend(parsed.items);
    }
    crate::doc_examples::rewrite(file, original, &bodies, &fields, &taken);
    Ok(())
}

/// typify skips an empty optional list when serializing, so a request could never send `[]` (to
/// clear a list on an update). In request types such a field becomes `Option<Vec<T>>`: left out
/// when `None`, sent as given (even empty) when set. Their builders follow.
fn sendable_empty_lists(types: &mut [Item], request_types: &BTreeSet<String>) {
    const SKIP_EMPTY: &str = "::std::vec::Vec::is_empty";
    let mut changed: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in types.iter_mut() {
        let Item::Struct(s) = item else { continue };
        if !request_types.contains(&s.ident.to_string()) {
            continue;
        }
        let Fields::Named(named) = &mut s.fields else {
            continue;
        };
        for field in named.named.iter_mut() {
            let skips_empty = field.attrs.iter().any(|a| {
                a.path().is_ident("serde")
                    && quote!(#a).to_string().contains(&format!("{SKIP_EMPTY:?}"))
            });
            if !skips_empty {
                continue;
            }
            for attr in field
                .attrs
                .iter_mut()
                .filter(|a| a.path().is_ident("serde"))
            {
                let text = quote!(#attr).to_string().replace(
                    &format!("{SKIP_EMPTY:?}"),
                    "\"::std::option::Option::is_none\"",
                );
                if let Ok(parsed) =
                    syn::parse::Parser::parse_str(syn::Attribute::parse_outer, &text)
                    && let [one] = parsed.as_slice()
                {
                    *attr = one.clone();
                }
            }
            let ty = &field.ty;
            field.ty = syn::parse_quote!(::std::option::Option<#ty>);
            if let Some(ident) = &field.ident {
                changed
                    .entry(s.ident.to_string())
                    .or_default()
                    .insert(ident.to_string());
            }
        }
    }
    let Some(builders) = types.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == "builder" => m.content.as_mut().map(|c| &mut c.1),
        _ => None,
    }) else {
        return;
    };
    for item in builders.iter_mut() {
        let Item::Struct(s) = item else { continue };
        let Some(names) = changed.get(&s.ident.to_string()) else {
            continue;
        };
        let Fields::Named(named) = &mut s.fields else {
            continue;
        };
        for field in named.named.iter_mut() {
            if !field
                .ident
                .as_ref()
                .is_some_and(|i| names.contains(&i.to_string()))
            {
                continue;
            }
            if let Some((_, Some(inner))) = last_segment(&field.ty) {
                field.ty = syn::parse_quote!(
                    ::std::result::Result<::std::option::Option<#inner>, ::std::string::String>
                );
            }
        }
    }
}

/// `roots` and every generated type their fields name, transitively.
fn reachable(roots: BTreeSet<String>, fields: &BTreeMap<String, Vec<Field>>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut pending: Vec<String> = roots.into_iter().collect();
    while let Some(name) = pending.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        for field in fields.get(&name).into_iter().flatten() {
            let (Shape::Required(ty) | Shape::Optional(ty) | Shape::Nullable(ty)) = &field.shape;
            let text = quote!(#ty).to_string().replace(' ', "");
            for part in text.split("crate::types::").skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                pending.push(name);
            }
        }
    }
    seen
}

fn path_ends(path: &syn::Path, name: &str) -> bool {
    path.segments.last().is_some_and(|s| s.ident == name)
}

fn is_body_map(item: &ImplItem) -> bool {
    matches!(item, ImplItem::Fn(f) if f.sig.ident == "body_map")
}

fn parse_items(tokens: TokenStream) -> Result<Vec<ImplItem>, Error> {
    let imp: syn::ItemImpl = syn::parse2(quote!(impl X { #tokens }))
        .map_err(|e| Error::Progenitor(format!("plain setters: {e}")))?;
    Ok(imp.items)
}

/// Renames progenitor's `send` to a private `send_unclassified` and adds a `send` that returns
/// `crate::Error`, so a call's result can be matched on without converting it first.
fn classify_send(imp: &mut syn::ItemImpl) -> Result<(), Error> {
    let Some(at) = imp.items.iter().position(
        |i| matches!(i, ImplItem::Fn(f) if f.sig.ident == "send" && f.sig.asyncness.is_some()),
    ) else {
        return Ok(());
    };
    let ImplItem::Fn(original) = &mut imp.items[at] else {
        unreachable!("found above")
    };
    let syn::ReturnType::Type(_, ret) = &original.sig.output else {
        return Err(Error::Progenitor("`send` without a return type".into()));
    };
    let success = match last_segment(ret) {
        Some((name, Some(success))) if name == "Result" => success,
        _ => return Err(Error::Progenitor("`send` does not return a Result".into())),
    };
    let doc = doc_of(&original.attrs);
    let doc = format!(
        "{doc}\n\nFails with [`crate::Error`]; a request that breaks a constraint of the spec is \
         refused before sending ([`crate::Error::InvalidRequest`])."
    );
    original.sig.ident = format_ident!("send_unclassified");
    original.vis = syn::Visibility::Inherited;
    original.attrs.retain(|a| !a.path().is_ident("doc"));
    let send: ImplItem = syn::parse2(quote! {
        #[doc = #doc]
        pub async fn send(self) -> ::std::result::Result<#success, crate::Error> {
            crate::wire::classify(self.send_unclassified()).await
        }
    })
    .map_err(|e| Error::Progenitor(format!("send: {e}")))?;
    imp.items.insert(at, send);
    Ok(())
}
