//! The operation table and the scope taxonomy, read from the spec.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::Error;
use crate::describe::{Described, PageParamsSpec};
use crate::downgrade::METHODS;
use crate::pointer::Pointer;
use crate::resolve::follow;

/// How an operation pages through a list, detected from its query parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paging {
    /// Not a paginated list.
    None,
    /// `page` (0-based) and `pageSize` query parameters.
    Offset,
    /// A `before` cursor query parameter answered by `nextBefore`.
    Cursor,
}

/// One operation as the spec describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OperationSpec {
    /// The spec's `operationId` (`listCandidates`).
    pub operation_id: String,
    /// The generated method name (`list_candidates`), also progenitor's `OperationInfo::operation_id`.
    pub method_name: String,
    /// Upper-case HTTP method.
    pub http_method: String,
    /// Path template (`/api/v1/candidates/{id}`).
    pub path: String,
    /// `x-required-scopes`, empty when absent.
    pub required_scopes: Vec<String>,
    /// `security: []`: the operation takes no credentials.
    pub public: bool,
    /// Safe to repeat: GET/HEAD/PUT/DELETE/OPTIONS and set-style PATCH (`x-idempotent` overrides).
    pub idempotent: bool,
    /// How the operation pages.
    pub paging: Paging,
    /// A list's position and page-size parameters (`None` unless it pages).
    pub list: Option<crate::paging::ListParams>,
    /// The first 2xx status the spec documents.
    pub success_status: u16,
    /// Every documented status with the component name of its JSON body (`None`: no body,
    /// `Some("")`: any JSON).
    pub responses: Vec<(u16, Option<String>)>,
    /// The spec's `summary` (empty when absent).
    pub summary: String,
    /// The spec's `description` (empty when absent).
    pub description: String,
    /// The spec's `tags`.
    pub tags: Vec<String>,
    /// Path and query parameters, path-level ones first, in document order.
    pub parameters: Vec<ParamSpec>,
    /// The JSON request body, if the operation takes one.
    pub body: Option<BodySpec>,
    /// Access, paging, schemas and examples, read from the original 3.1 document.
    pub described: Described,
}

/// Where a parameter goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamLocation {
    /// A `{name}` segment of the path template.
    Path,
    /// A query-string parameter.
    Query,
}

/// One path or query parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParamSpec {
    /// The spec's name (`pageSize`).
    pub name: String,
    /// Path or query.
    pub location: ParamLocation,
    /// Must be given (path parameters always are).
    pub required: bool,
    /// The spec's `description` (empty when absent).
    pub description: String,
    /// An integer schema with a `maximum`: what a page-size parameter looks like.
    pub bounded_integer: bool,
}

/// The operation's JSON request body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BodySpec {
    /// `requestBody.required`.
    pub required: bool,
}

/// Reads every operation of a (downgraded) document, in document order.
pub fn extract(doc: &Value) -> Result<Vec<OperationSpec>, Error> {
    let mut ops = Vec::new();
    let paths = doc
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten();
    for (path, item) in paths {
        let shared_params = item
            .get("parameters")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let at = Pointer::root().push("paths").push(path).push(method);
            let operation_id = op
                .get("operationId")
                .and_then(Value::as_str)
                .ok_or_else(|| {
                    Error::invalid(
                        at.push("operationId"),
                        "every operation needs an operationId",
                    )
                })?;
            let required_scopes = match op.get("x-required-scopes") {
                None => Vec::new(),
                Some(Value::Array(list)) => list
                    .iter()
                    .map(|s| s.as_str().map(str::to_owned))
                    .collect::<Option<Vec<_>>>()
                    .ok_or_else(|| {
                        Error::invalid(at.push("x-required-scopes"), "scopes must be strings")
                    })?,
                Some(_) => {
                    return Err(Error::invalid(
                        at.push("x-required-scopes"),
                        "must be an array",
                    ));
                }
            };
            let public = op
                .get("security")
                .and_then(Value::as_array)
                .is_some_and(|s| s.is_empty());
            let idempotent = op
                .get("x-idempotent")
                .and_then(Value::as_bool)
                .unwrap_or(matches!(
                    method,
                    "get" | "head" | "put" | "delete" | "options" | "patch"
                ));
            let parameters = parameters(doc, &shared_params, op);
            let list = crate::paging::ListParams::find(&parameters);
            let paging = list.as_ref().map_or(Paging::None, |l| l.paging);
            let success_status = op
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .filter_map(|(code, _)| code.parse::<u16>().ok())
                .find(|code| (200..300).contains(code))
                .unwrap_or(200);
            let responses = op
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .filter_map(|(code, response)| {
                    let body = follow(doc, response)
                        .get("content")
                        .and_then(|c| c.get("application/json"))
                        .and_then(|m| m.get("schema"))
                        .map(|s| {
                            s.get("$ref")
                                .and_then(Value::as_str)
                                .and_then(|r| r.strip_prefix("#/components/schemas/"))
                                .unwrap_or("")
                                .to_owned()
                        });
                    Some((code.parse().ok()?, body))
                })
                .collect();
            ops.push(OperationSpec {
                operation_id: operation_id.to_owned(),
                method_name: operation_id.to_snake_case(),
                http_method: method.to_uppercase(),
                path: path.clone(),
                required_scopes,
                public,
                idempotent,
                paging,
                list,
                success_status,
                responses,
                summary: text(op, "summary"),
                description: text(op, "description"),
                tags: op
                    .get("tags")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|t| t.as_str().map(str::to_owned))
                    .collect(),
                parameters,
                body: op
                    .get("requestBody")
                    .map(|b| follow(doc, b))
                    .filter(|b| b.pointer("/content/application~1json").is_some())
                    .map(|b| BodySpec {
                        required: b.get("required").and_then(Value::as_bool).unwrap_or(false),
                    }),
                described: Described::default(),
            });
        }
    }
    Ok(ops)
}

fn text(value: &Value, key: &str) -> String {
    value
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// Path and query parameters; an operation's own parameter overrides a path-level one of the
/// same name and location.
fn parameters(doc: &Value, shared: &[Value], op: &Value) -> Vec<ParamSpec> {
    let own: Vec<&Value> = op
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| follow(doc, p))
        .collect();
    let key = |p: &Value| (text(p, "name"), text(p, "in"));
    let inherited = shared
        .iter()
        .map(|p| follow(doc, p))
        .filter(|p| !own.iter().any(|o| key(o) == key(p)));
    inherited
        .chain(own.iter().copied())
        .filter_map(|p| {
            let location = match p.get("in").and_then(Value::as_str)? {
                "path" => ParamLocation::Path,
                "query" => ParamLocation::Query,
                _ => return None,
            };
            Some(ParamSpec {
                name: text(p, "name"),
                location,
                required: location == ParamLocation::Path
                    || p.get("required").and_then(Value::as_bool).unwrap_or(false),
                description: text(p, "description"),
                bounded_integer: p.pointer("/schema/type").and_then(Value::as_str)
                    == Some("integer")
                    && p.pointer("/schema/maximum").is_some(),
            })
        })
        .collect()
}

fn optional_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(text) => quote! { ::std::option::Option::Some(#text) },
        None => quote! { ::std::option::Option::None },
    }
}

/// The Rust variant name of a scope (`cv-screening:read` → `CvScreeningRead`).
fn scope_variant(scope: &str) -> proc_macro2::Ident {
    format_ident!("{}", scope.replace(':', "_").to_upper_camel_case())
}

/// `OPERATIONS` and the `Scope` taxonomy (the union of all `x-required-scopes`).
pub fn tokens(ops: &[OperationSpec]) -> TokenStream {
    let taxonomy: BTreeSet<&str> = ops
        .iter()
        .flat_map(|o| o.required_scopes.iter().map(String::as_str))
        .collect();
    let scope_names: Vec<&str> = taxonomy.into_iter().collect();
    let scope_variants: Vec<_> = scope_names.iter().map(|s| scope_variant(s)).collect();
    let scope_docs: Vec<String> = scope_names.iter().map(|s| format!("`{s}`")).collect();

    let rows = ops.iter().map(|op| {
        let OperationSpec {
            operation_id,
            method_name,
            path,
            public,
            idempotent,
            success_status,
            ..
        } = op;
        let method = format_ident!("{}", op.http_method);
        let scopes = op.required_scopes.iter().map(|s| scope_variant(s));
        let paging = format_ident!("{}", format!("{:?}", op.paging));
        let (summary, description, tags) = (&op.summary, &op.description, &op.tags);
        let parameters = op.parameters.iter().map(|p| {
            let ParamSpec {
                name,
                required,
                description,
                ..
            } = p;
            let location = format_ident!("{}", format!("{:?}", p.location));
            quote! {
                Parameter {
                    name: #name,
                    location: ParamLocation::#location,
                    required: #required,
                    description: #description,
                }
            }
        });
        let body = match &op.body {
            Some(BodySpec { required }) => {
                quote! { ::std::option::Option::Some(RequestBody { required: #required }) }
            }
            None => quote! { ::std::option::Option::None },
        };
        let described = &op.described;
        let admin_only = described.admin_only;
        let page_params = match &described.page_params {
            Some(PageParamsSpec {
                page,
                cursor,
                size,
                size_min,
                size_max,
                size_default,
                items,
                pagination,
                rows,
            }) => {
                let (row_id, row_time) = match rows {
                    Some((id, time)) => (optional_str(Some(id.as_str())), optional_str(Some(time.as_str()))),
                    None => (optional_str(None), optional_str(None)),
                };
                let page = optional_str(page.as_deref());
                let cursor = optional_str(cursor.as_deref());
                let size_default = match size_default {
                    Some(d) => quote! { ::std::option::Option::Some(#d) },
                    None => quote! { ::std::option::Option::None },
                };
                quote! {
                    ::std::option::Option::Some(PageParams {
                        page: #page,
                        cursor: #cursor,
                        size: PageSize { name: #size, min: #size_min, max: #size_max, default: #size_default },
                        items: #items,
                        pagination: #pagination,
                        row_id: #row_id,
                        row_time: #row_time,
                    })
                }
            }
            None => quote! { ::std::option::Option::None },
        };
        let input_schema = described.input_schema.to_string();
        let output_schema = described.output_schema.as_ref().map(Value::to_string);
        let output_schema = optional_str(output_schema.as_deref());
        let example_args = described.example_args.to_string();
        let response_example = described.response_example.as_ref().map(Value::to_string);
        let response_example = optional_str(response_example.as_deref());
        quote! {
            Operation {
                operation_id: #operation_id,
                method_name: #method_name,
                http_method: ::reqwest::Method::#method,
                path: #path,
                required_scopes: &[#(Scope::#scopes),*],
                public: #public,
                idempotent: #idempotent,
                paging: Paging::#paging,
                success_status: #success_status,
                summary: #summary,
                description: #description,
                tags: &[#(#tags),*],
                parameters: &[#(#parameters),*],
                body: #body,
                admin_only: #admin_only,
                page_params: #page_params,
                input_schema_json: #input_schema,
                output_schema_json: #output_schema,
                example_args_json: #example_args,
                response_example_json: #response_example,
            }
        }
    });

    let decode_arms = ops.iter().flat_map(|op| {
        op.responses.iter().filter_map(move |(status, body)| {
            let id = &op.operation_id;
            let ty = match body.as_deref()? {
                "" => quote! { ::serde_json::Value },
                name => {
                    let ident = format_ident!("{}", name.to_upper_camel_case());
                    quote! { crate::types::#ident }
                }
            };
            Some(quote! {
                (#id, #status) => ::std::option::Option::Some(
                    ::serde_json::from_value::<#ty>(body.clone()).map(drop)
                ),
            })
        })
    });

    quote! {
        /// A per-key scope, named `resource:action`, from the union of the spec's `x-required-scopes`.
        ///
        /// Parsing a name outside this taxonomy fails ([`UnknownScope`](crate::UnknownScope)); a scope the server reports
        /// that the spec does not list is kept as [`Scope::Other`].
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Scope {
            #( #[doc = #scope_docs] #scope_variants, )*
            /// A scope the server reported that this SDK's spec does not list.
            Other(::std::string::String),
        }

        impl Scope {
            /// Every scope in the spec's taxonomy.
            pub const ALL: &'static [Scope] = &[#(Scope::#scope_variants),*];

            /// The scope's wire name (`candidates:read`).
            pub fn as_str(&self) -> &str {
                match self {
                    #( Scope::#scope_variants => #scope_names, )*
                    Scope::Other(name) => name.as_str(),
                }
            }

            /// The taxonomy scope with this wire name, if there is one.
            pub fn known(name: &str) -> ::std::option::Option<Scope> {
                match name {
                    #( #scope_names => ::std::option::Option::Some(Scope::#scope_variants), )*
                    _ => ::std::option::Option::None,
                }
            }
        }

        /// Every operation in the pinned spec, in document order.
        pub const OPERATIONS: &[Operation] = &[#(#rows),*];

        /// Decodes `body` as the generated type the spec documents for this operation and status;
        /// `None` when the spec documents no JSON body there. Used by contract tests.
        #[doc(hidden)]
        pub fn decode_documented(
            operation_id: &str,
            status: u16,
            body: &::serde_json::Value,
        ) -> ::std::option::Option<::std::result::Result<(), ::serde_json::Error>> {
            match (operation_id, status) {
                #(#decode_arms)*
                _ => ::std::option::Option::None,
            }
        }
    }
}
