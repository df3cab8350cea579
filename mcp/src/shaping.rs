//! A successful call as a tool result that fits the model's context: the body as
//! `structuredContent` and compact JSON text, one page of a list with an explicit hint for the
//! next, and lists cut on item boundaries to stay under the size cap.

use rmcp::model::{CallToolResult, ContentBlock};
use serde_json::{Map, Value, json};
use talent_ray::Paging;

use crate::catalog::{KEY_MINTING_OPERATION, ToolEntry};

/// Shapes a success body for `entry`, called with `args`, under a cap of `max_bytes`.
pub fn success(
    entry: &ToolEntry,
    args: &Map<String, Value>,
    status: u16,
    body: Value,
    max_bytes: usize,
) -> CallToolResult {
    if body.is_null() {
        return CallToolResult::success(vec![ContentBlock::text(format!(
            "Done: HTTP {status}, no content."
        ))]);
    }
    let mut body = body;
    let mut notes = Vec::new();
    let text = body.to_string();
    if text.len() > max_bytes {
        match truncate(&mut body, max_bytes) {
            Some((kept, total)) => {
                notes.push(truncation_hint(entry, args, &body, kept, total, max_bytes))
            }
            None => {
                return CallToolResult::error(vec![ContentBlock::text(format!(
                    "The result is {} bytes, over this server's {max_bytes}-byte limit, and has no list to cut. \
                     Ask the user to raise --max-result-bytes.",
                    text.len()
                ))]);
            }
        }
    }
    if notes.is_empty()
        && let Some(hint) = next_page_hint(entry, args, &body)
    {
        notes.push(hint);
    }
    if entry.operation.operation_id == KEY_MINTING_OPERATION {
        notes.push(
            "The new key's secret is shown only in this result and never again: hand it to the user \
             to store now, and do not repeat it elsewhere."
                .into(),
        );
    }
    let mut content = vec![ContentBlock::text(body.to_string())];
    content.extend(notes.into_iter().map(ContentBlock::text));
    let mut result = CallToolResult::success(content);
    result.structured_content = Some(body);
    result
}

/// The object that holds a list's items: the one with `pagination`, else the body itself (or
/// its `data` object when the body is an envelope).
fn list_container(body: &mut Value) -> Option<&mut Map<String, Value>> {
    let top_has_pagination = body.get("pagination").is_some();
    let data_has_pagination = body.pointer("/data/pagination").is_some();
    let container = if !top_has_pagination && data_has_pagination {
        body.get_mut("data")?
    } else {
        body
    };
    container.as_object_mut()
}

/// The list's items: the first array-valued field of the container.
fn items(body: &mut Value) -> Option<&mut Vec<Value>> {
    list_container(body)?
        .values_mut()
        .find_map(|v| v.as_array_mut())
}

/// Cuts the list to the longest prefix whose compact JSON fits in `max_bytes`; returns how many
/// items were kept and how many there were. `None` when there is no list or not one item fits.
fn truncate(body: &mut Value, max_bytes: usize) -> Option<(usize, usize)> {
    let all = std::mem::take(items(body)?);
    let total = all.len();
    let empty_len = body.to_string().len();
    let mut len = empty_len;
    let mut kept = 0;
    for (i, item) in all.iter().enumerate() {
        let added = item.to_string().len() + usize::from(i > 0);
        if len + added > max_bytes {
            break;
        }
        len += added;
        kept += 1;
    }
    let list = items(body)?;
    list.extend(all.into_iter().take(kept));
    (kept > 0).then_some((kept, total))
}

fn call(entry: &ToolEntry, args: &Map<String, Value>, changes: Value) -> String {
    let mut next = args.clone();
    if let Value::Object(changes) = changes {
        next.extend(changes);
    }
    format!("call {} with {}", entry.name(), Value::Object(next))
}

fn pagination(body: &Value) -> Option<&Map<String, Value>> {
    body.get("pagination")
        .or_else(|| body.pointer("/data/pagination"))
        .and_then(Value::as_object)
}

fn next_page_hint(entry: &ToolEntry, args: &Map<String, Value>, body: &Value) -> Option<String> {
    let p = pagination(body)?;
    match entry.operation.paging {
        Paging::Offset => {
            let page = p.get("page")?.as_u64()?;
            let size = p.get("pageSize")?.as_u64()?;
            let pages = p.get("totalPages")?.as_u64()?;
            let total = p.get("totalCount").and_then(Value::as_u64).unwrap_or(0);
            Some(if pages == 0 {
                "The list is empty; there is no page to fetch.".to_owned()
            } else if page >= pages {
                format!(
                    "Page {page} is past the end: the last page is page {} ({total} items in all).",
                    pages - 1
                )
            } else if page + 1 < pages {
                format!(
                    "Page {page} of pages 0–{} ({total} items in all). Next page: {}.",
                    pages - 1,
                    call(entry, args, json!({ "page": page + 1, "pageSize": size }))
                )
            } else {
                format!("This is the last page ({total} items in all); there is no next page.")
            })
        }
        Paging::Cursor => {
            let next = p.get("nextBefore").and_then(Value::as_str);
            let more = p
                .get("hasMore")
                .and_then(Value::as_bool)
                .unwrap_or(next.is_some());
            Some(match next {
                Some(cursor) if more => format!(
                    "More (older) rows exist. Next page: {}.",
                    call(entry, args, json!({ "before": cursor }))
                ),
                _ => "This is the last page; there are no older rows.".into(),
            })
        }
        Paging::None => None,
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn truncation_hint(
    entry: &ToolEntry,
    args: &Map<String, Value>,
    body: &Value,
    kept: usize,
    total: usize,
    max_bytes: usize,
) -> String {
    let head = format!(
        "Truncated: only the first {kept} of the {total} items on this page fit in the {max_bytes}-byte result limit."
    );
    let size_param = entry.page_size.map(|p| p.name);
    let kept = kept as u64;
    let rest = match (entry.operation.paging, pagination(body), size_param) {
        (Paging::Offset, Some(p), Some(size_name)) => {
            // The first item not shown is at offset `page * pageSize + kept`; a page size that
            // divides it (and fits) makes that item the start of a page.
            let page = p.get("page").and_then(Value::as_u64).unwrap_or(0);
            let size = p.get("pageSize").and_then(Value::as_u64).unwrap_or(kept);
            let offset = page * size + kept;
            let new_size = gcd(offset, kept);
            format!(
                " To continue from the first item not shown, {}.",
                call(entry, args, json!({ "page": offset / new_size, size_name: new_size }))
            )
        }
        (Paging::Cursor, _, Some(size_name)) => format!(
            " To page through without cuts, {}; each page's hint then gives the next cursor.",
            call(entry, args, json!({ size_name: kept }))
        ),
        _ => " This list has no paging: the rest cannot be fetched in pieces; ask the user to raise --max-result-bytes."
            .into(),
    };
    head + &rest
}
