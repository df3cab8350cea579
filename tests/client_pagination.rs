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
    // pageSize defaults to 100.
    assert_eq!(
        sandbox.requests_to("GET", "/api/v1/candidates") as usize,
        expected.div_ceil(100)
    );
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
    for candidate in pages.iter().flat_map(|p| &p.items) {
        assert!(
            candidate.roles.iter().any(|r| r.role_id == role),
            "filter lost on a later page"
        );
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
    assert!(sandbox.requests_to("GET", &format!("/api/admin/api-keys/{key_id}/usage")) >= 3);
}
