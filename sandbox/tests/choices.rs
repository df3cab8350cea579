//! The sandbox's own choices where the docs are silent, and their realistic alternatives.

mod common;

use std::time::Duration;

use chrono::{TimeZone, Utc};
use common::{Auth, Client};
use talent_ray_sandbox::{OutOfRange, QueryKey, RevokeAgain, Sandbox, UsageTimestamps};

#[tokio::test]
async fn out_of_range_paging_is_refused_or_clamped() {
    for (choice, expected) in [(OutOfRange::Reject, 400), (OutOfRange::Clamp, 200)] {
        let sb = Sandbox::builder()
            .out_of_range(choice)
            .start()
            .await
            .unwrap();
        let c = Client::new(&sb);
        let r = c
            .fetch(
                "GET",
                "/api/v1/roles?page=-1&pageSize=500",
                Auth::Bearer(&sb.keys().employer),
                None,
            )
            .await;
        assert_eq!(r.status, expected, "{choice:?}");
        if choice == OutOfRange::Clamp {
            assert_eq!(r.json()["pagination"]["page"], 0);
            assert_eq!(r.json()["pagination"]["pageSize"], 100);
        }
        let usage = format!(
            "/api/admin/api-keys/{}/usage?limit=9999&before=yesterday",
            sb.fixtures().employer_key_id
        );
        let r = c
            .fetch("GET", &usage, Auth::Bearer(&sb.keys().admin), None)
            .await;
        assert_eq!(r.status, expected, "{choice:?}");
        if choice == OutOfRange::Clamp {
            assert_eq!(r.json()["data"]["pagination"]["limit"], 500);
        }
    }
}

#[tokio::test]
async fn a_key_in_the_query_is_refused_or_ignored_beside_a_header() {
    for (choice, expected) in [(QueryKey::Reject, 401), (QueryKey::IgnoreBesideHeader, 200)] {
        let sb = Sandbox::builder()
            .key_in_query(choice)
            .start()
            .await
            .unwrap();
        let c = Client::new(&sb);
        let path = format!("/api/v1/me?api_key={}", sb.keys().employer);
        let r = c
            .fetch("GET", &path, Auth::Bearer(&sb.keys().employer), None)
            .await;
        assert_eq!(r.status, expected, "{choice:?}");
        // Without a header key it is refused either way.
        let r = c.fetch("GET", &path, Auth::None, None).await;
        assert_eq!(r.status, 401, "{choice:?}");
    }
}

#[tokio::test]
async fn revoking_a_revoked_key_again_answers_200_or_404() {
    for (choice, expected) in [(RevokeAgain::Ok, 200), (RevokeAgain::NotFound, 404)] {
        let sb = Sandbox::builder()
            .revoke_again(choice)
            .start()
            .await
            .unwrap();
        let c = Client::new(&sb);
        let (id, _) = sb.mint_key_with_id(&sb.fixtures().employer_user_id, &[]);
        let path = format!("/api/admin/api-keys/{id}");
        assert_eq!(c.delete(&path, &sb.keys().admin).await.status, 200);
        assert_eq!(
            c.delete(&path, &sb.keys().admin).await.status,
            expected,
            "{choice:?}"
        );
    }
}

#[tokio::test]
async fn rate_limited_requests_are_logged_unless_told_otherwise() {
    for log in [true, false] {
        let sb = Sandbox::builder()
            .rate_limit(1, Duration::from_secs(60))
            .rate_limit_clock(common::frozen_rate_clock())
            .log_rate_limited(log)
            .start()
            .await
            .unwrap();
        let c = Client::new(&sb);
        let key = &sb.keys().employer;
        assert_eq!(c.get("/api/v1/me", key).await.status, 200);
        assert_eq!(c.get("/api/v1/me", key).await.status, 429);
        let logged = sb.usage_count(&sb.fixtures().employer_key_id);
        assert_eq!(logged, if log { 2 } else { 1 }, "log_rate_limited({log})");
    }
}

#[tokio::test]
async fn usage_timestamps_are_whole_seconds_unless_unique_is_chosen() {
    let frozen =
        Utc.with_ymd_and_hms(2026, 6, 4, 15, 30, 45).unwrap() + chrono::Duration::milliseconds(321);
    // `None`: the default, which must be the docs' whole seconds.
    for (choice, distinct) in [(Some(UsageTimestamps::Unique), 3), (None, 1)] {
        let mut builder = Sandbox::builder().clock(move || frozen);
        if let Some(choice) = choice {
            builder = builder.usage_timestamps(choice);
        }
        let sb = builder.start().await.unwrap();
        let c = Client::new(&sb);
        for _ in 0..3 {
            c.get("/api/v1/me", &sb.keys().employer).await;
        }
        let path = format!(
            "/api/admin/api-keys/{}/usage",
            sb.fixtures().employer_key_id
        );
        let rows = c.get(&path, &sb.keys().admin).await.json()["data"]["rows"].clone();
        let mut stamps: Vec<String> = rows
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["timestamp"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(stamps.len(), 3);
        stamps.dedup();
        assert_eq!(stamps.len(), distinct, "{choice:?}: {stamps:?}");
        if choice.is_none() {
            assert_eq!(stamps, ["2026-06-04T15:30:45Z"]);
        }
    }
}
