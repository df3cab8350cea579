//! A successful call as a tool result that fits the model's context: the body as
//! `structuredContent` and compact JSON text, one page of a list with an explicit hint for the
//! next, and lists cut on item boundaries to stay under the size cap.

use rmcp::model::{CallToolResult, ContentBlock};
use serde_json::{Map, Value, json};
use talent_ray::{PageInfo, ResumeToken};

use crate::catalog::{KEY_MINTING_OPERATION, ToolEntry};

/// Where a list's page sits, as the SDK's paginator read it.
#[derive(Clone, Debug)]
pub struct PageAt {
    /// The page's place, as the server said.
    pub info: PageInfo,
    /// Where the rest of the list starts; `None` on the last page.
    pub next: Option<ResumeToken>,
}

/// Shapes a success body for `entry`, called with `args`, under a cap of `max_bytes`; a list's
/// page comes with where it sits (`page`), for the next-page hint.
pub fn success(
    entry: &ToolEntry,
    args: &Map<String, Value>,
    status: u16,
    body: Value,
    max_bytes: usize,
    page: Option<PageAt>,
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
            Some((kept, total)) => notes.push(truncation_hint(
                entry,
                args,
                page.as_ref(),
                kept,
                total,
                max_bytes,
            )),
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
        && let Some(page) = &page
        && let Some(hint) = next_page_hint(entry, args, page)
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

fn next_page_hint(entry: &ToolEntry, args: &Map<String, Value>, at: &PageAt) -> Option<String> {
    let params = entry.operation.page_params.as_ref()?;
    match &at.info {
        PageInfo::Offset {
            page,
            page_size,
            total_count: total,
            total_pages: pages,
        } => {
            let (page, pages) = (*page, *pages);
            let page_param = params.page?;
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
                    call(
                        entry,
                        args,
                        json!({ page_param: page + 1, params.size.name: page_size })
                    )
                )
            } else {
                format!("This is the last page ({total} items in all); there is no next page.")
            })
        }
        PageInfo::Cursor { .. } => Some(match (&at.next, &entry.resume_argument) {
            (Some(token), Some(resume)) => format!(
                "More (older) rows exist. Next page: {}.",
                call(entry, args, json!({ resume: token.to_string() }))
            ),
            _ => "This is the last page; there are no older rows.".into(),
        }),
        _ => None,
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn truncation_hint(
    entry: &ToolEntry,
    args: &Map<String, Value>,
    page: Option<&PageAt>,
    kept: usize,
    total: usize,
    max_bytes: usize,
) -> String {
    let head = format!(
        "Truncated: only the first {kept} of the {total} items on this page fit in the {max_bytes}-byte result limit."
    );
    let params = entry.operation.page_params.as_ref();
    let kept = kept as u64;
    let rest = match (page.map(|p| &p.info), params) {
        (
            Some(PageInfo::Offset {
                page, page_size, ..
            }),
            Some(params),
        ) if let Some(page_param) = params.page => {
            // The first item not shown is at offset `page * pageSize + kept`; a page size that
            // divides it (and fits) makes that item the start of a page.
            let offset = page * page_size + kept;
            let new_size = gcd(offset, kept);
            format!(
                " To continue from the first item not shown, {}.",
                call(
                    entry,
                    args,
                    json!({ page_param: offset / new_size, params.size.name: new_size })
                )
            )
        }
        (Some(PageInfo::Cursor { .. }), Some(params)) => format!(
            " To page through without cuts, {}; each page's hint then gives the next token.",
            call(entry, args, json!({ params.size.name: kept }))
        ),
        _ => " This list has no paging: the rest cannot be fetched in pieces; ask the user to raise --max-result-bytes."
            .into(),
    };
    head + &rest
}
