//! Paging every candidate of a 10,000-candidate sandbox: the SDK's item stream against a
//! hand-written page loop, then both with 20 ms of injected latency per page, the SDK prefetching.

use std::time::Duration;

use futures::TryStreamExt;
use talent_ray::{Paginate, types};
use talent_ray_sandbox::{Fault, Sandbox};

use crate::measure::{Target, report, side_by_side, time};
use crate::per_call::{raw_client, raw_get, sdk_client};

const PAGE_SIZE: u64 = 100;
const LATENCY: Duration = Duration::from_millis(20);

/// Every candidate, page by page, by hand; returns how many.
async fn hand_loop(http: &reqwest::Client, sandbox: &Sandbox) -> usize {
    let mut count = 0;
    let mut page = 0;
    loop {
        let path = format!("/api/v1/candidates?page={page}&pageSize={PAGE_SIZE}");
        let bytes = raw_get(http, sandbox, &path)
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        let list: types::CandidateList = serde_json::from_slice(&bytes).unwrap();
        count += list.data.len();
        for candidate in list.data {
            std::hint::black_box(candidate);
        }
        page += 1;
        if page >= list.pagination.total_pages {
            return count;
        }
    }
}

/// Every candidate through the SDK's item stream; returns how many.
async fn sdk_stream(client: &talent_ray::Client, prefetch: bool) -> usize {
    let mut items = client
        .list_candidates()
        .paginate()
        .page_size(PAGE_SIZE)
        .prefetch(prefetch)
        .items();
    let mut count = 0;
    while let Some(candidate) = items.try_next().await.unwrap() {
        std::hint::black_box(candidate);
        count += 1;
    }
    count
}

async fn expected(sandbox: &Sandbox) -> usize {
    let count = hand_loop(&raw_client(), sandbox).await;
    assert!(
        count >= 10_000,
        "the admin key sees {count} of 10,000 candidates"
    );
    count
}

pub async fn run(sandbox: &Sandbox, rounds: usize) {
    let expected = expected(sandbox).await;
    let client = sdk_client(sandbox);
    let http = raw_client();
    let (sdk, hand) = side_by_side(
        rounds,
        async || time(async || assert_eq!(sdk_stream(&client, false).await, expected)).await,
        async || time(async || assert_eq!(hand_loop(&http, sandbox).await, expected)).await,
    )
    .await;
    report(
        &format!("paging {expected} items (per item)"),
        expected as u32,
        sdk,
        ("hand loop", hand),
        Target::AtMost(1.0),
    );
}

pub async fn run_with_latency(sandbox: &Sandbox, rounds: usize) {
    let expected = expected(sandbox).await;
    let pages = expected.div_ceil(PAGE_SIZE as usize) as u32;
    let client = sdk_client(sandbox);
    let http = raw_client();
    let slow = || {
        sandbox.clear_faults();
        sandbox.inject(
            Fault::delay(LATENCY)
                .on("GET", "/api/v1/candidates")
                .times(pages),
        );
    };
    let (sdk, hand) = side_by_side(
        rounds,
        async || {
            slow();
            time(async || assert_eq!(sdk_stream(&client, true).await, expected)).await
        },
        async || {
            slow();
            time(async || assert_eq!(hand_loop(&http, sandbox).await, expected)).await
        },
    )
    .await;
    sandbox.clear_faults();
    report(
        &format!("paging {expected} items, {LATENCY:?}/page, prefetch (per page)"),
        pages,
        sdk,
        ("hand loop", hand),
        Target::AtMost(0.6),
    );
}
