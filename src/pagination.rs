//! Paging as streams, written once for every paginated list.
//!
//! One core drives both surfaces: the typed builders ([`Paginate::paginate`], with every filter
//! set on the builder) and operations called by `operationId` with JSON arguments
//! ([`Client::paginate_call`](crate::Client::paginate_call), which the CLI's `--all` and the MCP
//! server's next-page hints use). What each list's paging looks like (its page-size and position
//! parameters, where its items and pagination object sit) is read from the spec at build time:
//! [`ListSpec`], one per paginated operation, in [`LISTS`].
//!
//! - **Page size.** Set it on the builder (`.page_size(n)` / `.limit(n)` before `paginate()`),
//!   on the paginator (`.paginate().page_size(n)`), or in the JSON arguments: whichever way, `n`
//!   is sent, and a value outside the spec's range is [`Error::InvalidRequest`] before anything is
//!   sent. Unset, the paginator asks for the largest page the spec allows.
//! - **Start.** A `page` or `before` set on the request is where the stream starts.
//! - **Resume.** Every page carries a [`ResumeToken`] for the rest of the list (serialisable, so a
//!   tool can hand it out and continue later without losing or repeating a row).
//! - **Rows that share a timestamp** in a cursor list are never lost: see [`Cursor`].

use std::collections::HashSet;
use std::fmt;
use std::future::Future;

use chrono::TimeDelta;
use futures::stream::{self, BoxStream, Stream, StreamExt, TryStreamExt};
use serde::{Deserialize, Serialize};

use crate::{Error, Paging, Result, types};

/// A `before` cursor: the usage log pages towards older rows.
///
/// # Rows that share a timestamp
///
/// The API's cursor is a timestamp and `before` returns rows *strictly older* than it, while a
/// real server logs whole seconds (as the docs' examples show), so many rows can share one. When a
/// page ends at timestamp *t*, the next request asks for rows older than *t* plus one unit of
/// the timestamps' resolution (a second for whole-second timestamps) and drops, by their `id`, the
/// rows already yielded; its limit grows by their number, so each page still brings up to the page
/// size of new rows. Every row is yielded exactly once, whatever the page size.
///
/// Only a run of tied rows longer than the largest page the API allows (500 for the usage log)
/// cannot be read whole: the stream then ends with [`Error::TiedRows`], naming the timestamp,
/// instead of skipping rows.
///
/// ```
/// let cursor: talent_ray::pagination::Cursor = "2026-06-04T15:20:00Z".parse().unwrap();
/// # let _ = cursor;
/// ```
pub type Cursor = chrono::DateTime<chrono::Utc>;

/// How one paginated operation pages: its description's [`PageParams`](crate::PageParams)
/// flattened for the paging core (see [`LISTS`]).
///
/// ```
/// use talent_ray::pagination::ListSpec;
/// let usage = ListSpec::find("getApiKeyUsage").unwrap();
/// assert_eq!((usage.size_param, usage.position_param), ("limit", "before"));
/// assert_eq!(usage.items, "/data/rows");
/// let candidates = ListSpec::find("listCandidates").unwrap();
/// assert_eq!((candidates.size_param, candidates.max_page_size), ("pageSize", 100));
/// ```
#[derive(Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ListSpec {
    /// The operation's `operationId`.
    pub operation_id: &'static str,
    /// [`Paging::Offset`] or [`Paging::Cursor`].
    pub paging: Paging,
    /// The page-size query parameter (`pageSize`, `limit`).
    pub size_param: &'static str,
    /// The position query parameter (`page`, `before`).
    pub position_param: &'static str,
    /// The smallest page size the spec allows.
    pub min_page_size: u64,
    /// The largest page size the spec allows (what the paginator asks for by default).
    pub max_page_size: u64,
    /// JSON pointer of the item array in the success body (`/data`, `/data/rows`).
    pub items: &'static str,
    /// JSON pointer of the pagination object in the success body.
    pub pagination: &'static str,
    /// Cursor lists: the row field that tells rows apart (`id`).
    pub row_id: Option<&'static str>,
    /// Cursor lists: the row field the cursor compares (`timestamp`).
    pub row_time: Option<&'static str>,
}

impl ListSpec {
    /// The list an operation pages, by `operationId` or generated method name.
    pub fn find(name: &str) -> Option<&'static ListSpec> {
        let op = crate::Operation::find(name)?;
        LISTS.iter().find(|l| l.operation_id == op.operation_id)
    }

    /// The list `op` pages, read off its description; `None` unless it is a paginated list.
    fn of(op: &'static crate::Operation) -> Option<ListSpec> {
        let params = op.page_params.as_ref()?;
        Some(ListSpec {
            operation_id: op.operation_id,
            paging: op.paging,
            size_param: params.size.name,
            position_param: params.page.or(params.cursor)?,
            min_page_size: params.size.min.max(1),
            max_page_size: params.size.max,
            items: params.items,
            pagination: params.pagination,
            row_id: params.row_id,
            row_time: params.row_time,
        })
    }
}

/// Every paginated operation's [`ListSpec`], in the operation table's order.
pub static LISTS: std::sync::LazyLock<Vec<ListSpec>> =
    std::sync::LazyLock::new(|| crate::OPERATIONS.iter().filter_map(ListSpec::of).collect());

/// What a page says about where it sits.
///
/// ```no_run
/// use futures::TryStreamExt;
/// use talent_ray::{PageInfo, Paginate};
/// # async fn f(client: talent_ray::Client) -> talent_ray::Result<()> {
/// let mut pages = client.list_roles().paginate().pages();
/// while let Some(page) = pages.try_next().await? {
///     if let PageInfo::Offset { page, total_pages, .. } = page.info {
///         println!("page {} of {total_pages}", page + 1);
///     }
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PageInfo {
    /// A page/pageSize page.
    Offset {
        /// 0-based page index.
        page: u64,
        /// Rows per page.
        page_size: u64,
        /// Rows across all pages.
        total_count: u64,
        /// Pages in all.
        total_pages: u64,
    },
    /// A cursor page.
    Cursor {
        /// Whether older rows exist.
        has_more: bool,
        /// The server's cursor for the next (older) page.
        next_before: Option<Cursor>,
    },
}

impl PageInfo {
    #[doc(hidden)]
    pub fn offset(p: &types::OffsetPagination) -> Self {
        PageInfo::Offset {
            page: p.page,
            page_size: p.page_size.get(),
            total_count: p.total_count,
            total_pages: p.total_pages,
        }
    }

    #[doc(hidden)]
    pub fn cursor(p: &types::CursorPagination) -> Self {
        PageInfo::Cursor {
            has_more: p.has_more,
            next_before: p.next_before,
        }
    }
}

/// One page of a list; iterate it for its items.
///
/// ```
/// use talent_ray::{Page, PageInfo};
/// let page = Page::new(vec![1, 2], PageInfo::Cursor { has_more: false, next_before: None });
/// assert!(page.next.is_none());
/// assert_eq!(page.into_iter().sum::<i32>(), 3);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Page<T> {
    /// The page's items: in a cursor list, only rows no earlier page yielded.
    pub items: Vec<T>,
    /// Where the page sits, as the server said.
    pub info: PageInfo,
    /// Where the rest of the list starts; `None` on the last page. Pass it to
    /// [`Paginator::resume`] (or [`CallPaginator::resume`](crate::CallPaginator::resume)) to go on.
    pub next: Option<ResumeToken>,
    /// A JSON call's response (status and body) the items were taken from.
    pub(crate) envelope: Option<(u16, serde_json::Value)>,
}

impl<T> Page<T> {
    /// A page of `items` at `info` (for tests and fakes; the client builds pages itself).
    pub fn new(items: Vec<T>, info: PageInfo) -> Self {
        Self {
            items,
            info,
            next: None,
            envelope: None,
        }
    }
}

impl<T> IntoIterator for Page<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// Where the rest of a list starts: the next page index, or for a cursor list the cursor and the
/// ids of the rows at its timestamp already yielded. Serialisable (its JSON form is stable and
/// self-describing), so a tool can return it with a page and continue later, even in another
/// process, without losing or repeating a row. Its `Display` is that JSON, and `FromStr` reads it.
///
/// ```
/// use talent_ray::pagination::ResumeToken;
/// let token: ResumeToken = r#"{"operation":"getApiKeyUsage","paging":"cursor",
///     "boundary":"2026-06-04T15:30:45Z","resolutionNanos":1000000000,"seen":["usage_7"]}"#
///     .parse()
///     .unwrap();
/// assert_eq!(token.operation(), "getApiKeyUsage");
/// assert_eq!(token.to_string().parse::<ResumeToken>().unwrap(), token);
/// let page: ResumeToken = r#"{"operation":"listCandidates","paging":"offset","page":3}"#.parse().unwrap();
/// assert_eq!(page.operation(), "listCandidates");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResumeToken {
    operation: String,
    #[serde(flatten)]
    at: Resume,
}

/// The position inside a [`ResumeToken`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "paging",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
enum Resume {
    /// The next page index.
    Offset { page: u64 },
    /// Rows at `boundary` or older, minus the `seen` ones: rows yielded whose timestamp lies within
    /// one `resolution_nanos` of `boundary`.
    Cursor {
        boundary: Cursor,
        resolution_nanos: u64,
        seen: Vec<String>,
    },
}

impl ResumeToken {
    /// The `operationId` of the list this token continues.
    pub fn operation(&self) -> &str {
        &self.operation
    }
}

impl fmt::Display for ResumeToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let json = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&json)
    }
}

impl std::str::FromStr for ResumeToken {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        serde_json::from_str(s)
            .map_err(|e| Error::InvalidRequest(format!("invalid resume token: {e}")))
    }
}

/// The paging parameters of one request: a page index (offset lists) or a `before` cursor
/// (cursor lists; `None` for the newest rows), and the page size.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct PageQuery {
    /// `page`, for offset lists.
    pub page: Option<u64>,
    /// `before`, for cursor lists.
    pub before: Option<Cursor>,
    /// `pageSize` or `limit`.
    pub page_size: u64,
}

/// The paging parameters a request was built with (`Err`: the value could not be set).
#[doc(hidden)]
#[derive(Clone, Debug)]
pub struct Preset {
    /// The page size.
    pub page_size: Result<Option<u64>, String>,
    /// The page index.
    pub page: Result<Option<u64>, String>,
    /// The cursor.
    pub before: Result<Option<Cursor>, String>,
}

impl Preset {
    /// A builder field's numeric value.
    pub fn size<T: Copy + TryInto<u64>>(
        field: &Result<Option<T>, String>,
    ) -> Result<Option<u64>, String> {
        match field {
            Ok(None) => Ok(None),
            Ok(Some(v)) => (*v)
                .try_into()
                .map(Some)
                .map_err(|_| "must be a non-negative integer".to_owned()),
            Err(e) => Err(e.clone()),
        }
    }

    /// An offset list's preset, from its `page` field.
    pub fn offset<T: Copy + TryInto<u64>>(page: &Result<Option<T>, String>) -> Self {
        Preset {
            page_size: Ok(None),
            page: Self::size(page),
            before: Ok(None),
        }
    }

    /// A cursor list's preset, from its `before` field.
    pub fn cursor(before: &Result<Option<Cursor>, String>) -> Self {
        Preset {
            page_size: Ok(None),
            page: Ok(None),
            before: before.clone(),
        }
    }
}

/// A list request that can be sent at any position. Implemented (from the spec) for the builder
/// of every paginated operation, and for JSON calls; you normally use [`Paginate`] instead.
///
/// ```
/// use talent_ray::pagination::PagedRequest;
/// fn max_page_size<R: PagedRequest>(request: &R) -> u64 { request.list().max_page_size }
/// # fn f(client: &talent_ray::Client) {
/// assert_eq!(max_page_size(&client.list_candidates()), 100);
/// assert_eq!(max_page_size(&client.get_api_key_usage()), 500);
/// # }
/// ```
pub trait PagedRequest: Clone + Send + Sync + Sized {
    /// One list item.
    type Item: Send;
    /// How the list pages.
    fn list(&self) -> &'static ListSpec;
    /// The paging parameters already set on the request.
    #[doc(hidden)]
    fn preset(&self) -> Preset;
    /// This request with `query`'s paging parameters.
    fn at(self, query: &PageQuery) -> Self;
    /// Sends the request and returns its page.
    fn fetch(self) -> impl Future<Output = Result<Page<Self::Item>>> + Send;
    /// A cursor list row's timestamp and id (`None` for offset lists).
    fn row_key<'i>(&self, item: &'i Self::Item) -> Option<(Cursor, &'i str)>;
}

/// Streams over every page or item of a list request, keeping all its filters.
///
/// ```no_run
/// use futures::TryStreamExt;
/// use talent_ray::Paginate;
/// # async fn f(client: talent_ray::Client) -> talent_ray::Result<()> {
/// let candidates: Vec<_> = client.list_candidates().role_id("role_1").paginate().items().try_collect().await?;
/// // A page size set on the builder is honoured, as is one set on the paginator.
/// let roles: Vec<_> = client.list_roles().page_size(20).paginate().items().try_collect().await?;
/// # Ok(()) }
/// ```
pub trait Paginate: PagedRequest {
    /// A [`Paginator`] for this request: the page size and start it was built with (else the
    /// largest page the spec allows, from the first page), no prefetch.
    fn paginate(self) -> Paginator<Self> {
        Paginator {
            request: self,
            page_size: None,
            prefetch: false,
            resume: None,
        }
    }
}

impl<R: PagedRequest> Paginate for R {}

/// Page and item streams over one list request.
///
/// ```no_run
/// use futures::TryStreamExt;
/// use talent_ray::Paginate;
/// # async fn f(client: talent_ray::Client) -> talent_ray::Result<()> {
/// let leads: Vec<_> = client
///     .list_potential_candidates()
///     .paginate()
///     .page_size(50)
///     .prefetch(true)
///     .items()
///     .try_collect()
///     .await?;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
#[must_use = "a paginator does nothing until its stream is polled"]
pub struct Paginator<R> {
    request: R,
    page_size: Option<u64>,
    prefetch: bool,
    resume: Option<ResumeToken>,
}

impl<'a, R: PagedRequest + 'a> Paginator<R> {
    /// Rows per page, within the spec's range for the operation (this wins over a page size set
    /// on the request); otherwise the stream yields [`Error::InvalidRequest`] without sending
    /// anything.
    pub fn page_size(mut self, page_size: u64) -> Self {
        self.page_size = Some(page_size);
        self
    }

    /// Fetch the next page while the current one is consumed (page/pageSize lists only; cursor
    /// lists cannot know the next cursor early).
    pub fn prefetch(mut self, prefetch: bool) -> Self {
        self.prefetch = prefetch;
        self
    }

    /// Start where an earlier stream's page said the rest begins ([`Page::next`]). A token of
    /// another operation is [`Error::InvalidRequest`].
    pub fn resume(mut self, token: ResumeToken) -> Self {
        self.resume = Some(token);
        self
    }

    /// Every page, in order. An error is yielded once and ends the stream. The stream is boxed
    /// (and so `Unpin`): `try_next()` works on it directly.
    pub fn pages(self) -> BoxStream<'a, Result<Page<R::Item>>> {
        pages(self.request, self.page_size, self.prefetch, self.resume)
    }

    /// Every item of every page, in order.
    pub fn items(self) -> BoxStream<'a, Result<R::Item>> {
        self.pages()
            .map_ok(|page| stream::iter(page.items.into_iter().map(Ok)))
            .try_flatten()
            .boxed()
    }
}

/// The one paging core: every page of `request`, from `resume` or the request's own start.
pub(crate) fn pages<'a, R: PagedRequest + 'a>(
    request: R,
    page_size: Option<u64>,
    prefetch: bool,
    resume: Option<ResumeToken>,
) -> BoxStream<'a, Result<Page<R::Item>>> {
    let list = request.list();
    let preset = request.preset();
    let start = settle(list, &preset, page_size, resume.as_ref());
    let first = async move {
        let (size, start) = start?;
        let page = step(&request, list, size, start.as_ref()).await?;
        Ok::<_, Error>((request, size, page))
    };
    stream::once(first)
        .map_ok(move |(request, size, page)| rest(request, list, size, page, prefetch))
        .try_flatten()
        .boxed()
}

/// Checks the page size and start before anything is sent: the page size (the paginator's, else
/// the request's, else the spec's largest) within the spec's range, a resume token of this list.
fn settle(
    list: &ListSpec,
    preset: &Preset,
    page_size: Option<u64>,
    resume: Option<&ResumeToken>,
) -> Result<(u64, Option<Resume>)> {
    let op = list.operation_id;
    let invalid = |param: &str, e: &String| Error::InvalidRequest(format!("{op}: {param} {e}"));
    let set = match page_size {
        Some(size) => Some(size),
        None => preset
            .page_size
            .clone()
            .map_err(|e| invalid(list.size_param, &e))?,
    };
    preset
        .page
        .as_ref()
        .map_err(|e| invalid(list.position_param, e))?;
    preset
        .before
        .as_ref()
        .map_err(|e| invalid(list.position_param, e))?;
    let size = set.unwrap_or(list.max_page_size);
    let (min, max) = (list.min_page_size, list.max_page_size);
    if !(min..=max).contains(&size) {
        return Err(Error::InvalidRequest(format!(
            "{op}: page size {size} (`{}`) is outside {min}..={max}",
            list.size_param
        )));
    }
    let start = match resume {
        None => None,
        Some(token) if token.operation != op => {
            return Err(Error::InvalidRequest(format!(
                "a resume token of {} cannot continue {op}",
                token.operation
            )));
        }
        Some(token) => {
            let fits = matches!(
                (&token.at, list.paging),
                (Resume::Offset { .. }, Paging::Offset) | (Resume::Cursor { .. }, Paging::Cursor)
            );
            if !fits {
                return Err(Error::InvalidRequest(format!(
                    "the resume token's paging does not match {op}'s"
                )));
            }
            Some(token.at.clone())
        }
    };
    Ok((size, start))
}

/// The first page, then the rest: sequentially, or with one page in flight ahead.
fn rest<'a, R: PagedRequest + 'a>(
    request: R,
    list: &'static ListSpec,
    size: u64,
    page: Page<R::Item>,
    prefetch: bool,
) -> BoxStream<'a, Result<Page<R::Item>>> {
    let next = page.next.clone().map(|t| t.at);
    let total_pages = match page.info {
        PageInfo::Offset { total_pages, .. } => total_pages,
        PageInfo::Cursor { .. } => 0,
    };
    let first = stream::once(async { Ok(page) });
    match next {
        None => first.boxed(),
        Some(Resume::Offset { page: from }) if prefetch => {
            let fetches = stream::iter(from..total_pages).map(move |p| {
                let request = request.clone();
                async move { step(&request, list, size, Some(&Resume::Offset { page: p })).await }
            });
            let pages = fetches.buffered(2).take_while(|page| {
                std::future::ready(!matches!(page, Ok(p) if p.items.is_empty()))
            });
            first.chain(stream_until_error(pages)).boxed()
        }
        Some(at) => {
            let sequential = stream::try_unfold(Some(at), move |at| {
                let request = request.clone();
                async move {
                    let Some(at) = at else { return Ok(None) };
                    let page = step(&request, list, size, Some(&at)).await?;
                    if page.items.is_empty() && list.paging == Paging::Offset {
                        return Ok(None);
                    }
                    let next = page.next.clone().map(|t| t.at);
                    Ok(Some((page, next)))
                }
            });
            first.chain(sequential).boxed()
        }
    }
}

/// Fetches the page at `at` (`None`: the request's own start) and works out where the rest starts.
async fn step<R: PagedRequest>(
    request: &R,
    list: &'static ListSpec,
    size: u64,
    at: Option<&Resume>,
) -> Result<Page<R::Item>> {
    let query = query(list, &request.preset(), size, at)?;
    let mut page = request.clone().at(&query).fetch().await?;
    let next = match list.paging {
        Paging::Cursor => next_cursor(request, list, at, &mut page)?,
        _ => next_offset(list, &query, &page)?,
    };
    page.next = next.map(|at| ResumeToken {
        operation: list.operation_id.to_owned(),
        at,
    });
    Ok(page)
}

/// The paging parameters that ask for the page at `at`.
fn query(list: &ListSpec, preset: &Preset, size: u64, at: Option<&Resume>) -> Result<PageQuery> {
    Ok(match at {
        None => PageQuery {
            page: (list.paging == Paging::Offset)
                .then(|| preset.page.clone().ok().flatten().unwrap_or(0)),
            before: preset.before.clone().ok().flatten(),
            page_size: size,
        },
        Some(Resume::Offset { page }) => PageQuery {
            page: Some(*page),
            before: None,
            page_size: size,
        },
        Some(Resume::Cursor {
            boundary,
            resolution_nanos,
            seen,
        }) => {
            let seen = seen.len() as u64;
            if seen >= list.max_page_size {
                return Err(Error::TiedRows {
                    operation: list.operation_id.to_owned(),
                    timestamp: *boundary,
                    read: seen,
                });
            }
            let unit = TimeDelta::nanoseconds(i64::try_from(*resolution_nanos).unwrap_or(i64::MAX));
            PageQuery {
                page: None,
                // Rows at the boundary are still wanted: ask for rows older than the next
                // representable instant, and drop the ones already yielded.
                before: Some(*boundary + unit),
                // Room for the rows already yielded that come back, plus a page of new ones.
                page_size: (size + seen).min(list.max_page_size),
            }
        }
    })
}

/// An offset page must be the page asked for; the next is one further, up to `total_pages`.
fn next_offset<T>(list: &ListSpec, query: &PageQuery, page: &Page<T>) -> Result<Option<Resume>> {
    let asked = query.page.unwrap_or(0);
    match page.info {
        PageInfo::Offset { page: got, .. } if got != asked => Err(Error::Pagination(format!(
            "{}: asked for page {asked}, the server answered page {got}",
            list.operation_id
        ))),
        PageInfo::Offset { total_pages, .. } => Ok((!page.items.is_empty()
            && asked + 1 < total_pages)
            .then_some(Resume::Offset { page: asked + 1 })),
        PageInfo::Cursor { .. } => Err(Error::Pagination(format!(
            "{}: a cursor page in a page/pageSize list",
            list.operation_id
        ))),
    }
}

/// Drops the rows of a cursor page that an earlier page yielded, and works out the next
/// boundary: the server's `nextBefore`, with the ids of every yielded row within one resolution
/// unit of it.
fn next_cursor<R: PagedRequest>(
    request: &R,
    list: &ListSpec,
    at: Option<&Resume>,
    page: &mut Page<R::Item>,
) -> Result<Option<Resume>> {
    let op = list.operation_id;
    let PageInfo::Cursor {
        has_more,
        next_before,
    } = page.info
    else {
        return Err(Error::Pagination(format!(
            "{op}: a page/pageSize page in a cursor list"
        )));
    };
    let (previous, mut resolution, seen) = match at {
        Some(Resume::Cursor {
            boundary,
            resolution_nanos,
            seen,
        }) => (Some(*boundary), *resolution_nanos, seen.as_slice()),
        _ => (None, NANOS_PER_SECOND, &[][..]),
    };
    let keys: Vec<(Cursor, String)> = page
        .items
        .iter()
        .map(|item| {
            request
                .row_key(item)
                .map(|(at, id)| (at, id.to_owned()))
                .ok_or_else(|| {
                    Error::Pagination(format!("{op}: a row without its id or timestamp"))
                })
        })
        .collect::<Result<_>>()?;
    let already: HashSet<&str> = seen.iter().map(String::as_str).collect();
    let mut index = 0;
    page.items.retain(|_| {
        let keep = !already.contains(keys[index].1.as_str());
        index += 1;
        keep
    });
    if !has_more {
        return Ok(None);
    }
    let Some(boundary) = next_before else {
        return Err(Error::Pagination(format!(
            "{op}: the server says more rows exist but gave no nextBefore cursor"
        )));
    };
    if previous.is_some_and(|p| boundary > p) || page.items.is_empty() {
        return Err(Error::Pagination(format!(
            "{op}: the server repeated the cursor {boundary} without new rows"
        )));
    }
    for at in keys.iter().map(|(at, _)| at).chain([&boundary]) {
        resolution = resolution.min(resolution_of(at));
    }
    let window_end = boundary + TimeDelta::nanoseconds(resolution as i64);
    let mut next_seen: Vec<String> = match previous {
        // Rows yielded at an earlier boundary may still fall inside the new window.
        Some(p) if p < window_end => seen.to_vec(),
        _ => Vec::new(),
    };
    for (at, id) in keys {
        if at >= boundary && at < window_end && !next_seen.contains(&id) {
            next_seen.push(id);
        }
    }
    Ok(Some(Resume::Cursor {
        boundary,
        resolution_nanos: resolution,
        seen: next_seen,
    }))
}

const NANOS_PER_SECOND: u64 = 1_000_000_000;

/// The finest unit a timestamp shows: a second, millisecond, microsecond or nanosecond.
fn resolution_of(at: &Cursor) -> u64 {
    let nanos = u64::from(at.timestamp_subsec_nanos());
    [NANOS_PER_SECOND, 1_000_000, 1_000, 1]
        .into_iter()
        .find(|unit| nanos % unit == 0)
        .unwrap_or(1)
}

/// Ends a stream after its first error (which is still yielded).
fn stream_until_error<'a, T: Send + 'a>(
    s: impl Stream<Item = Result<T>> + Send + 'a,
) -> impl Stream<Item = Result<T>> + Send + 'a {
    s.scan(false, |failed, item| {
        let out = if *failed { None } else { Some(item) };
        if matches!(out, Some(Err(_))) {
            *failed = true;
        }
        std::future::ready(out)
    })
}

include!(concat!(env!("OUT_DIR"), "/paging.rs"));

#[cfg(test)]
mod tests;
