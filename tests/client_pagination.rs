//! Pagination streams against the sandbox: all items once, filters on every page, bounds checked.

mod common;

use std::collections::HashSet;

use futures::{StreamExt, TryStreamExt};
use talent_ray::{Error, PageInfo, Paginate};

#[tokio::test]
async fn items_stream_every_visible_candidate_exactly_once() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let expected = sandbox.fixtures().employer_candidate_count;
    assert!(expected > 100, "the seed must need more than one page");

    let items: Vec<_> = client
        .list_candidates()
        .paginate()
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items.len(), expected);
    let ids: HashSet<_> = items.iter().map(|c| c.id.clone()).collect();
    assert_eq!(ids.len(), expected, "no duplicates");
    assert!(!ids.contains(&sandbox.fixtures().hidden_candidate_id));
    // One request per page, in order, each asking for 100 rows (the default).
    let requested: Vec<(Option<String>, Option<String>)> = sandbox
        .requests()
        .iter()
        .filter(|r| r.path == "/api/v1/candidates")
        .map(|r| {
            (
                r.query_param("page").map(str::to_string),
                r.query_param("pageSize").map(str::to_string),
            )
        })
        .collect();
    let pages = expected.div_ceil(100);
    assert!(pages >= 2, "the test needs a second page");
    let wanted: Vec<_> = (0..pages)
        .map(|p| (Some(p.to_string()), Some("100".to_string())))
        .collect();
    assert_eq!(requested, wanted);
}

#[tokio::test]
async fn pages_keep_filters_and_stop_at_total_pages() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let role = sandbox.fixtures().role_id.clone();
    let pages: Vec<_> = client
        .list_candidates()
        .role_id(&role)
        .paginate()
        .page_size(7)
        .pages()
        .try_collect()
        .await
        .unwrap();
    let PageInfo::Offset {
        total_pages,
        total_count,
        ..
    } = pages[0].info
    else {
        panic!("offset paging")
    };
    assert_eq!(pages.len() as u64, total_pages);
    assert_eq!(
        pages.iter().map(|p| p.items.len() as u64).sum::<u64>(),
        total_count
    );
    assert!(total_pages >= 2, "the test needs a second page");
    for candidate in pages.iter().flat_map(|p| &p.items) {
        assert!(
            candidate.roles.iter().any(|r| r.role_id == role),
            "filter lost on a later page"
        );
    }
    // Every page was requested, each with the filter and the page size.
    let requested: Vec<_> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.path == "/api/v1/candidates")
        .collect();
    assert_eq!(requested.len() as u64, total_pages);
    for (index, request) in requested.iter().enumerate() {
        assert_eq!(
            request.query_param("page"),
            Some(index.to_string().as_str())
        );
        assert_eq!(
            request.query_param("roleId"),
            Some(role.as_str()),
            "{request:?}"
        );
        assert_eq!(request.query_param("pageSize"), Some("7"));
    }
}

#[tokio::test]
async fn prefetch_yields_the_same_items() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let plain: Vec<_> = client
        .list_candidates()
        .paginate()
        .page_size(30)
        .items()
        .map_ok(|c| c.id)
        .try_collect()
        .await
        .unwrap();
    let ahead: Vec<_> = client
        .list_candidates()
        .paginate()
        .page_size(30)
        .prefetch(true)
        .items()
        .map_ok(|c| c.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(plain, ahead);
}

#[tokio::test]
async fn an_over_limit_page_size_is_refused_before_sending() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let results: Vec<_> = client
        .list_roles()
        .paginate()
        .page_size(101)
        .pages()
        .collect()
        .await;
    assert_eq!(results.len(), 1);
    assert!(
        matches!(&results[0], Err(Error::InvalidRequest(m)) if m.contains("101")),
        "{results:?}"
    );
    assert_eq!(sandbox.requests_to("GET", "/api/v1/roles"), 0);
}

/// How many items a paginator streams (failing the test on an error).
async fn count<'a, R: talent_ray::pagination::PagedRequest + 'a>(
    p: talent_ray::Paginator<R>,
) -> usize {
    p.items().try_collect::<Vec<_>>().await.unwrap().len()
}

#[tokio::test]
async fn every_paged_list_streams() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    assert!(count(client.list_roles().paginate()).await > 0);
    assert!(count(client.list_tests().paginate()).await > 0);
    assert!(count(client.list_potential_candidates().paginate()).await > 0);
    let batch = sandbox.fixtures().batch_id.clone();
    let members: Vec<_> = client
        .get_cv_screening_batch()
        .batch_id(&batch)
        .paginate()
        .page_size(2)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert!(!members.is_empty());
}

#[tokio::test]
async fn the_usage_log_streams_by_cursor_newest_first() {
    let sandbox = common::sandbox().await;
    let employer = common::client(&sandbox, &sandbox.keys().employer);
    for _ in 0..7 {
        employer.get_me().send().await.unwrap();
    }
    let admin = common::client(&sandbox, &sandbox.keys().admin);
    let key_id = sandbox.fixtures().employer_key_id.clone();
    let rows: Vec<_> = admin
        .get_api_key_usage()
        .id(&key_id)
        .paginate()
        .page_size(3)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rows.len(), sandbox.usage_count(&key_id));
    assert!(rows.len() >= 7);
    assert!(
        rows.windows(2).all(|w| w[0].timestamp > w[1].timestamp),
        "newest first, no repeats"
    );
    // Every page after the first asked for rows before the previous page's last one.
    let path = format!("/api/admin/api-keys/{key_id}/usage");
    let requested: Vec<_> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.path == path)
        .collect();
    assert_eq!(requested.len(), rows.len().div_ceil(3));
    assert_eq!(requested[0].query_param("before"), None);
    for (request, page) in requested[1..].iter().zip(rows.chunks(3)) {
        let before: talent_ray::pagination::Cursor =
            request.query_param("before").unwrap().parse().unwrap();
        assert_eq!(before, page.last().unwrap().timestamp);
        assert_eq!(request.query_param("limit"), Some("3"));
    }
}

#[tokio::test]
async fn rows_sharing_the_boundary_timestamp_are_skipped_by_the_servers_cursor() {
    // Realistic timestamps (whole seconds) from a frozen clock: every row ties.
    let frozen = chrono::Utc::now();
    let sandbox = talent_ray_sandbox::Sandbox::builder()
        .no_rate_limit()
        .clock(move || frozen)
        .usage_timestamps(talent_ray_sandbox::UsageTimestamps::Realistic)
        .start()
        .await
        .unwrap();
    let employer = common::client(&sandbox, &sandbox.keys().employer);
    for _ in 0..7 {
        employer.get_me().send().await.unwrap();
    }
    let admin = common::client(&sandbox, &sandbox.keys().admin);
    let key_id = sandbox.fixtures().employer_key_id.clone();
    let usage = || admin.get_api_key_usage().id(&key_id).paginate();
    // `before` returns strictly older rows, so after a page ending inside a run of equal
    // timestamps the rest of the run is out of reach: the stream ends after the first page,
    // without an error, a repeat or a loop (the limitation documented on `Cursor`).
    let rows: Vec<_> = usage().page_size(3).items().try_collect().await.unwrap();
    assert_eq!(rows.len(), 3);
    let ids: HashSet<_> = rows.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids.len(), 3, "no repeats");
    // The documented remedy: a page size at least the length of the longest run.
    let rows: Vec<_> = usage().page_size(500).items().try_collect().await.unwrap();
    assert_eq!(rows.len(), 7);
}
