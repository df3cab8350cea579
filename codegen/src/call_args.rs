//! The JSON dispatcher: for every operation, an arguments struct whose fields have the exact types
//! of progenitor's request builder, and one `match` that decodes JSON arguments into it and sends
//! them through that builder. The CLI and the MCP server call operations by `operationId` this way,
//! so a request they send is validated and encoded by the same types as a typed call.
//!
//! The field types are read from progenitor's own output (the builder structs' `Result<T, String>`
//! fields), so they follow whatever the generator and the normalisations made of the spec.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::Error;
use crate::operation_table::{OperationSpec, ParamSpec};

/// One builder field: its name and the type its setter takes.
struct Field {
    ident: syn::Ident,
    /// The value type (`T` of `Result<T, String>`, or `U` of `Result<Option<U>, String>`).
    ty: syn::Type,
    optional: bool,
}

/// Tokens for `call_args.rs`: the per-operation argument structs, `dispatch` and the schema tables.
pub fn tokens(client: &syn::File, ops: &[OperationSpec]) -> Result<TokenStream, Error> {
    let builders = builder_module(client)?;
    let mut structs = Vec::new();
    let mut arms = Vec::new();
    let mut input_arms = Vec::new();
    let mut output_arms = Vec::new();
    for op in ops {
        let builder_name = builder_of(client, &op.method_name).ok_or_else(|| {
            Error::Progenitor(format!(
                "no client method `{}` in the output",
                op.method_name
            ))
        })?;
        let fields = builder_fields(builders, &builder_name)?;
        let args = format_ident!("{}Args", op.operation_id.to_upper_camel_case());
        let method = format_ident!("{}", op.method_name);
        let id = &op.operation_id;

        let mut decls = Vec::new();
        let mut sets = Vec::new();
        for field in &fields {
            let ident = &field.ident;
            let (wire, doc) = wire_name(op, field)?;
            let ty = &field.ty;
            // A body the spec does not require may be left out even if the builder defaults it.
            let optional =
                field.optional || (wire == "body" && op.body.as_ref().is_some_and(|b| !b.required));
            if optional {
                decls.push(quote! {
                    #[doc = #doc]
                    #[serde(rename = #wire, default, skip_serializing_if = "Option::is_none")]
                    pub #ident: ::std::option::Option<#ty>,
                });
                sets.push(quote! {
                    if let ::std::option::Option::Some(value) = args.#ident {
                        request = request.#ident(value);
                    }
                });
            } else {
                decls.push(quote! {
                    #[doc = #doc]
                    #[serde(rename = #wire)]
                    pub #ident: #ty,
                });
                sets.push(quote! { request = request.#ident(args.#ident); });
            }
        }
        let doc = format!(
            "Arguments of `{id}` for [`Client::call`](crate::Client::call): its parameters under \
             their spec names and its body under `body`."
        );
        structs.push(quote! {
            #[doc = #doc]
            #[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
            #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
            #[serde(deny_unknown_fields)]
            pub struct #args { #(#decls)* }
        });
        arms.push(quote! {
            #id => {
                let args: #args = decode_args(#id, args)?;
                let mut request = client.#method();
                #(#sets)*
                finish(request.send().await)
            }
        });
        input_arms
            .push(quote! { #id => ::std::option::Option::Some(::schemars::schema_for!(#args)), });
        if let Some(ty) = success_type(client, &builder_name)? {
            output_arms
                .push(quote! { #id => ::std::option::Option::Some(::schemars::schema_for!(#ty)), });
        }
    }
    Ok(quote! {
        #(#structs)*

        /// Decodes `args` into the operation's arguments struct and sends it through its builder.
        #[allow(unused_mut, unused_variables)]
        pub(crate) async fn dispatch(
            client: &crate::Client,
            operation_id: &str,
            args: ::serde_json::Value,
        ) -> crate::Result<(u16, ::serde_json::Value)> {
            match operation_id {
                #(#arms)*
                _ => ::std::result::Result::Err(unknown_operation(operation_id)),
            }
        }

        /// The JSON Schema of an operation's arguments object, from its arguments struct.
        #[cfg(feature = "schemars")]
        pub fn input_schema(operation_id: &str) -> ::std::option::Option<::schemars::Schema> {
            match operation_id {
                #(#input_arms)*
                _ => ::std::option::Option::None,
            }
        }

        /// The JSON Schema of an operation's success body, from its generated type; `None` when
        /// the success has no body (or the spec has no such operation).
        #[cfg(feature = "schemars")]
        pub fn output_schema(operation_id: &str) -> ::std::option::Option<::schemars::Schema> {
            match operation_id {
                #(#output_arms)*
                _ => ::std::option::Option::None,
            }
        }
    })
}

/// The spec name a builder field stands for, and its description.
fn wire_name(op: &OperationSpec, field: &Field) -> Result<(String, String), Error> {
    let ident = field.ident.to_string();
    if ident == "body" && op.body.is_some() {
        return Ok(("body".into(), "The request body.".into()));
    }
    // progenitor snake-cases names and suffixes keywords with `_` (`type` → `type_`).
    let bare = ident.trim_start_matches("r#").trim_end_matches('_');
    let param: Option<&ParamSpec> = op
        .parameters
        .iter()
        .find(|p| heck::ToSnakeCase::to_snake_case(p.name.as_str()).trim_end_matches('_') == bare);
    param
        .map(|p| {
            let doc = if p.description.is_empty() {
                format!("The `{}` {:?} parameter.", p.name, p.location).to_lowercase()
            } else {
                p.description.clone()
            };
            (p.name.clone(), doc)
        })
        .ok_or_else(|| {
            Error::Progenitor(format!(
                "builder field `{ident}` of `{}` matches no parameter of the spec",
                op.operation_id
            ))
        })
}

fn builder_module(file: &syn::File) -> Result<&[syn::Item], Error> {
    file.items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_ref().map(|c| c.1.as_slice()),
            _ => None,
        })
        .ok_or_else(|| Error::Progenitor("no `builder` module in the output".into()))
}

/// The builder type a `Client` method returns (`get_candidate` → `GetCandidate`).
fn builder_of(file: &syn::File, method: &str) -> Option<syn::Ident> {
    file.items.iter().find_map(|item| {
        let syn::Item::Impl(imp) = item else {
            return None;
        };
        if imp.trait_.is_some() {
            return None;
        }
        imp.items.iter().find_map(|item| {
            let syn::ImplItem::Fn(f) = item else {
                return None;
            };
            if f.sig.ident != method {
                return None;
            }
            let syn::ReturnType::Type(_, ty) = &f.sig.output else {
                return None;
            };
            let syn::Type::Path(path) = ty.as_ref() else {
                return None;
            };
            path.path.segments.last().map(|s| s.ident.clone())
        })
    })
}

fn builder_fields(items: &[syn::Item], name: &syn::Ident) -> Result<Vec<Field>, Error> {
    let fields = items
        .iter()
        .find_map(|item| match item {
            syn::Item::Struct(s) if &s.ident == name => Some(&s.fields),
            _ => None,
        })
        .ok_or_else(|| Error::Progenitor(format!("no builder struct `{name}`")))?;
    let mut out = Vec::new();
    for field in fields {
        let Some(ident) = field.ident.clone() else {
            continue;
        };
        if ident == "client" {
            continue;
        }
        let inner = generic_arg(&field.ty, "Result").ok_or_else(|| {
            Error::Progenitor(format!("builder field `{name}::{ident}` is not a `Result`"))
        })?;
        let (ty, optional) = match generic_arg(&inner, "Option") {
            Some(t) => (t, true),
            None => (inner, false),
        };
        out.push(Field {
            ident,
            ty: unbuild(ty),
            optional,
        });
    }
    Ok(out)
}

/// The first generic argument of `Outer<T, ..>`.
fn generic_arg(ty: &syn::Type, outer: &str) -> Option<syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != outer {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t.clone()),
        _ => None,
    })
}

/// A body builder field holds `types::builder::X`; its setter takes `types::X`.
fn unbuild(ty: syn::Type) -> syn::Type {
    let syn::Type::Path(mut path) = ty else {
        return ty;
    };
    let segments: Vec<_> = path.path.segments.iter().cloned().collect();
    if segments.len() >= 2 && segments[segments.len() - 2].ident == "builder" {
        path.path.segments = segments
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != segments.len() - 2)
            .map(|(_, s)| s.clone())
            .collect();
    }
    syn::Type::Path(path)
}

/// The success body type of a builder's `send()` (`ResponseValue<T>`), `None` for `()`.
fn success_type(file: &syn::File, builder: &syn::Ident) -> Result<Option<syn::Type>, Error> {
    let items = builder_module(file)?;
    let send = items.iter().find_map(|item| {
        let syn::Item::Impl(imp) = item else {
            return None;
        };
        let syn::Type::Path(p) = imp.self_ty.as_ref() else {
            return None;
        };
        if p.path.segments.last().map(|s| &s.ident) != Some(builder) {
            return None;
        }
        imp.items.iter().find_map(|item| match item {
            syn::ImplItem::Fn(f) if f.sig.ident == "send" => Some(f.sig.output.clone()),
            _ => None,
        })
    });
    let Some(syn::ReturnType::Type(_, ty)) = send else {
        return Err(Error::Progenitor(format!(
            "no `send` on builder `{builder}`"
        )));
    };
    let value = generic_arg(&ty, "Result")
        .and_then(|ok| generic_arg(&ok, "ResponseValue"))
        .ok_or_else(|| {
            Error::Progenitor(format!("`{builder}::send` does not return a ResponseValue"))
        })?;
    Ok(match &value {
        syn::Type::Tuple(t) if t.elems.is_empty() => None,
        syn::Type::Path(p)
            if p.path
                .segments
                .last()
                .is_some_and(|s| s.ident == "ByteStream") =>
        {
            None
        }
        _ => Some(value),
    })
}
