//! Owner roles bound what a key sees: invisible resources are 404, never leaked.

mod common;

use std::collections::HashSet;

use common::Client;
use serde_json::{Value, json};
use talent_ray_sandbox::Sandbox;

async fn start() -> (Sandbox, Client) {
    let sandbox = Sandbox::start().await;
    let client = Client::new(&sandbox);
    (sandbox, client)
}

/// Every row of a `/api/v1` list, paging with `pageSize=100`.
async fn all(c: &Client, path: &str, key: &str) -> Vec<Value> {
    let mut rows = Vec::new();
    let mut page = 0;
    loop {
        let sep = if path.contains('?') { '&' } else { '?' };
        let body = c
            .get(&format!("{path}{sep}page={page}&pageSize=100"), key)
            .await
            .json();
        rows.extend(body["data"].as_array().unwrap().clone());
        let total_pages = body["pagination"]["totalPages"].as_u64().unwrap();
        assert!(body["pagination"]["totalCount"].as_u64().unwrap() as usize >= rows.len());
        page += 1;
        if page >= total_pages {
            return rows;
        }
    }
}

fn ids(rows: &[Value]) -> Vec<String> {
    rows.iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn employer_pages_through_exactly_its_organizations_candidates() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let rows = all(&c, "/api/v1/candidates", &sb.keys().employer).await;
    assert_eq!(rows.len(), fx.employer_candidate_count);
    assert!(rows.len() > 100, "paging has something to bite on");
    let unique: HashSet<_> = ids(&rows).into_iter().collect();
    assert_eq!(unique.len(), rows.len(), "no duplicates across pages");
    assert!(unique.contains(&fx.candidate_id));
    assert!(!unique.contains(&fx.hidden_candidate_id));
    for row in &rows {
        for role in row["roles"].as_array().unwrap() {
            assert_eq!(
                role["organizationId"],
                json!(fx.employer_org_id),
                "other orgs' roles never leak"
            );
        }
    }
    let admin_rows = all(&c, "/api/v1/candidates", &sb.keys().admin).await;
    assert_eq!(admin_rows.len(), fx.total_candidates);
}

#[tokio::test]
async fn other_organizations_resources_are_404() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let employer = &sb.keys().employer;
    for path in [
        format!("/api/v1/candidates/{}", fx.hidden_candidate_id),
        format!("/api/v1/candidates/{}/steps", fx.hidden_candidate_id),
        format!("/api/v1/roles/{}", fx.hidden_role_id),
        format!("/api/v1/roles/{}/steps", fx.hidden_role_id),
        format!("/api/v1/tests/{}", fx.hidden_test_id),
        format!("/api/v1/sourcing/{}", fx.hidden_lead_id),
        format!("/api/v1/cv-screening/batches/{}", fx.hidden_batch_id),
    ] {
        let r = c.get(&path, employer).await;
        assert_eq!(r.status, 404, "{path}");
        assert_eq!(r.json()["error"], "not_found");
        // The same resource exists: the other organization's owner sees it.
        assert_eq!(
            c.get(&path, &sb.keys().other_employer).await.status,
            200,
            "{path}"
        );
    }
    // And the other way round.
    let r = c
        .get(
            &format!("/api/v1/candidates/{}", fx.candidate_id),
            &sb.keys().other_employer,
        )
        .await;
    assert_eq!(r.status, 404);
}

#[tokio::test]
async fn hiring_manager_sees_only_assigned_roles_and_their_candidates() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let hm = &sb.keys().hiring_manager;
    let roles = all(&c, "/api/v1/roles", hm).await;
    let role_ids = ids(&roles);
    assert!(role_ids.contains(&fx.hiring_manager_role_id));
    assert!(!role_ids.contains(&fx.role_id));
    assert_eq!(
        c.get(&format!("/api/v1/roles/{}", fx.role_id), hm)
            .await
            .status,
        404
    );

    let candidates = all(&c, "/api/v1/candidates", hm).await;
    assert_eq!(candidates.len(), fx.hiring_manager_candidate_count);
    assert!(candidates.len() < fx.employer_candidate_count);
    for cand in &candidates {
        for role in cand["roles"].as_array().unwrap() {
            assert!(role_ids.contains(&role["roleId"].as_str().unwrap().to_string()));
        }
    }
    assert_eq!(
        c.get(&format!("/api/v1/candidates/{}", fx.candidate_id), hm)
            .await
            .status,
        404
    );
    let steps = c
        .get(
            &format!(
                "/api/v1/candidates/{}/steps",
                fx.hiring_manager_candidate_id
            ),
            hm,
        )
        .await
        .json();
    for step in steps["data"].as_array().unwrap() {
        assert!(role_ids.contains(&step["roleId"].as_str().unwrap().to_string()));
    }
}

#[tokio::test]
async fn hiring_managers_are_read_only() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let hm = &sb.keys().hiring_manager;
    let writes = [
        (
            "PATCH",
            format!("/api/v1/candidates/{}", fx.hiring_manager_candidate_id),
            json!({"status": "Active"}),
        ),
        (
            "PATCH",
            format!("/api/v1/roles/{}", fx.hiring_manager_role_id),
            json!({"status": "paused"}),
        ),
        (
            "PATCH",
            format!("/api/v1/tests/{}", fx.test_id),
            json!({"duration": 10}),
        ),
        (
            "PATCH",
            format!("/api/v1/sourcing/{}", fx.lead_id),
            json!({"status": "parsed"}),
        ),
        (
            "POST",
            "/api/v1/sourcing".to_string(),
            json!({"fullName": "A", "organizationId": fx.employer_org_id}),
        ),
        (
            "DELETE",
            format!("/api/v1/sourcing/{}", fx.lead_id),
            json!(null),
        ),
    ];
    for (method, path, body) in writes {
        let body = (!body.is_null()).then_some(common::Body::Json(body));
        let r = c.send(method, &path, common::Auth::Bearer(hm), body).await;
        assert_eq!(r.status, 403, "{method} {path}");
        assert_eq!(r.json()["error"], "forbidden");
    }
    let stats = sb.stats();
    assert_eq!(
        (
            stats.creates_committed,
            stats.updates_committed,
            stats.deletes_committed
        ),
        (0, 0, 0)
    );
}

#[tokio::test]
async fn employer_members_see_every_candidate_of_their_organization() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    // A candidate only in a confidential role the employer cannot see: the candidate is still
    // the organization's (candidates-list docs), so it is visible; the role link is not.
    let path = format!("/api/v1/candidates/{}", fx.confidential_candidate_id);
    let r = c.get(&path, &sb.keys().employer).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["roles"], json!([]));
    assert_eq!(c.get(&path, &sb.keys().hiring_manager).await.status, 404);
    let admin = c.get(&path, &sb.keys().admin).await.json();
    assert_eq!(admin["roles"][0]["roleId"], json!(fx.confidential_role_id));
    let listed = ids(&all(&c, "/api/v1/candidates", &sb.keys().employer).await);
    assert!(listed.contains(&fx.confidential_candidate_id));
}

#[tokio::test]
async fn the_plans_counts_hold_at_any_size() {
    for size in [25, 263] {
        let sb = Sandbox::builder()
            .candidates(size)
            .no_rate_limit()
            .start()
            .await
            .unwrap();
        let c = Client::new(&sb);
        let fx = sb.fixtures();
        let count = |key: String| {
            let c = c.clone();
            async move {
                c.get("/api/v1/candidates?pageSize=1", &key).await.json()["pagination"]
                    ["totalCount"]
                    .as_u64()
                    .unwrap() as usize
            }
        };
        assert_eq!(count(sb.keys().admin.clone()).await, size);
        assert_eq!(
            count(sb.keys().employer.clone()).await,
            fx.employer_candidate_count,
            "{size}"
        );
        assert_eq!(
            count(sb.keys().hiring_manager.clone()).await,
            fx.hiring_manager_candidate_count,
            "{size}"
        );
        let leads = c
            .get("/api/v1/sourcing?pageSize=1", &sb.keys().employer)
            .await
            .json();
        assert_eq!(leads["pagination"]["totalCount"], fx.employer_lead_count);
        let tests = c
            .get("/api/v1/tests?pageSize=1", &sb.keys().employer)
            .await
            .json();
        assert_eq!(tests["pagination"]["totalCount"], fx.employer_test_count);
        let batch = c
            .get(
                &format!("/api/v1/cv-screening/batches/{}", fx.batch_id),
                &sb.keys().employer,
            )
            .await
            .json();
        assert_eq!(batch["totalCandidates"], fx.employer_batch_member_count);
    }
}

#[tokio::test]
async fn confidential_roles_are_visible_to_their_hr_rep_only() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let path = format!("/api/v1/roles/{}", fx.confidential_role_id);
    assert_eq!(c.get(&path, &sb.keys().employer).await.status, 404);
    assert_eq!(c.get(&path, &sb.keys().admin).await.status, 200);
    // The employer is the HR rep of another confidential role, which it does see.
    let roles = all(&c, "/api/v1/roles", &sb.keys().employer).await;
    assert_eq!(roles.len(), fx.employer_role_count);
    let admin_roles = all(
        &c,
        &format!("/api/v1/roles?organizationId={}", fx.employer_org_id),
        &sb.keys().admin,
    )
    .await;
    assert_eq!(admin_roles.len(), roles.len() + 1);
}

#[tokio::test]
async fn a_user_without_an_organization_sees_only_public_tests() {
    let (sb, c) = start().await;
    let member = &sb.keys().member;
    let fx = sb.fixtures();
    assert_eq!(all(&c, "/api/v1/candidates", member).await.len(), 0);
    assert_eq!(all(&c, "/api/v1/roles", member).await.len(), 0);
    assert_eq!(all(&c, "/api/v1/sourcing", member).await.len(), 0);
    let tests = all(&c, "/api/v1/tests", member).await;
    assert!(!tests.is_empty());
    assert!(tests.iter().all(|t| t["isPublic"] == true));
    let r = c
        .get(
            &format!("/api/v1/cv-screening/batches/{}", fx.batch_id),
            member,
        )
        .await;
    assert_eq!(r.status, 404);
    let r = c
        .patch(
            &format!("/api/v1/tests/{}", fx.public_test_id),
            member,
            json!({"duration": 5}),
        )
        .await;
    assert_eq!(r.status, 403);
}

#[tokio::test]
async fn batch_counts_only_visible_members() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let path = format!("/api/v1/cv-screening/batches/{}?pageSize=100", fx.batch_id);
    let mine = c.get(&path, &sb.keys().employer).await.json();
    let theirs = c.get(&path, &sb.keys().other_employer).await.json();
    let everyone = c.get(&path, &sb.keys().admin).await.json();
    let total = |v: &Value| v["totalCandidates"].as_u64().unwrap();
    assert_eq!(total(&mine) + total(&theirs), total(&everyone));
    for member in mine["data"].as_array().unwrap() {
        assert!(
            member["organizations"]
                .as_array()
                .unwrap()
                .iter()
                .all(|o| o["organizationId"] == json!(fx.employer_org_id))
        );
    }
}

#[tokio::test]
async fn seeds_are_deterministic_and_sized() {
    let a = Sandbox::builder()
        .seed(7)
        .candidates(40)
        .start()
        .await
        .unwrap();
    let b = Sandbox::builder()
        .seed(7)
        .candidates(40)
        .start()
        .await
        .unwrap();
    assert_eq!(a.keys().employer, b.keys().employer);
    assert_eq!(a.fixtures().total_candidates, 40);
    let (ca, cb) = (Client::new(&a), Client::new(&b));
    let ra = ca
        .get("/api/v1/candidates?pageSize=100", &a.keys().admin)
        .await
        .json();
    let rb = cb
        .get("/api/v1/candidates?pageSize=100", &b.keys().admin)
        .await
        .json();
    assert_eq!(ra, rb);
    assert_eq!(ra["pagination"]["totalCount"], 40);
    let other = Sandbox::builder()
        .seed(8)
        .candidates(40)
        .start()
        .await
        .unwrap();
    assert_ne!(other.keys().employer, a.keys().employer);
}
