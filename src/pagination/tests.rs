//! The paging core against in-memory lists: a scripted server for the offset kind and for
//! misbehaving servers, and a usage log that answers `before`/`limit` the way the API does.

use std::sync::{Arc, Mutex};

use super::*;

/// A row of a fake list.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    id: String,
    at: Cursor,
}

fn second(s: i64) -> Cursor {
    chrono::DateTime::from_timestamp(s, 0).unwrap()
}

fn row(id: u32, at: Cursor) -> Row {
    Row {
        id: format!("row_{id}"),
        at,
    }
}

static OFFSET: ListSpec = ListSpec {
    operation_id: "fakeOffset",
    paging: Paging::Offset,
    size_param: "pageSize",
    position_param: "page",
    min_page_size: 1,
    max_page_size: 50,
    items: "/data",
    pagination: "/pagination",
    row_id: None,
    row_time: None,
};

/// The largest page of the fake usage log.
const MAX: u64 = 8;

static CURSOR: ListSpec = ListSpec {
    operation_id: "fakeCursor",
    paging: Paging::Cursor,
    size_param: "limit",
    position_param: "before",
    min_page_size: 1,
    max_page_size: MAX,
    items: "/rows",
    pagination: "/pagination",
    row_id: Some("id"),
    row_time: Some("at"),
};

/// A list served from a script: `pages[i]` answers the i-th request, whatever it asks for.
#[derive(Clone)]
struct Scripted {
    list: &'static ListSpec,
    pages: Arc<Vec<Page<Row>>>,
    asked: Arc<Mutex<Vec<PageQuery>>>,
    query: Option<PageQuery>,
    preset_size: Option<u64>,
}

impl Scripted {
    fn new(list: &'static ListSpec, pages: Vec<Page<Row>>) -> Self {
        Self {
            list,
            pages: Arc::new(pages),
            asked: Arc::default(),
            query: None,
            preset_size: None,
        }
    }

    fn asked(&self) -> Vec<PageQuery> {
        self.asked.lock().unwrap().clone()
    }
}

impl PagedRequest for Scripted {
    type Item = Row;

    fn list(&self) -> &'static ListSpec {
        self.list
    }

    fn preset(&self) -> Preset {
        Preset {
            page_size: Ok(self.preset_size),
            page: Ok(None),
            before: Ok(None),
        }
    }

    fn at(mut self, query: &PageQuery) -> Self {
        self.query = Some(query.clone());
        self
    }

    async fn fetch(self) -> Result<Page<Row>> {
        let mut asked = self.asked.lock().unwrap();
        asked.push(self.query.clone().unwrap());
        self.pages
            .get(asked.len() - 1)
            .cloned()
            .ok_or_else(|| Error::Pagination("the fake ran out of pages".into()))
    }

    fn row_key<'i>(&self, item: &'i Row) -> Option<(Cursor, &'i str)> {
        Some((item.at, item.id.as_str()))
    }
}

/// A usage log answering like the API: newest first, rows strictly older than `before`, at most
/// `limit` of them, `nextBefore` the last row's timestamp.
#[derive(Clone)]
struct Log {
    /// Newest first.
    rows: Arc<Vec<Row>>,
    asked: Arc<Mutex<Vec<PageQuery>>>,
    query: Option<PageQuery>,
}

impl Log {
    /// A log with runs of `lengths[i]` rows sharing second `1000 - i` (newest first).
    fn with_runs(lengths: &[u32]) -> Self {
        let mut rows = Vec::new();
        let mut id = 0;
        for (i, &length) in lengths.iter().enumerate() {
            for _ in 0..length {
                id += 1;
                rows.push(row(id, second(1000 - i as i64)));
            }
        }
        Self {
            rows: Arc::new(rows),
            asked: Arc::default(),
            query: None,
        }
    }
}

impl PagedRequest for Log {
    type Item = Row;

    fn list(&self) -> &'static ListSpec {
        &CURSOR
    }

    fn preset(&self) -> Preset {
        Preset::cursor(&Ok(None))
    }

    fn at(mut self, query: &PageQuery) -> Self {
        self.query = Some(query.clone());
        self
    }

    async fn fetch(self) -> Result<Page<Row>> {
        let query = self.query.clone().unwrap();
        assert!(query.page_size <= MAX, "asked for more than the API allows");
        self.asked.lock().unwrap().push(query.clone());
        let mut older = self
            .rows
            .iter()
            .filter(|r| query.before.is_none_or(|b| r.at < b));
        let items: Vec<Row> = older
            .by_ref()
            .take(query.page_size as usize)
            .cloned()
            .collect();
        let has_more = older.next().is_some();
        let next_before = has_more.then(|| items.last().unwrap().at);
        Ok(Page::new(
            items,
            PageInfo::Cursor {
                has_more,
                next_before,
            },
        ))
    }

    fn row_key<'i>(&self, item: &'i Row) -> Option<(Cursor, &'i str)> {
        Some((item.at, item.id.as_str()))
    }
}

fn offset(page: u64, total_pages: u64, ids: &[u32]) -> Page<Row> {
    Page::new(
        ids.iter().map(|&i| row(i, second(0))).collect(),
        PageInfo::Offset {
            page,
            page_size: 2,
            total_count: 99,
            total_pages,
        },
    )
}

fn cursor(next: Option<i64>, rows: Vec<Row>) -> Page<Row> {
    Page::new(
        rows,
        PageInfo::Cursor {
            has_more: next.is_some(),
            next_before: next.map(second),
        },
    )
}

async fn collect<R: PagedRequest + 'static>(p: Paginator<R>) -> Vec<Result<R::Item>> {
    p.items().collect().await
}

fn ids(rows: &[Result<Row>]) -> Vec<String> {
    rows.iter()
        .map(|r| r.as_ref().expect("no error").id.clone())
        .collect()
}

#[tokio::test]
async fn offset_lists_stop_at_total_pages_and_ask_in_order() {
    let fake = Scripted::new(
        &OFFSET,
        vec![
            offset(0, 3, &[1, 2]),
            offset(1, 3, &[3, 4]),
            offset(2, 3, &[5]),
        ],
    );
    let items = collect(fake.clone().paginate().page_size(2)).await;
    assert_eq!(ids(&items), ["row_1", "row_2", "row_3", "row_4", "row_5"]);
    let asked: Vec<_> = fake.asked().iter().map(|q| (q.page, q.page_size)).collect();
    assert_eq!(asked, [(Some(0), 2), (Some(1), 2), (Some(2), 2)]);
}

#[tokio::test]
async fn the_page_size_is_the_paginators_else_the_requests_else_the_largest() {
    for (on_request, on_paginator, sent) in [
        (None, None, OFFSET.max_page_size),
        (Some(5), None, 5),
        (Some(5), Some(7), 7),
        (None, Some(7), 7),
    ] {
        let mut fake = Scripted::new(&OFFSET, vec![offset(0, 1, &[1])]);
        fake.preset_size = on_request;
        let mut paginator = fake.clone().paginate();
        if let Some(size) = on_paginator {
            paginator = paginator.page_size(size);
        }
        collect(paginator).await;
        assert_eq!(fake.asked()[0].page_size, sent);
    }
}

#[tokio::test]
async fn an_out_of_range_page_size_is_refused_before_sending_however_it_was_set() {
    for (on_request, on_paginator) in [
        (Some(0), None),
        (Some(OFFSET.max_page_size + 1), None),
        (None, Some(0)),
        (None, Some(OFFSET.max_page_size + 1)),
        (Some(5), Some(1000)),
    ] {
        let mut fake = Scripted::new(&OFFSET, vec![offset(0, 1, &[1])]);
        fake.preset_size = on_request;
        let mut paginator = fake.clone().paginate();
        if let Some(size) = on_paginator {
            paginator = paginator.page_size(size);
        }
        let items = collect(paginator).await;
        assert!(
            matches!(items.as_slice(), [Err(Error::InvalidRequest(m))] if m.contains("pageSize")),
            "{on_request:?}/{on_paginator:?}: {items:?}"
        );
        assert!(fake.asked().is_empty(), "nothing was sent");
    }
}

#[tokio::test]
async fn an_empty_page_ends_the_stream() {
    let fake = Scripted::new(&OFFSET, vec![offset(0, 9, &[1]), offset(1, 9, &[])]);
    let items = collect(fake.clone().paginate()).await;
    assert_eq!(items.len(), 1);
    assert_eq!(fake.asked().len(), 2);
}

#[tokio::test]
async fn a_server_answering_the_wrong_page_is_an_error_not_a_loop() {
    let fake = Scripted::new(&OFFSET, vec![offset(0, 9, &[1]), offset(0, 9, &[1])]);
    let items = collect(fake.paginate()).await;
    assert!(
        matches!(items.last(), Some(Err(Error::Pagination(_)))),
        "{items:?}"
    );
}

#[tokio::test]
async fn prefetch_asks_for_the_same_pages() {
    let pages = vec![
        offset(0, 3, &[1, 2]),
        offset(1, 3, &[3, 4]),
        offset(2, 3, &[5]),
    ];
    let fake = Scripted::new(&OFFSET, pages);
    let items = collect(fake.clone().paginate().prefetch(true)).await;
    assert_eq!(ids(&items).len(), 5);
    assert_eq!(fake.asked().len(), 3);
}

#[tokio::test]
async fn an_empty_first_page_ends_the_stream_whatever_total_pages_says() {
    let fake = Scripted::new(&OFFSET, vec![offset(0, 9, &[])]);
    let items = collect(fake.clone().paginate().prefetch(true)).await;
    assert!(items.is_empty());
    assert_eq!(fake.asked().len(), 1);
}

#[tokio::test]
async fn a_wrong_first_page_is_an_error_with_prefetch_too() {
    let fake = Scripted::new(&OFFSET, vec![offset(3, 9, &[1])]);
    let items = collect(fake.paginate().prefetch(true)).await;
    assert!(
        matches!(items.as_slice(), [Err(Error::Pagination(_))]),
        "{items:?}"
    );
}

#[tokio::test]
async fn a_huge_total_pages_costs_nothing_up_front() {
    let fake = Scripted::new(
        &OFFSET,
        vec![offset(0, u64::MAX, &[1]), offset(1, u64::MAX, &[])],
    );
    let items = collect(fake.clone().paginate().prefetch(true)).await;
    assert_eq!(items.len(), 1);
}

#[tokio::test]
async fn an_error_is_yielded_once_and_ends_the_stream() {
    let fake = Scripted::new(&OFFSET, vec![offset(0, 5, &[1])]);
    let items = collect(fake.paginate()).await;
    assert_eq!(items.len(), 2);
    assert!(items[1].is_err());
}

#[tokio::test]
async fn has_more_without_a_cursor_is_an_error() {
    let page = Page::new(
        vec![row(1, second(10))],
        PageInfo::Cursor {
            has_more: true,
            next_before: None,
        },
    );
    let items = collect(Scripted::new(&CURSOR, vec![page]).paginate()).await;
    assert!(
        matches!(items.last(), Some(Err(Error::Pagination(_)))),
        "{items:?}"
    );
}

#[tokio::test]
async fn a_cursor_that_brings_nothing_new_is_an_error_not_a_loop() {
    let same = || cursor(Some(10), vec![row(1, second(10))]);
    let fake = Scripted::new(&CURSOR, vec![same(), same(), same()]);
    let items = collect(fake.clone().paginate()).await;
    assert_eq!(items.len(), 2, "{items:?}");
    assert!(
        matches!(&items[1], Err(Error::Pagination(m)) if m.contains("repeated")),
        "{items:?}"
    );
    assert_eq!(fake.asked().len(), 2, "no request after the repeat");
}

#[tokio::test]
async fn a_cursor_going_forwards_is_an_error() {
    let fake = Scripted::new(
        &CURSOR,
        vec![
            cursor(Some(10), vec![row(1, second(10))]),
            cursor(Some(20), vec![row(2, second(9))]),
        ],
    );
    let items = collect(fake.paginate()).await;
    assert!(
        matches!(items.last(), Some(Err(Error::Pagination(_)))),
        "{items:?}"
    );
}

/// Every row of `log`, newest first, as the log holds them.
fn all_ids(log: &Log) -> Vec<String> {
    log.rows.iter().map(|r| r.id.clone()).collect()
}

#[tokio::test]
async fn tied_rows_come_back_exactly_once_at_every_page_boundary_and_size() {
    // Runs of 1 to 7 rows: a page boundary falls inside a run of every length for some page
    // size, and every page size from 1 to beyond the longest run (the largest, 8) is tried. (A run
    // of exactly the largest page cannot be told from a longer one: see the next test.)
    let log = Log::with_runs(&[3, 1, 7, 2, 5, 1, 1, 4, 6, 2, 7]);
    for size in 1..=MAX {
        let items = collect(log.clone().paginate().page_size(size)).await;
        assert_eq!(ids(&items), all_ids(&log), "page size {size}");
    }
}

#[tokio::test]
async fn a_cursor_page_brings_up_to_the_page_size_of_new_rows() {
    let log = Log::with_runs(&[5, 1]);
    let pages: Vec<_> = log
        .clone()
        .paginate()
        .page_size(2)
        .pages()
        .try_collect()
        .await
        .unwrap();
    let sizes: Vec<usize> = pages.iter().map(|p| p.items.len()).collect();
    assert_eq!(sizes, [2, 2, 2]);
    let asked: Vec<_> = log
        .asked
        .lock()
        .unwrap()
        .iter()
        .map(|q| (q.before, q.page_size))
        .collect();
    // After a page ending inside the run at second 1000: ask for rows before 1001, with room for
    // the rows already yielded at 1000.
    assert_eq!(
        asked,
        [(None, 2), (Some(second(1001)), 4), (Some(second(1001)), 6)]
    );
}

#[tokio::test]
async fn a_run_longer_than_the_largest_page_ends_with_a_typed_error() {
    let log = Log::with_runs(&[2, MAX as u32 + 1, 3]);
    for size in [1, 2, MAX] {
        let items = collect(log.clone().paginate().page_size(size)).await;
        let (last, yielded) = items.split_last().unwrap();
        match last {
            Err(Error::TiedRows {
                operation,
                timestamp,
                read,
            }) => {
                assert_eq!(operation, "fakeCursor");
                assert_eq!(*timestamp, second(999));
                assert_eq!(*read, MAX);
            }
            other => panic!("page size {size}: expected TiedRows, got {other:?}"),
        }
        // Every row before the error is distinct and in the log's order: nothing skipped.
        assert_eq!(ids(yielded), all_ids(&log)[..yielded.len()], "size {size}");
    }
}

#[tokio::test]
async fn a_resume_token_continues_without_losing_or_repeating_a_row() {
    let log = Log::with_runs(&[4, 4, 1, 3]);
    for size in 1..=4 {
        let mut seen = Vec::new();
        let mut token: Option<ResumeToken> = None;
        loop {
            let mut paginator = log.clone().paginate().page_size(size);
            if let Some(t) = token.take() {
                // Through the token's text form, as a tool would hand it out.
                paginator = paginator.resume(t.to_string().parse().unwrap());
            }
            let page = paginator.pages().next().await.unwrap().unwrap();
            seen.extend(page.items.iter().map(|r| r.id.clone()));
            match page.next {
                Some(next) => token = Some(next),
                None => break,
            }
        }
        assert_eq!(seen, all_ids(&log), "page size {size}");
    }
}

#[tokio::test]
async fn a_token_of_another_list_is_refused() {
    let token: ResumeToken = r#"{"operation":"other","paging":"offset","page":1}"#
        .parse()
        .unwrap();
    let fake = Scripted::new(&OFFSET, vec![]);
    let items = collect(fake.clone().paginate().resume(token)).await;
    assert!(
        matches!(items.as_slice(), [Err(Error::InvalidRequest(_))]),
        "{items:?}"
    );
    assert!(fake.asked().is_empty());
}

#[test]
fn resolution_is_the_finest_unit_a_timestamp_shows() {
    let at = |s: &str| s.parse::<Cursor>().unwrap();
    assert_eq!(resolution_of(&at("2026-06-04T15:30:45Z")), 1_000_000_000);
    assert_eq!(resolution_of(&at("2026-06-04T15:30:45.120Z")), 1_000_000);
    assert_eq!(resolution_of(&at("2026-06-04T15:30:45.000120Z")), 1_000);
    assert_eq!(resolution_of(&at("2026-06-04T15:30:45.000000001Z")), 1);
}

#[tokio::test]
async fn millisecond_timestamps_tie_within_a_millisecond_only() {
    // Runs of 3 rows 1 ms apart, 12 rows within one second: were the window after a boundary a
    // second, the rows already yielded would fill the largest page (8) and paging would fail.
    let base = second(1000) + TimeDelta::milliseconds(7);
    let rows: Vec<Row> = (0..12)
        .map(|i| row(i, base - TimeDelta::milliseconds(i64::from(i / 3))))
        .collect();
    let log = Log {
        rows: Arc::new(rows),
        asked: Arc::default(),
        query: None,
    };
    let items = collect(log.clone().paginate().page_size(2)).await;
    assert_eq!(ids(&items), all_ids(&log));
    let asked = log.asked.lock().unwrap();
    assert!(
        asked.iter().all(|q| q.page_size <= 2 + 3),
        "only rows of the boundary's millisecond come back: {asked:?}"
    );
}
