//! Paging an operation called by `operationId` with JSON arguments, through the same core as the
//! typed paginator ([`crate::pagination`]): what the CLI's `--all` and the MCP server's next-page
//! hints use.

use futures::stream::{BoxStream, StreamExt, TryStreamExt};
use serde_json::{Map, Value};

use crate::pagination::{self, Cursor, ListSpec, Page, PageInfo, PageQuery, PagedRequest, Preset};
use crate::{Client, Error, Operation, Paging, Result, ResumeToken, types};

/// One page of a JSON call: the response, with the list holding only this page's new rows.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CallPage {
    /// The operation that answered.
    pub operation: &'static Operation,
    /// The HTTP status.
    pub status: u16,
    /// The response body. Its item array (at [`ListSpec::items`]) holds exactly
    /// [`items`](Self::items): in a cursor list, rows an earlier page yielded are left out.
    pub body: Value,
    /// Where the page sits, as the server said.
    pub info: PageInfo,
    /// Where the rest of the list starts; `None` on the last page. Hand it back with
    /// [`CallPaginator::resume`] to go on.
    pub next: Option<ResumeToken>,
    items: &'static str,
}

impl CallPage {
    /// The page's items.
    pub fn items(&self) -> &[Value] {
        self.body
            .pointer(self.items)
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice)
    }
}

/// Page and item streams over one operation called with JSON arguments; see
/// [`Client::paginate_call`].
#[derive(Clone, Debug)]
#[must_use = "a paginator does nothing until its stream is polled"]
pub struct CallPaginator<'a> {
    client: &'a Client,
    operation_id: String,
    args: Value,
    page_size: Option<u64>,
    prefetch: bool,
    resume: Option<ResumeToken>,
}

impl Client {
    /// Pages an operation called by `operationId` (or method name) with JSON arguments, as
    /// [`call`](Self::call) takes them: filters, and optionally the page size and start, under
    /// their spec names. Each page goes through [`call`](Self::call), so it is validated,
    /// authenticated, retried and rate-limited like any call.
    ///
    /// The page size is the paginator's [`page_size`](CallPaginator::page_size), else the
    /// arguments' (`pageSize`, `limit`), else the largest the spec allows; out of range, or an
    /// operation that is not a paginated list, the stream yields [`Error::InvalidRequest`] before
    /// sending anything. Cursor lists lose no row to tied timestamps (see
    /// [`pagination::Cursor`]).
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// use serde_json::json;
    /// # async fn run(client: talent_ray::Client) -> talent_ray::Result<()> {
    /// // Every row (CLI `--all`).
    /// let rows: Vec<serde_json::Value> = client
    ///     .paginate_call("getApiKeyUsage", json!({ "id": "apikey_1" }))
    ///     .items()
    ///     .try_collect()
    ///     .await?;
    ///
    /// // One page and a token for the next (an MCP tool's next-page hint), then the next page.
    /// let page = client
    ///     .paginate_call("listCandidates", json!({ "roleId": "role_1", "pageSize": 20 }))
    ///     .first_page()
    ///     .await?;
    /// if let Some(token) = page.next {
    ///     let hint = token.to_string(); // hand this out; parse it back to continue
    ///     let next = client
    ///         .paginate_call("listCandidates", json!({ "roleId": "role_1", "pageSize": 20 }))
    ///         .resume(hint.parse()?)
    ///         .first_page()
    ///         .await?;
    ///     println!("{} more", next.items().len());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn paginate_call(&self, operation_id: &str, args: Value) -> CallPaginator<'_> {
        CallPaginator {
            client: self,
            operation_id: operation_id.to_owned(),
            args,
            page_size: None,
            prefetch: false,
            resume: None,
        }
    }
}

impl<'a> CallPaginator<'a> {
    /// Rows per page, within the spec's range (wins over a page size in the arguments).
    pub fn page_size(mut self, page_size: u64) -> Self {
        self.page_size = Some(page_size);
        self
    }

    /// Fetch the next page while the current one is consumed (offset lists only).
    pub fn prefetch(mut self, prefetch: bool) -> Self {
        self.prefetch = prefetch;
        self
    }

    /// Start where an earlier page said the rest begins ([`CallPage::next`]).
    pub fn resume(mut self, token: ResumeToken) -> Self {
        self.resume = Some(token);
        self
    }

    /// Every page, in order. An error is yielded once and ends the stream.
    pub fn pages(self) -> BoxStream<'a, Result<CallPage>> {
        let request = match self.request() {
            Ok(request) => request,
            Err(e) => return futures::stream::once(async { Err(e) }).boxed(),
        };
        let (operation, items) = (request.operation, request.list.items);
        pagination::pages(request, self.page_size, self.prefetch, self.resume)
            .map_ok(move |page| into_call_page(page, operation, items))
            .boxed()
    }

    /// Every item of every page, in order.
    pub fn items(self) -> BoxStream<'a, Result<Value>> {
        self.pages()
            .map_ok(|page| {
                let items = match page.body.pointer(page.items) {
                    Some(Value::Array(items)) => items.clone(),
                    _ => Vec::new(),
                };
                futures::stream::iter(items.into_iter().map(Ok))
            })
            .try_flatten()
            .boxed()
    }

    /// The first page only (from the start, or from [`resume`](Self::resume)'s token).
    pub async fn first_page(self) -> Result<CallPage> {
        let operation_id = self.operation_id.clone();
        self.pages().next().await.unwrap_or_else(|| {
            Err(Error::Pagination(format!(
                "{operation_id}: the list ended before its first page"
            )))
        })
    }

    fn request(&self) -> Result<CallList<'a>> {
        let operation = Operation::find(&self.operation_id).ok_or_else(|| {
            Error::InvalidRequest(format!(
                "unknown operation {:?} (see talent_ray::OPERATIONS)",
                self.operation_id
            ))
        })?;
        let list = ListSpec::find(operation.operation_id).ok_or_else(|| {
            Error::InvalidRequest(format!(
                "{} is not a paginated list (see talent_ray::pagination::LISTS)",
                operation.operation_id
            ))
        })?;
        let args = match &self.args {
            Value::Null => Map::new(),
            Value::Object(args) => args.clone(),
            _ => {
                return Err(Error::InvalidRequest(format!(
                    "{}: the arguments must be a JSON object",
                    operation.operation_id
                )));
            }
        };
        Ok(CallList {
            client: self.client,
            operation,
            list,
            args,
        })
    }
}

fn into_call_page(
    page: Page<Value>,
    operation: &'static Operation,
    items: &'static str,
) -> CallPage {
    let (status, mut body) = page.envelope.unwrap_or((0, Value::Null));
    if let Some(slot) = body.pointer_mut(items) {
        *slot = Value::Array(page.items);
    }
    CallPage {
        operation,
        status,
        body,
        info: page.info,
        next: page.next,
        items,
    }
}

/// A list operation with JSON arguments, as the paging core drives it.
#[derive(Clone)]
struct CallList<'a> {
    client: &'a Client,
    operation: &'static Operation,
    list: &'static ListSpec,
    args: Map<String, Value>,
}

impl PagedRequest for CallList<'_> {
    type Item = Value;

    fn list(&self) -> &'static ListSpec {
        self.list
    }

    fn preset(&self) -> Preset {
        let arg = |name: &str| self.args.get(name).filter(|v| !v.is_null());
        let number = |name: &str| match arg(name) {
            None => Ok(None),
            Some(v) => v
                .as_u64()
                .map(Some)
                .ok_or_else(|| "must be a non-negative integer".to_owned()),
        };
        let position = self.list.position_param;
        let mut preset = match self.list.paging {
            Paging::Cursor => Preset::cursor(&match arg(position) {
                None => Ok(None),
                Some(v) => v
                    .as_str()
                    .and_then(|s| s.parse::<Cursor>().ok())
                    .map(Some)
                    .ok_or_else(|| "must be an ISO 8601 date-time".to_owned()),
            }),
            _ => Preset::offset(&number(position)),
        };
        preset.page_size = number(self.list.size_param);
        preset
    }

    fn at(mut self, query: &PageQuery) -> Self {
        let list = self.list;
        self.args
            .insert(list.size_param.to_owned(), query.page_size.into());
        if let Some(page) = query.page {
            self.args
                .insert(list.position_param.to_owned(), page.into());
        }
        if let Some(before) = query.before {
            let text = before.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true);
            self.args
                .insert(list.position_param.to_owned(), text.into());
        }
        self
    }

    async fn fetch(self) -> Result<Page<Value>> {
        let list = self.list;
        let response = self
            .client
            .call(self.operation.operation_id, Value::Object(self.args))
            .await?;
        let mut body = response.body;
        let malformed = |what: &str| Error::Decode {
            message: format!("{}: {what}", list.operation_id),
            excerpt: String::new(),
        };
        let items = match body.pointer_mut(list.items).map(Value::take) {
            Some(Value::Array(items)) => items,
            _ => return Err(malformed(&format!("no item array at {}", list.items))),
        };
        let pagination = body
            .pointer(list.pagination)
            .cloned()
            .ok_or_else(|| malformed(&format!("no pagination object at {}", list.pagination)))?;
        let decode = |e: serde_json::Error| malformed(&format!("pagination: {e}"));
        let info = match list.paging {
            Paging::Cursor => PageInfo::cursor(
                &serde_json::from_value::<types::CursorPagination>(pagination).map_err(decode)?,
            ),
            _ => PageInfo::offset(
                &serde_json::from_value::<types::OffsetPagination>(pagination).map_err(decode)?,
            ),
        };
        let mut page = Page::new(items, info);
        page.envelope = Some((response.status, body));
        Ok(page)
    }

    fn row_key<'i>(&self, item: &'i Value) -> Option<(Cursor, &'i str)> {
        let id = item.get(self.list.row_id?)?.as_str()?;
        let at = item.get(self.list.row_time?)?.as_str()?.parse().ok()?;
        Some((at, id))
    }
}
