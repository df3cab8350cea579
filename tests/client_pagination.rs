//! Pagination streams against the sandbox: all items once, filters on every page, bounds checked.

mod common;

use std::collections::HashSet;

use chrono::DurationRound;
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

/// A sandbox with the default (whole-second) usage timestamps and a clock the test moves, and
/// the employer key's usage log filled with runs of rows sharing a second: `runs[i]` rows in the
/// i-th second. Returns the sandbox and an admin client.
async fn usage_log_with_runs(runs: &[usize]) -> (talent_ray_sandbox::Sandbox, talent_ray::Client) {
    use std::sync::{Arc, Mutex};
    let start = chrono::Utc::now()
        .duration_trunc(chrono::TimeDelta::seconds(1))
        .unwrap();
    let now = Arc::new(Mutex::new(start));
    let clock = now.clone();
    let sandbox = talent_ray_sandbox::Sandbox::builder()
        .no_rate_limit()
        .clock(move || *clock.lock().unwrap())
        .start()
        .await
        .unwrap();
    let employer = common::client(&sandbox, &sandbox.keys().employer);
    for &run in runs {
        // Within the second, so the whole-second timestamps tie.
        *now.lock().unwrap() += chrono::TimeDelta::milliseconds(1);
        for _ in 0..run {
            employer.get_me().send().await.unwrap();
        }
        *now.lock().unwrap() += chrono::TimeDelta::seconds(1);
    }
    let admin = common::client(&sandbox, &sandbox.keys().admin);
    (sandbox, admin)
}

/// The ids of a key's usage rows, newest first, read straight from the sandbox with a page large
/// enough for all of them (the expectation, independent of the paginator).
async fn usage_ids(sandbox: &talent_ray_sandbox::Sandbox) -> Vec<String> {
    let key_id = &sandbox.fixtures().employer_key_id;
    let url = format!(
        "{}/api/admin/api-keys/{key_id}/usage?limit=500",
        sandbox.base_url()
    );
    let body: serde_json::Value = reqwest::Client::new()
        .get(url)
        .bearer_auth(&sandbox.keys().admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        body["data"]["pagination"]["hasMore"], false,
        "all rows in one page"
    );
    body["data"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_usage_log_streams_by_cursor_newest_first() {
    let (sandbox, admin) = usage_log_with_runs(&[2, 3, 1, 4]).await;
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
    // The paginator's requests, before the test reads the log itself.
    let path = format!("/api/admin/api-keys/{key_id}/usage");
    let requested: Vec<_> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.path == path)
        .collect();
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, usage_ids(&sandbox).await);
    assert_eq!(rows.len(), sandbox.usage_count(&key_id));
    assert!(
        rows.windows(2).all(|w| w[0].timestamp >= w[1].timestamp),
        "newest first"
    );
    // Every page after the first asked for rows before a boundary timestamp plus one second (the
    // timestamps' resolution), so the rest of a run at the boundary is not skipped.
    assert_eq!(requested[0].query_param("before"), None);
    assert_eq!(requested[0].query_param("limit"), Some("3"));
    for request in &requested[1..] {
        let before: talent_ray::pagination::Cursor =
            request.query_param("before").unwrap().parse().unwrap();
        let boundary = before - chrono::TimeDelta::seconds(1);
        assert!(
            rows.iter().any(|r| r.timestamp == boundary),
            "{before} is one second after a row's timestamp"
        );
    }
}

#[tokio::test]
async fn tied_rows_at_every_page_boundary_come_back_exactly_once() {
    // Runs of 1 to 7 rows in one second each; page sizes from 1 to beyond the longest run, so a
    // page boundary falls inside runs of every length.
    let runs = [3, 1, 7, 2, 5, 4, 6, 1, 2];
    let (sandbox, admin) = usage_log_with_runs(&runs).await;
    let expected = usage_ids(&sandbox).await;
    assert_eq!(expected.len(), runs.iter().sum::<usize>());
    let key_id = sandbox.fixtures().employer_key_id.clone();
    for size in 1..=9 {
        let typed: Vec<String> = admin
            .get_api_key_usage()
            .id(&key_id)
            .limit(size)
            .paginate()
            .items()
            .map_ok(|r| r.id)
            .try_collect()
            .await
            .unwrap();
        assert_eq!(typed, expected, "typed, page size {size}");
        let json: Vec<String> = admin
            .paginate_call(
                "getApiKeyUsage",
                serde_json::json!({ "id": key_id, "limit": size }),
            )
            .items()
            .map_ok(|r| r["id"].as_str().unwrap().to_owned())
            .try_collect()
            .await
            .unwrap();
        assert_eq!(json, expected, "by operationId, page size {size}");
    }
}

#[tokio::test]
async fn every_page_size_from_1_to_100_returns_every_usage_row_exactly_once() {
    // 150 rows in runs of 1 to 13 rows sharing a second, with the sandbox's default timestamps.
    let runs: Vec<usize> = (0..)
        .map(|i| (i * 7) % 13 + 1)
        .scan(0, |total, run| {
            let run = run.min(150 - *total);
            *total += run;
            (run > 0).then_some(run)
        })
        .collect();
    let (sandbox, admin) = usage_log_with_runs(&runs).await;
    let expected = usage_ids(&sandbox).await;
    assert_eq!(expected.len(), 150);
    let key_id = sandbox.fixtures().employer_key_id.clone();
    for size in 1..=100 {
        let ids: Vec<String> = admin
            .get_api_key_usage()
            .id(&key_id)
            .paginate()
            .page_size(size)
            .items()
            .map_ok(|r| r.id)
            .try_collect()
            .await
            .unwrap();
        assert_eq!(ids, expected, "page size {size}");
    }
}

#[tokio::test]
async fn a_run_longer_than_the_largest_page_ends_with_a_typed_error() {
    let largest = talent_ray::pagination::ListSpec::find("getApiKeyUsage")
        .unwrap()
        .max_page_size as usize;
    let (sandbox, admin) = usage_log_with_runs(&[3, largest + 1, 2]).await;
    let key_id = sandbox.fixtures().employer_key_id.clone();
    let results: Vec<_> = admin
        .get_api_key_usage()
        .id(&key_id)
        .paginate()
        .page_size(100)
        .items()
        .collect()
        .await;
    let (last, rows) = results.split_last().unwrap();
    let rows: Vec<_> = rows.iter().map(|r| r.as_ref().unwrap()).collect();
    match last {
        Err(Error::TiedRows {
            timestamp, read, ..
        }) => {
            assert_eq!(*read, largest as u64);
            // The run's second: the one the third-newest row (the run's newest) carries.
            assert_eq!(*timestamp, rows[2].timestamp);
        }
        other => panic!("expected TiedRows, got {other:?}"),
    }
    let ids: HashSet<_> = rows.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids.len(), rows.len(), "no row repeated before the error");
    assert_eq!(rows.len(), 2 + largest);
}

#[tokio::test]
async fn a_page_size_set_before_paginate_is_sent_and_checked() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let pages: Vec<_> = client
        .list_candidates()
        .page_size(5)
        .paginate()
        .pages()
        .take(2)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages[0].items.len(), 5);
    let sizes: Vec<_> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.path == "/api/v1/candidates")
        .map(|r| r.query_param("pageSize").map(str::to_owned))
        .collect();
    assert_eq!(sizes, [Some("5".to_owned()), Some("5".to_owned())]);

    // Out of range, however it was set: refused, nothing sent.
    let over = talent_ray::pagination::ListSpec::find("listCandidates")
        .unwrap()
        .max_page_size
        + 900;
    let before = sandbox.requests_to("GET", "/api/v1/candidates");
    let set_on_builder: Vec<_> = client
        .list_candidates()
        .page_size(over)
        .paginate()
        .items()
        .collect()
        .await;
    let set_on_paginator: Vec<_> = client
        .list_candidates()
        .paginate()
        .page_size(over)
        .items()
        .collect()
        .await;
    let set_in_args: Vec<_> = client
        .paginate_call("listCandidates", serde_json::json!({ "pageSize": over }))
        .items()
        .collect()
        .await;
    let zero: Vec<_> = client
        .list_candidates()
        .page_size(0)
        .paginate()
        .items()
        .collect()
        .await;
    fn unit<T>(results: Vec<Result<T, Error>>) -> Vec<Result<(), Error>> {
        results.into_iter().map(|r| r.map(|_| ())).collect()
    }
    for (how, results) in [
        ("builder", unit(set_on_builder)),
        ("paginator", unit(set_on_paginator)),
        ("arguments", unit(set_in_args)),
        ("zero", unit(zero)),
    ] {
        assert!(
            matches!(results.as_slice(), [Err(Error::InvalidRequest(m))] if m.contains("pageSize")),
            "{how}: {results:?}"
        );
    }
    let usage: Vec<_> = client
        .get_api_key_usage()
        .id("apikey_any")
        .limit(1000)
        .paginate()
        .items()
        .collect()
        .await;
    assert!(
        matches!(usage.as_slice(), [Err(Error::InvalidRequest(m))] if m.contains("limit")),
        "{usage:?}"
    );
    assert_eq!(sandbox.requests_to("GET", "/api/v1/candidates"), before);
    assert_eq!(
        sandbox
            .requests()
            .iter()
            .filter(|r| r.path.ends_with("/usage"))
            .count(),
        0
    );
}

#[tokio::test]
async fn a_start_set_on_the_request_is_where_the_stream_starts() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let all: Vec<String> = client
        .list_candidates()
        .paginate()
        .page_size(10)
        .items()
        .map_ok(|c| c.id)
        .try_collect()
        .await
        .unwrap();
    let from_page_2: Vec<String> = client
        .list_candidates()
        .page(2)
        .page_size(10)
        .paginate()
        .items()
        .map_ok(|c| c.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(from_page_2, all[20..]);
}

#[tokio::test]
async fn json_calls_page_with_the_largest_page_by_default_and_resume_by_token() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let expected = sandbox.fixtures().employer_candidate_count;
    let ids: Vec<String> = client
        .paginate_call("listCandidates", serde_json::json!({}))
        .items()
        .map_ok(|c| c["id"].as_str().unwrap().to_owned())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids.len(), expected);
    let largest = talent_ray::pagination::ListSpec::find("listCandidates")
        .unwrap()
        .max_page_size
        .to_string();
    assert!(
        sandbox
            .requests()
            .iter()
            .filter(|r| r.path == "/api/v1/candidates")
            .all(|r| r.query_param("pageSize") == Some(largest.as_str()))
    );

    // One page at a time, handing the token out as text in between (an MCP next-page hint).
    let mut resumed = Vec::new();
    let mut token: Option<talent_ray::ResumeToken> = None;
    loop {
        let mut paginator =
            client.paginate_call("listCandidates", serde_json::json!({ "pageSize": 40 }));
        if let Some(t) = token.take() {
            paginator = paginator.resume(t.to_string().parse().unwrap());
        }
        let page = paginator.first_page().await.unwrap();
        assert_eq!(page.status, 200);
        assert!(
            page.body["pagination"].is_object(),
            "the body as the server sent it"
        );
        resumed.extend(
            page.items()
                .iter()
                .map(|c| c["id"].as_str().unwrap().to_owned()),
        );
        match page.next {
            Some(next) => token = Some(next),
            None => break,
        }
    }
    assert_eq!(resumed, ids);

    let not_a_list: Vec<_> = client
        .paginate_call("getMe", serde_json::json!({}))
        .items()
        .collect()
        .await;
    assert!(
        matches!(not_a_list.as_slice(), [Err(Error::InvalidRequest(_))]),
        "{not_a_list:?}"
    );
}
