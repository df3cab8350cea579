//! Paging glue: for each paginated operation, impls of the SDK's generic paging traits for the
//! operation's request builder and response type, found from the response schema's envelope.

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::Error;
use crate::operations::{OperationSpec, Paging};
use crate::pointer::Pointer;
use crate::resolve::follow;

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

/// The `maximum` of an operation's query parameter, following `$ref`s.
fn param_maximum(doc: &Value, op: &OperationSpec, name: &str) -> Option<u64> {
    let item = doc.get("paths")?.get(&op.path)?;
    let op_params = item.get(op.http_method.to_lowercase())?.get("parameters");
    [item.get("parameters"), op_params]
        .into_iter()
        .flatten()
        .filter_map(Value::as_array)
        .flatten()
        .map(|p| follow(doc, p))
        .find(|p| p.get("name").and_then(Value::as_str) == Some(name))?
        .get("schema")?
        .get("maximum")?
        .as_u64()
}

/// Impls of `PagedRequest`/`ListPage` for every operation with `Paging::Offset` or `Paging::Cursor`.
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
        let method = &op.method_name;
        let size_param = if op.paging == Paging::Offset {
            "pageSize"
        } else {
            "limit"
        };
        let max_page_size = param_maximum(doc, op, size_param).unwrap_or(100);
        let (set_position, position_ty, from_pagination) = match op.paging {
            Paging::Offset => (
                quote! { self.page(position).page_size(page_size) },
                quote! { u64 },
                quote! { crate::pagination::PageInfo::offset(&body.pagination) },
            ),
            Paging::Cursor => (
                quote! {
                    let request = self.limit(page_size);
                    match position { Some(before) => request.before(before), None => request }
                },
                quote! { ::std::option::Option<crate::pagination::Cursor> },
                quote! { crate::pagination::PageInfo::cursor(&body.pagination) },
            ),
            Paging::None => unreachable!("filtered above"),
        };
        out.extend(quote! {
            impl crate::pagination::PagedRequest for crate::builder::#builder<'_> {
                type Item = crate::types::#item;
                type Position = #position_ty;
                const OPERATION: &'static str = #method;
                const MAX_PAGE_SIZE: u64 = #max_page_size;

                fn at(self, position: Self::Position, page_size: u64) -> Self {
                    #set_position
                }

                async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
                    let response: crate::types::#response = self.send().await?.into_inner();
                    let body = response #(.#path)*;
                    let info = #from_pagination;
                    Ok(crate::pagination::Page::new(body.#items, info))
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
