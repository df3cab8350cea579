//! Paging as streams, written once for every paginated operation.
//!
//! Each page/pageSize list and the cursor-paged usage log implement [`PagedRequest`] (generated
//! from the spec); [`Paginate::paginate`] turns the request, with every filter you set on it, into
//! a [`Paginator`] of pages or items.

use std::future::Future;

use futures::stream::{self, BoxStream, Stream, StreamExt, TryStreamExt};

use crate::{Error, Result, types};

/// The default page size the SDK asks for (the documented maximum for page/pageSize lists).
///
/// ```
/// assert_eq!(talent_ray::pagination::DEFAULT_PAGE_SIZE, 100);
/// ```
pub const DEFAULT_PAGE_SIZE: u64 = 100;

/// A `before` cursor: the usage log pages towards older rows.
///
/// # Rows that share a timestamp
///
/// The cursor is a timestamp and `before` returns rows *strictly older* than it, so when a page
/// ends inside a run of rows with the same timestamp (a real server logs whole seconds, as the
/// docs' examples show), the rest of that run cannot be asked for: the stream goes on with older
/// rows and the tied rows beyond the page are skipped. It never repeats a row or loops. The API
/// offers no tie-breaker, so the SDK cannot recover them; ask for a page size of at least the
/// longest run you expect (up to 500), e.g. `.paginate().page_size(500)`.
///
/// ```
/// let cursor: talent_ray::pagination::Cursor = "2026-06-04T15:20:00Z".parse().unwrap();
/// # let _ = cursor;
/// ```
pub type Cursor = chrono::DateTime<chrono::Utc>;

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
        /// The cursor for the next (older) page.
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
/// assert_eq!(page.into_iter().sum::<i32>(), 3);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Page<T> {
    /// The page's items.
    pub items: Vec<T>,
    /// Where the page sits.
    pub info: PageInfo,
}

impl<T> Page<T> {
    /// A page of `items` at `info` (for tests and fakes; the client builds pages itself).
    pub fn new(items: Vec<T>, info: PageInfo) -> Self {
        Self { items, info }
    }
}

impl<T> IntoIterator for Page<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// A position in a list: a page index (`u64`) or a cursor (`Option<Cursor>`).
///
/// ```
/// use talent_ray::PageInfo;
/// use talent_ray::pagination::Position;
/// let info = PageInfo::Offset { page: 0, page_size: 100, total_count: 250, total_pages: 3 };
/// assert_eq!(0u64.next(&info).unwrap(), Some(1));
/// assert_eq!(0u64.remaining(&info).unwrap().collect::<Vec<_>>(), [1, 2]);
/// ```
pub trait Position: Clone + PartialEq + Send + Sync + std::fmt::Debug + 'static {
    /// The first page's position.
    fn first() -> Self;
    /// Whether `info` answers a request for `self` (a page index must echo back).
    fn check(&self, info: &PageInfo) -> Result<()> {
        let _ = info;
        Ok(())
    }
    /// The position after the page at `self` that answered with `info`; `None` at the end.
    fn next(&self, info: &PageInfo) -> Result<Option<Self>>;
    /// Every remaining position, lazily, when the first page already tells them (enables
    /// prefetch). Lazy, so a server claiming billions of pages costs nothing up front.
    fn remaining(&self, info: &PageInfo) -> Option<Box<dyn Iterator<Item = Self> + Send>>;
}

impl Position for u64 {
    fn first() -> Self {
        0
    }

    fn check(&self, info: &PageInfo) -> Result<()> {
        match *info {
            PageInfo::Offset { page, .. } if page != *self => Err(Error::Pagination(format!(
                "asked for page {self}, the server answered page {page}"
            ))),
            PageInfo::Offset { .. } => Ok(()),
            PageInfo::Cursor { .. } => Err(Error::Pagination(
                "a cursor page in a page/pageSize list".into(),
            )),
        }
    }

    fn next(&self, info: &PageInfo) -> Result<Option<Self>> {
        self.check(info)?;
        match *info {
            PageInfo::Offset { total_pages, .. } => {
                Ok((self + 1 < total_pages).then_some(self + 1))
            }
            PageInfo::Cursor { .. } => Ok(None),
        }
    }

    fn remaining(&self, info: &PageInfo) -> Option<Box<dyn Iterator<Item = Self> + Send>> {
        match *info {
            PageInfo::Offset { total_pages, .. } => Some(Box::new(self + 1..total_pages)),
            PageInfo::Cursor { .. } => None,
        }
    }
}

impl Position for Option<Cursor> {
    fn first() -> Self {
        None
    }

    fn next(&self, info: &PageInfo) -> Result<Option<Self>> {
        match info {
            PageInfo::Cursor {
                has_more: true,
                next_before: Some(cursor),
            } => Ok(Some(Some(*cursor))),
            PageInfo::Cursor {
                has_more: true,
                next_before: None,
            } => Err(Error::Pagination(
                "the server says more rows exist but gave no nextBefore cursor".into(),
            )),
            PageInfo::Cursor { .. } => Ok(None),
            PageInfo::Offset { .. } => Err(Error::Pagination(
                "a page/pageSize page in a cursor list".into(),
            )),
        }
    }

    fn remaining(&self, _: &PageInfo) -> Option<Box<dyn Iterator<Item = Self> + Send>> {
        None
    }
}

/// A list request that can be sent at any position. Implemented (from the spec) for the builder
/// of every paginated operation; you normally use [`Paginate`] instead.
///
/// ```
/// use talent_ray::pagination::PagedRequest;
/// fn max_page_size<R: PagedRequest>(_: &R) -> u64 { R::MAX_PAGE_SIZE }
/// # fn f(client: &talent_ray::Client) {
/// assert_eq!(max_page_size(&client.list_candidates()), 100);
/// assert_eq!(max_page_size(&client.get_api_key_usage()), 500);
/// # }
/// ```
pub trait PagedRequest: Clone + Send + Sync + Sized {
    /// One list item.
    type Item: Send;
    /// Page index or cursor.
    type Position: Position;
    /// The generated method name, for error messages.
    const OPERATION: &'static str;
    /// The largest page size the spec allows.
    const MAX_PAGE_SIZE: u64;
    /// This request at `position` with `page_size` rows per page.
    fn at(self, position: Self::Position, page_size: u64) -> Self;
    /// Sends the request and returns its page.
    fn fetch(self) -> impl Future<Output = Result<Page<Self::Item>>> + Send;
}

/// Streams over every page or item of a list request, keeping all its filters.
///
/// ```no_run
/// use futures::TryStreamExt;
/// use talent_ray::Paginate;
/// # async fn f(client: talent_ray::Client) -> talent_ray::Result<()> {
/// let candidates: Vec<_> = client.list_candidates().role_id("role_1").paginate().items().try_collect().await?;
/// # Ok(()) }
/// ```
pub trait Paginate: PagedRequest {
    /// A [`Paginator`] for this request (page size [`DEFAULT_PAGE_SIZE`], no prefetch).
    fn paginate(self) -> Paginator<Self> {
        Paginator {
            request: self,
            page_size: DEFAULT_PAGE_SIZE.min(Self::MAX_PAGE_SIZE),
            prefetch: false,
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
    page_size: u64,
    prefetch: bool,
}

impl<'a, R: PagedRequest + 'a> Paginator<R> {
    /// Rows per page, from 1 to the operation's maximum; otherwise the stream yields
    /// [`Error::InvalidRequest`] without sending anything.
    pub fn page_size(mut self, page_size: u64) -> Self {
        self.page_size = page_size;
        self
    }

    /// Fetch the next page while the current one is consumed (page/pageSize lists only; cursor
    /// lists cannot know the next cursor early).
    pub fn prefetch(mut self, prefetch: bool) -> Self {
        self.prefetch = prefetch;
        self
    }

    /// Every page, in order. An error is yielded once and ends the stream. The stream is boxed
    /// (and so `Unpin`): `try_next()` works on it directly.
    pub fn pages(self) -> BoxStream<'a, Result<Page<R::Item>>> {
        let Paginator {
            request,
            page_size,
            prefetch,
        } = self;
        let invalid = !(1..=R::MAX_PAGE_SIZE).contains(&page_size);
        let first = async move {
            if invalid {
                return Err(Error::InvalidRequest(format!(
                    "page size {page_size} is outside 1..={} for {}",
                    R::MAX_PAGE_SIZE,
                    R::OPERATION
                )));
            }
            let position = R::Position::first();
            let page = request
                .clone()
                .at(position.clone(), page_size)
                .fetch()
                .await?;
            Ok((request, position, page))
        };
        stream::once(first)
            .map_ok(move |(request, position, page)| {
                rest::<'a, R>(request, position, page, page_size, prefetch)
            })
            .try_flatten()
            .boxed()
    }

    /// Every item of every page, in order.
    pub fn items(self) -> BoxStream<'a, Result<R::Item>> {
        self.pages()
            .map_ok(|page| stream::iter(page.items.into_iter().map(Ok)))
            .try_flatten()
            .boxed()
    }
}

/// The first page, then the rest: sequentially, or with one page in flight ahead.
fn rest<'a, R: PagedRequest + 'a>(
    request: R,
    position: R::Position,
    page: Page<R::Item>,
    page_size: u64,
    prefetch: bool,
) -> stream::BoxStream<'a, Result<Page<R::Item>>> {
    let info = page.info.clone();
    // The first page is checked like every other: the server must answer the page asked for.
    let checked_first = position.check(&info).map(|_| page);
    let stop = checked_first.is_err() || checked_first.as_ref().is_ok_and(|p| p.items.is_empty());
    let first = stream::once(async { checked_first });
    if stop || page_is_last(&info) {
        return first.boxed();
    }
    if prefetch && let Some(positions) = position.remaining(&info) {
        let fetches = stream::iter(positions).map(move |p| {
            let request = request.clone();
            async move { checked(request.at(p.clone(), page_size).fetch().await, &p) }
        });
        let pages = fetches
            .buffered(2)
            .take_while(|page| std::future::ready(!matches!(page, Ok(p) if p.items.is_empty())));
        return first.chain(stream_until_error(pages)).boxed();
    }
    let sequential = stream::try_unfold(
        (request, position, info, vec![]),
        move |(request, position, info, mut seen): (R, R::Position, PageInfo, Vec<R::Position>)| async move {
            let Some(next) = position.next(&info)? else {
                return Ok(None);
            };
            if seen.contains(&next) || next == position {
                return Err(Error::Pagination(format!(
                    "{} repeated position {next:?}",
                    R::OPERATION
                )));
            }
            seen.push(position);
            let page = request.clone().at(next.clone(), page_size).fetch().await?;
            if page.items.is_empty() {
                return Ok(None);
            }
            let info = page.info.clone();
            Ok(Some((page, (request, next, info, seen))))
        },
    );
    first.chain(sequential).boxed()
}

fn page_is_last(info: &PageInfo) -> bool {
    matches!(info, PageInfo::Offset { total_pages, .. } if *total_pages <= 1)
        || matches!(
            info,
            PageInfo::Cursor {
                has_more: false,
                ..
            }
        )
}

fn checked<T, P: Position>(page: Result<Page<T>>, asked: &P) -> Result<Page<T>> {
    let page = page?;
    asked.check(&page.info)?;
    Ok(page)
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
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    /// A list served from memory: `pages[i]` answers the i-th request, whatever it asks for.
    #[derive(Clone)]
    struct Fake<P> {
        pages: Arc<Vec<Page<u32>>>,
        asked: Arc<Mutex<Vec<(P, u64)>>>,
        at: Option<P>,
        size: u64,
    }

    impl<P: Position> Fake<P> {
        fn new(pages: Vec<Page<u32>>) -> Self {
            Self {
                pages: Arc::new(pages),
                asked: Arc::default(),
                at: None,
                size: 0,
            }
        }
    }

    impl<P: Position> PagedRequest for Fake<P> {
        type Item = u32;
        type Position = P;
        const OPERATION: &'static str = "fake";
        const MAX_PAGE_SIZE: u64 = 50;

        fn at(mut self, position: P, page_size: u64) -> Self {
            self.at = Some(position);
            self.size = page_size;
            self
        }

        async fn fetch(self) -> Result<Page<u32>> {
            let mut asked = self.asked.lock().unwrap();
            asked.push((self.at.clone().unwrap(), self.size));
            self.pages
                .get(asked.len() - 1)
                .cloned()
                .ok_or_else(|| Error::Pagination("the fake ran out of pages".into()))
        }
    }

    fn offset(page: u64, total_pages: u64, items: Vec<u32>) -> Page<u32> {
        Page::new(
            items,
            PageInfo::Offset {
                page,
                page_size: 2,
                total_count: 99,
                total_pages,
            },
        )
    }

    fn cursor(next: Option<i64>, items: Vec<u32>) -> Page<u32> {
        let next_before = next.map(|s| chrono::DateTime::from_timestamp(s, 0).unwrap());
        Page::new(
            items,
            PageInfo::Cursor {
                has_more: next.is_some(),
                next_before,
            },
        )
    }

    async fn collect<R: PagedRequest + 'static>(p: Paginator<R>) -> Vec<Result<R::Item>> {
        p.items().collect().await
    }

    #[tokio::test]
    async fn offset_lists_stop_at_total_pages_and_ask_in_order() {
        let fake = Fake::<u64>::new(vec![
            offset(0, 3, vec![1, 2]),
            offset(1, 3, vec![3, 4]),
            offset(2, 3, vec![5]),
        ]);
        let items: Vec<u32> = collect(fake.clone().paginate().page_size(2))
            .await
            .into_iter()
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(items, [1, 2, 3, 4, 5]);
        assert_eq!(*fake.asked.lock().unwrap(), [(0, 2), (1, 2), (2, 2)]);
    }

    #[tokio::test]
    async fn an_empty_page_ends_the_stream() {
        let fake = Fake::<u64>::new(vec![offset(0, 9, vec![1]), offset(1, 9, vec![])]);
        let items = collect(fake.clone().paginate()).await;
        assert_eq!(items.len(), 1);
        assert_eq!(fake.asked.lock().unwrap().len(), 2);
    }

    #[tokio::test]
    async fn a_server_answering_the_wrong_page_is_an_error_not_a_loop() {
        let fake = Fake::<u64>::new(vec![offset(0, 9, vec![1]), offset(0, 9, vec![1])]);
        let items = collect(fake.paginate()).await;
        assert!(
            matches!(items.last(), Some(Err(Error::Pagination(_)))),
            "{items:?}"
        );
    }

    #[tokio::test]
    async fn a_repeated_cursor_is_an_error() {
        let fake = Fake::<Option<Cursor>>::new(vec![
            cursor(Some(100), vec![1]),
            cursor(Some(50), vec![2]),
            cursor(Some(100), vec![3]),
        ]);
        let items = collect(fake.clone().paginate()).await;
        let ok: Vec<u32> = items
            .iter()
            .filter_map(|r| r.as_ref().ok().copied())
            .collect();
        assert_eq!(ok, [1, 2, 3]);
        assert!(
            matches!(items.last(), Some(Err(Error::Pagination(m))) if m.contains("repeated")),
            "{items:?}"
        );
        assert_eq!(
            fake.asked.lock().unwrap().len(),
            3,
            "no request after the repeat"
        );
    }

    #[tokio::test]
    async fn cursor_lists_follow_next_before_until_has_more_is_false() {
        let fake =
            Fake::<Option<Cursor>>::new(vec![cursor(Some(100), vec![1]), cursor(None, vec![2])]);
        let items = collect(fake.clone().paginate()).await;
        assert_eq!(items.len(), 2);
        let asked = fake.asked.lock().unwrap();
        assert_eq!(asked[0].0, None);
        assert_eq!(
            asked[1].0,
            Some(chrono::DateTime::from_timestamp(100, 0).unwrap())
        );
        assert_eq!(
            asked[0].1, 50,
            "the default page size is capped at the operation's maximum"
        );
    }

    #[tokio::test]
    async fn prefetch_asks_for_the_same_pages() {
        let pages = vec![
            offset(0, 3, vec![1, 2]),
            offset(1, 3, vec![3, 4]),
            offset(2, 3, vec![5]),
        ];
        let fake = Fake::<u64>::new(pages);
        let items: Vec<u32> = collect(fake.clone().paginate().prefetch(true))
            .await
            .into_iter()
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(items, [1, 2, 3, 4, 5]);
        assert_eq!(fake.asked.lock().unwrap().len(), 3);
    }

    #[tokio::test]
    async fn an_empty_first_page_ends_the_stream_whatever_total_pages_says() {
        let fake = Fake::<u64>::new(vec![offset(0, 9, vec![])]);
        let items = collect(fake.clone().paginate().prefetch(true)).await;
        assert!(items.is_empty());
        assert_eq!(fake.asked.lock().unwrap().len(), 1);
    }

    #[tokio::test]
    async fn a_wrong_first_page_is_an_error_with_prefetch_too() {
        let fake = Fake::<u64>::new(vec![offset(3, 9, vec![1])]);
        let items = collect(fake.paginate().prefetch(true)).await;
        assert!(
            matches!(items.as_slice(), [Err(Error::Pagination(_))]),
            "{items:?}"
        );
    }

    #[tokio::test]
    async fn a_huge_total_pages_costs_nothing_up_front() {
        let fake = Fake::<u64>::new(vec![
            offset(0, u64::MAX, vec![1]),
            offset(1, u64::MAX, vec![]),
        ]);
        let items = collect(fake.clone().paginate().prefetch(true)).await;
        assert_eq!(items.len(), 1);
    }

    #[tokio::test]
    async fn has_more_without_a_cursor_is_an_error() {
        let page = Page::new(
            vec![1],
            PageInfo::Cursor {
                has_more: true,
                next_before: None,
            },
        );
        let items = collect(Fake::<Option<Cursor>>::new(vec![page]).paginate()).await;
        assert!(
            matches!(items.last(), Some(Err(Error::Pagination(_)))),
            "{items:?}"
        );
    }

    #[tokio::test]
    async fn an_error_is_yielded_once_and_ends_the_stream() {
        let fake = Fake::<u64>::new(vec![offset(0, 5, vec![1])]);
        let items = collect(fake.paginate()).await;
        assert_eq!(items.len(), 2);
        assert!(items[1].is_err());
    }
}
