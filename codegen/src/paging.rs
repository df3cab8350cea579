//! Paging glue: for each paginated operation, its [`ListSpec`](../../src/pagination.rs) (where the
//! items, the pagination object, the page-size and position parameters and, for cursor lists, the
//! rows' id and timestamp sit) and an impl of the SDK's `PagedRequest` for the operation's request
//! builder. The SDK's one paging core drives both the typed builders and JSON calls from these.

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::Error;
use crate::operation_table::{OperationSpec, Paging, ParamLocation, ParamSpec};
use crate::pointer::Pointer;
use crate::resolve::follow;

/// A list's paging parameters, found by the one paging rule of this crate. The vendor's docs
/// name two schemes: a list pages by offset when it has a `page` query parameter (0-based) and
/// by cursor when it has a `before` one (rows older than a timestamp). Its page size is the
/// query parameter, other than the position, whose schema is an integer with a `maximum`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListParams {
    /// [`Paging::Offset`] or [`Paging::Cursor`].
    pub paging: Paging,
    /// The position parameter (`page`, `before`).
    pub position: String,
    /// The page-size parameter (`pageSize`, `limit`).
    pub size: String,
}

impl ListParams {
    /// The paging parameters among an operation's `parameters`, if it is a list.
    pub fn find(parameters: &[ParamSpec]) -> Option<ListParams> {
        let query = || {
            parameters
                .iter()
                .filter(|p| p.location == ParamLocation::Query)
        };
        let (paging, position) = [(Paging::Offset, "page"), (Paging::Cursor, "before")]
            .into_iter()
            .find(|(_, name)| query().any(|p| p.name == *name))?;
        let size = query().find(|p| p.name != position && p.bounded_integer)?;
        Some(ListParams {
            paging,
            position: position.to_owned(),
            size: size.name.clone(),
        })
    }
}

/// Where the items and the pagination object sit in a list response.
#[derive(Debug, PartialEq)]
struct Envelope {
    /// Fields to follow from the response root to the object holding the list (`["data"]`).
    path: Vec<String>,
    /// The array field (`data`, `rows`).
    items: String,
    /// The component name of one item.
    item_type: String,
}

fn ref_name(schema: &Value) -> Option<&str> {
    let schema = match schema.get("allOf").and_then(Value::as_array) {
        Some(list) if list.len() == 1 => &list[0],
        _ => schema,
    };
    schema
        .get("$ref")?
        .as_str()?
        .strip_prefix("#/components/schemas/")
}

/// Finds the object (up to two levels down) with a `pagination` property and one array property.
fn envelope(doc: &Value, schema: &Value, path: Vec<String>) -> Option<Envelope> {
    let schema = follow(doc, schema);
    let props = schema.get("properties")?.as_object()?;
    if props.contains_key("pagination") {
        let arrays: Vec<_> = props
            .iter()
            .filter(|(_, p)| follow(doc, p).get("type").and_then(Value::as_str) == Some("array"))
            .collect();
        if let [(items, array)] = arrays.as_slice() {
            let item_type = ref_name(follow(doc, array).get("items")?)?.to_owned();
            return Some(Envelope {
                path,
                items: (*items).clone(),
                item_type,
            });
        }
        return None;
    }
    if path.len() >= 2 {
        return None;
    }
    props.iter().find_map(|(name, sub)| {
        let mut deeper = path.clone();
        deeper.push(name.clone());
        envelope(doc, sub, deeper)
    })
}

fn success_schema<'a>(doc: &'a Value, op: &OperationSpec) -> Option<&'a Value> {
    let response = doc
        .get("paths")?
        .get(&op.path)?
        .get(op.http_method.to_lowercase())?
        .get("responses")?
        .get(op.success_status.to_string())?;
    let response = follow(doc, response);
    response
        .get("content")?
        .get("application/json")?
        .get("schema")
}

/// JSON pointers to a paginated operation's array of items and its pagination object.
pub(crate) fn list_pointers(doc: &Value, op: &OperationSpec) -> Option<(String, String)> {
    let env = envelope(doc, success_schema(doc, op)?, Vec::new())?;
    let at = env
        .path
        .iter()
        .fold(Pointer::root(), |at, field| at.push(field));
    Some((
        at.push(&env.items).to_string(),
        at.push("pagination").to_string(),
    ))
}

/// A cursor list's row fields (`("id", "timestamp")`): see [`row_fields`].
pub(crate) fn cursor_rows(doc: &Value, op: &OperationSpec) -> Option<(String, String)> {
    let env = envelope(doc, success_schema(doc, op)?, Vec::new())?;
    row_fields(doc, &env.item_type)
}

/// The schema of an operation's query parameter, following `$ref`s.
fn param_schema<'a>(doc: &'a Value, op: &OperationSpec, name: &str) -> Option<&'a Value> {
    let item = doc.get("paths")?.get(&op.path)?;
    let op_params = item.get(op.http_method.to_lowercase())?.get("parameters");
    [item.get("parameters"), op_params]
        .into_iter()
        .flatten()
        .filter_map(Value::as_array)
        .flatten()
        .map(|p| follow(doc, p))
        .find(|p| p.get("name").and_then(Value::as_str) == Some(name))?
        .get("schema")
}

/// A cursor list's row fields: the required string `id` and the one required `date-time` field
/// the cursor compares (the usage log's `timestamp`).
fn row_fields(doc: &Value, item_type: &str) -> Option<(String, String)> {
    let schema = doc.pointer(&format!("/components/schemas/{item_type}"))?;
    let props = schema.get("properties")?.as_object()?;
    let required: Vec<&str> = schema
        .get("required")?
        .as_array()?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let is_string = |p: &Value| p.get("type").and_then(Value::as_str) == Some("string");
    let nullable = |p: &Value| p.get("nullable").and_then(Value::as_bool) == Some(true);
    let id = props.get("id").map(|p| follow(doc, p))?;
    if !required.contains(&"id") || !is_string(id) || nullable(id) {
        return None;
    }
    let times: Vec<&String> = props
        .iter()
        .filter(|(name, p)| {
            let p = follow(doc, p);
            is_string(p)
                && !nullable(p)
                && p.get("format").and_then(Value::as_str) == Some("date-time")
                && required.contains(&name.as_str())
        })
        .map(|(name, _)| name)
        .collect();
    match times.as_slice() {
        [time] => Some(("id".to_owned(), (*time).clone())),
        _ => None,
    }
}

/// The builder types of every paginated operation (`ListCandidates`), whose paging fields the
/// SDK's paginator reads: a page size or position set on the builder is honoured, not replaced.
pub(crate) fn paged_builders(ops: &[OperationSpec]) -> Vec<(String, [String; 2])> {
    ops.iter()
        .filter_map(|op| {
            let list = op.list.as_ref()?;
            Some((
                op.operation_id.to_upper_camel_case(),
                [list.size.to_snake_case(), list.position.to_snake_case()],
            ))
        })
        .collect()
}

/// Makes the paging fields of paginated builders `pub(crate)` in progenitor's output, so the
/// paging glue can read what the caller set on the builder.
pub(crate) fn expose_paging_fields(
    file: &mut syn::File,
    ops: &[OperationSpec],
) -> Result<(), Error> {
    let builders = paged_builders(ops);
    let module = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
            _ => None,
        })
        .ok_or_else(|| Error::Progenitor("no `builder` module in the output".into()))?;
    for (name, fields) in &builders {
        let found = module.1.iter_mut().find_map(|item| match item {
            syn::Item::Struct(s) if s.ident == name => Some(s),
            _ => None,
        });
        let Some(builder) = found else {
            return Err(Error::Progenitor(format!(
                "no builder `{name}` in the output"
            )));
        };
        for wanted in fields {
            let field = builder
                .fields
                .iter_mut()
                .find(|f| f.ident.as_ref().is_some_and(|i| i == wanted))
                .ok_or_else(|| {
                    Error::Progenitor(format!("builder `{name}` has no `{wanted}` field"))
                })?;
            field.vis = syn::parse_quote!(pub(crate));
        }
    }
    Ok(())
}

/// Each paginated operation's `PagedRequest` impl, which reads how it pages from the
/// operation's description (`ListSpec::find`).
pub fn tokens(doc: &Value, ops: &[OperationSpec]) -> Result<TokenStream, Error> {
    let mut out = TokenStream::new();
    for op in ops.iter().filter(|op| op.paging != Paging::None) {
        let at = Pointer::root()
            .push("paths")
            .push(&op.path)
            .push(&op.http_method.to_lowercase());
        let schema = success_schema(doc, op).ok_or_else(|| {
            Error::unsupported(&at, "a paginated operation needs a JSON success body")
        })?;
        let response_type = ref_name(schema).ok_or_else(|| {
            Error::unsupported(&at, "a paginated response must be a named schema")
        })?;
        let env = envelope(doc, schema, Vec::new()).ok_or_else(|| {
            Error::unsupported(
                &at,
                "no object with `pagination` and one array property in the response",
            )
        })?;

        let builder = format_ident!("{}", op.operation_id.to_upper_camel_case());
        let response = format_ident!("{}", response_type.to_upper_camel_case());
        let item = format_ident!("{}", env.item_type.to_upper_camel_case());
        let path: Vec<_> = env
            .path
            .iter()
            .map(|f| format_ident!("{}", f.to_snake_case()))
            .collect();
        let items = format_ident!("{}", env.items.to_snake_case());
        let id = &op.operation_id;
        let list = op
            .list
            .as_ref()
            .expect("a paginated operation has list parameters");
        let (size_param, position_param) = (list.size.as_str(), list.position.as_str());
        if param_schema(doc, op, size_param).is_none() {
            return Err(Error::unsupported(
                &at,
                format!("a paginated list needs a `{size_param}` parameter"),
            ));
        }
        let size_field = format_ident!("{}", size_param.to_snake_case());
        // A required page size is a plain value in the builder, an optional one an `Option`.
        let size_required = op
            .parameters
            .iter()
            .any(|p| p.name == size_param && p.required);
        let size_value = if size_required {
            quote! { self.#size_field.clone().map(::std::option::Option::Some) }
        } else {
            quote! { self.#size_field }
        };
        let position_field = format_ident!("{}", position_param.to_snake_case());
        let (row_key, set_position, preset_position, from_pagination) = match op.paging {
            Paging::Offset => (
                quote! { ::std::option::Option::None },
                quote! {
                    match query.page {
                        ::std::option::Option::Some(page) => request.#position_field(page),
                        ::std::option::Option::None => request,
                    }
                },
                quote! { crate::pagination::Preset::offset(&self.#position_field) },
                quote! { crate::pagination::PageInfo::offset(&body.pagination) },
            ),
            Paging::Cursor => {
                let (row_id, row_time) = row_fields(doc, &env.item_type).ok_or_else(|| {
                    Error::unsupported(
                        &at,
                        "a cursor-paged row needs a required string `id` and one required \
                             date-time field (so rows tied on the cursor can be told apart)",
                    )
                })?;
                let (id_field, time_field) = (
                    format_ident!("{}", row_id.to_snake_case()),
                    format_ident!("{}", row_time.to_snake_case()),
                );
                (
                    quote! {
                        ::std::option::Option::Some((item.#time_field, item.#id_field.as_str()))
                    },
                    quote! {
                        match query.before {
                            ::std::option::Option::Some(before) => request.#position_field(before),
                            ::std::option::Option::None => request,
                        }
                    },
                    quote! { crate::pagination::Preset::cursor(&self.#position_field) },
                    quote! { crate::pagination::PageInfo::cursor(&body.pagination) },
                )
            }
            Paging::None => unreachable!("filtered above"),
        };
        out.extend(quote! {
            impl crate::pagination::PagedRequest for crate::builder::#builder<'_> {
                type Item = crate::types::#item;

                fn list(&self) -> &'static crate::pagination::ListSpec {
                    crate::pagination::ListSpec::find(#id).expect("every paginated operation is a list")
                }

                fn preset(&self) -> crate::pagination::Preset {
                    let mut preset = #preset_position;
                    preset.page_size = crate::pagination::Preset::size(&#size_value);
                    preset
                }

                fn at(self, query: &crate::pagination::PageQuery) -> Self {
                    let request = self.#size_field(query.page_size);
                    #set_position
                }

                async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
                    let response: crate::types::#response = self.send().await?.into_inner();
                    let body = response #(.#path)*;
                    let info = #from_pagination;
                    Ok(crate::pagination::Page::new(body.#items, info))
                }

                fn row_key<'i>(&self, item: &'i Self::Item) -> ::std::option::Option<(crate::pagination::Cursor, &'i str)> {
                    let _ = item;
                    #row_key
                }
            }
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_flat_and_nested_envelopes() {
        let doc = json!({"components": {"schemas": {
            "Item": {"type": "object"},
            "Pagination": {"type": "object"},
            "List": {"type": "object", "properties": {
                "data": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                "pagination": {"$ref": "#/components/schemas/Pagination"}}},
            "Wrapped": {"type": "object", "properties": {"success": {"type": "boolean"}, "data": {"$ref": "#/components/schemas/Usage"}}},
            "Usage": {"type": "object", "properties": {
                "key": {"type": "object"},
                "rows": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                "pagination": {"$ref": "#/components/schemas/Pagination"}}}
        }}});
        let list = json!({"$ref": "#/components/schemas/List"});
        assert_eq!(
            envelope(&doc, &list, vec![]),
            Some(Envelope {
                path: vec![],
                items: "data".into(),
                item_type: "Item".into()
            })
        );
        let wrapped = json!({"$ref": "#/components/schemas/Wrapped"});
        assert_eq!(
            envelope(&doc, &wrapped, vec![]),
            Some(Envelope {
                path: vec!["data".into()],
                items: "rows".into(),
                item_type: "Item".into()
            })
        );
        assert_eq!(
            envelope(&doc, &json!({"$ref": "#/components/schemas/Item"}), vec![]),
            None
        );
    }
}
