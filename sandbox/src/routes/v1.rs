//! `/api/v1/*`: visibility-filtered, curated shapes. Each operation's scopes are checked before
//! its handler runs, from the spec (`routes::middleware::v1_auth`).

use std::sync::Arc;

use axum::Extension;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::app::AppState;
use crate::auth::Principal;
use crate::clock::iso;
use crate::error::{V1Error, json_response};
use crate::input::{Body, Fields, PathParams, Query, paginate};
use crate::state::{AuditEntry, Lead};
use crate::views;
use crate::visibility::{
    candidate_visible, candidate_writable, lead_visible, lead_writable, role_visible, test_visible,
    test_writable,
};

type V1Result = Result<Response, V1Error>;

fn ok(body: &serde_json::Value) -> V1Result {
    Ok(json_response(StatusCode::OK, body))
}

/// `GET /api/v1/me` (no scope required); a session caller has no `keyId`/`scopes`.
pub(crate) async fn me(Extension(p): Extension<Principal>) -> Response {
    let auth = if p.session {
        json!({ "type": "session" })
    } else {
        json!({ "type": "api_key", "keyId": p.key_id, "scopes": p.scopes })
    };
    json_response(
        StatusCode::OK,
        &json!({
            "user": { "id": p.user.id, "email": p.user.email, "role": p.user.platform_role },
            "auth": auth,
        }),
    )
}

/// `GET /api/v1/candidates`.
pub(crate) async fn list_candidates(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    q: Query,
) -> V1Result {
    let (page, size) = q.paging(app.choices.out_of_range)?;
    let role_id = q.get("roleId");
    let db = app.db();
    let rows: Vec<_> = db
        .candidates
        .iter()
        .filter(|c| candidate_visible(&db, &p.user, c))
        .filter(|c| {
            role_id.is_none_or(|r| {
                c.assignments.iter().any(|a| a.role_id == r && a.active)
                    && db.role(r).is_some_and(|role| role_visible(&p.user, role))
            })
        })
        .collect();
    ok(&paginate(&rows, page, size, |c| {
        views::candidate(&db, &p.user, c)
    }))
}

/// `GET /api/v1/candidates/{id}`.
pub(crate) async fn get_candidate(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    PathParams(id): PathParams<String>,
) -> V1Result {
    let db = app.db();
    let c = db
        .candidates
        .iter()
        .find(|c| c.id == id && candidate_visible(&db, &p.user, c))
        .ok_or_else(V1Error::not_found)?;
    ok(&views::candidate(&db, &p.user, c))
}

/// `PATCH /api/v1/candidates/{id}`.
pub(crate) async fn update_candidate(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    PathParams(id): PathParams<String>,
    body: Body,
) -> V1Result {
    let obj = body.v1()?;
    let mut f = Fields::new(&obj);
    let full_name = f.non_empty_string("fullName");
    let status = f.non_empty_string("status");
    let email = f.nullable_email("email");
    let phone = f.nullable_phone("phone");
    let summary = f.nullable_string("summary");
    let changes = f.finish_update()?;

    let mut guard = app.db();
    let db = &mut *guard;
    let index = db
        .candidates
        .iter()
        .position(|c| c.id == id && candidate_visible(db, &p.user, c))
        .ok_or_else(V1Error::not_found)?;
    if !candidate_writable(db, &p.user, &db.candidates[index]) {
        return Err(V1Error::forbidden());
    }
    if !changes {
        return ok(&views::candidate(db, &p.user, &db.candidates[index]));
    }
    let now = db.clock.tick();
    let c = &mut db.candidates[index];
    if let Some(v) = full_name {
        c.full_name = v;
    }
    if let Some(v) = status {
        c.status = v;
    }
    if let Some(v) = email {
        c.email = v;
    }
    if let Some(v) = phone {
        c.phone = v;
    }
    if let Some(v) = summary {
        c.summary = v;
    }
    c.updated_at = now;
    app.counters.updated();
    ok(&views::candidate(db, &p.user, &db.candidates[index]))
}

/// `GET /api/v1/candidates/{id}/steps`.
pub(crate) async fn candidate_steps(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    PathParams(id): PathParams<String>,
) -> V1Result {
    let db = app.db();
    let c = db
        .candidates
        .iter()
        .find(|c| c.id == id && candidate_visible(&db, &p.user, c))
        .ok_or_else(V1Error::not_found)?;
    let mut data = Vec::new();
    for a in &c.assignments {
        if !db
            .role(&a.role_id)
            .is_some_and(|r| role_visible(&p.user, r))
        {
            continue;
        }
        let mut steps: Vec<_> = db
            .candidate_steps
            .iter()
            .filter(|s| s.candidate_id == c.id && s.role_id == a.role_id)
            .filter_map(|s| views::candidate_step(&db, s))
            .collect();
        steps.sort_by_key(|s| s["order"].as_i64());
        data.extend(steps);
    }
    ok(&json!({ "data": data }))
}

/// `GET /api/v1/roles`.
pub(crate) async fn list_roles(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    q: Query,
) -> V1Result {
    let (page, size) = q.paging(app.choices.out_of_range)?;
    let org = q.get("organizationId");
    let status = q.get("status");
    let db = app.db();
    let rows: Vec<_> = db
        .roles
        .iter()
        .filter(|r| role_visible(&p.user, r))
        .filter(|r| org.is_none_or(|o| r.org_id == o))
        .filter(|r| status.is_none_or(|s| r.status == s))
        .collect();
    ok(&paginate(&rows, page, size, |r| views::role(r)))
}

/// `GET /api/v1/roles/{id}`.
pub(crate) async fn get_role(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    PathParams(id): PathParams<String>,
) -> V1Result {
    let db = app.db();
    let r = db
        .roles
        .iter()
        .find(|r| r.id == id && role_visible(&p.user, r))
        .ok_or_else(V1Error::not_found)?;
    ok(&views::role(r))
}

/// `PATCH /api/v1/roles/{id}`.
pub(crate) async fn update_role(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    PathParams(id): PathParams<String>,
    body: Body,
) -> V1Result {
    let obj = body.v1()?;
    let mut f = Fields::new(&obj);
    let name = f.non_empty_string("name");
    let status = f.non_empty_string("status");
    let priority = f.nullable_string("priority");
    let department = f.nullable_string("department");
    let location = f.nullable_string("location");
    let work_type = f.nullable_enum("workType", &["remote", "hybrid", "onsite"]);
    let salary_min = f.nullable_integer("salaryMin");
    let salary_max = f.nullable_integer("salaryMax");
    let salary_currency = f.nullable_string("salaryCurrency");
    let salary_period = f.nullable_string("salaryPeriod");
    let target_hire_count = f.nullable_integer("targetHireCount");
    let role_level = f.nullable_string("roleLevel");
    let is_public = f.boolean("isPublic");
    let changes = f.finish_update()?;

    let mut guard = app.db();
    let db = &mut *guard;
    let index = db
        .roles
        .iter()
        .position(|r| r.id == id && role_visible(&p.user, r))
        .ok_or_else(V1Error::not_found)?;
    if !p.user.can_write_org(&db.roles[index].org_id) {
        return Err(V1Error::forbidden());
    }
    if !changes {
        return ok(&views::role(&db.roles[index]));
    }
    let now = db.clock.tick();
    let r = &mut db.roles[index];
    macro_rules! set {
        ($($field:ident),*) => { $( if let Some(v) = $field { r.$field = v; } )* };
    }
    set!(
        name,
        status,
        priority,
        department,
        location,
        work_type,
        salary_min,
        salary_max,
        salary_currency,
        salary_period,
        target_hire_count,
        role_level,
        is_public
    );
    r.updated_at = now;
    app.counters.updated();
    ok(&views::role(&db.roles[index]))
}

/// `GET /api/v1/roles/{id}/steps`.
pub(crate) async fn role_steps(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    PathParams(id): PathParams<String>,
) -> V1Result {
    let db = app.db();
    let role = db
        .roles
        .iter()
        .find(|r| r.id == id && role_visible(&p.user, r))
        .ok_or_else(V1Error::not_found)?;
    let mut steps: Vec<_> = db
        .role_steps
        .iter()
        .filter(|s| s.role_id == role.id)
        .collect();
    steps.sort_by_key(|s| s.order);
    let data: Vec<_> = steps.into_iter().map(views::role_step).collect();
    ok(&json!({ "data": data }))
}

/// `GET /api/v1/tests`.
pub(crate) async fn list_tests(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    q: Query,
) -> V1Result {
    let (page, size) = q.paging(app.choices.out_of_range)?;
    let kind = q.get("type");
    let category = q.get("analysisCategory");
    let language = q.get("language");
    let db = app.db();
    let rows: Vec<_> = db
        .tests
        .iter()
        .filter(|t| test_visible(&p.user, t))
        .filter(|t| kind.is_none_or(|k| t.kind == k))
        .filter(|t| category.is_none_or(|c| t.analysis_category == c))
        .filter(|t| language.is_none_or(|l| t.language == l))
        .collect();
    ok(&paginate(&rows, page, size, |t| views::test(t)))
}

/// `GET /api/v1/tests/{id}`.
pub(crate) async fn get_test(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    PathParams(id): PathParams<String>,
) -> V1Result {
    let db = app.db();
    let t = db
        .tests
        .iter()
        .find(|t| t.id == id && test_visible(&p.user, t))
        .ok_or_else(V1Error::not_found)?;
    ok(&views::test(t))
}

/// `PATCH /api/v1/tests/{id}`.
pub(crate) async fn update_test(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    PathParams(id): PathParams<String>,
    body: Body,
) -> V1Result {
    let obj = body.v1()?;
    let mut f = Fields::new(&obj);
    let name = f.non_empty_string("name");
    let description = f.string("description");
    let analysis_category = f.non_empty_string("analysisCategory");
    let language = f.non_empty_string("language");
    let kind = f.non_empty_string("type");
    let target_persona = f.nullable_string("targetPersona");
    let duration = f.positive_integer("duration");
    let changes = f.finish_update()?;

    let mut guard = app.db();
    let db = &mut *guard;
    let index = db
        .tests
        .iter()
        .position(|t| t.id == id && test_visible(&p.user, t))
        .ok_or_else(V1Error::not_found)?;
    if !test_writable(&p.user, &db.tests[index]) {
        return Err(V1Error::forbidden());
    }
    if !changes {
        return ok(&views::test(&db.tests[index]));
    }
    let now = db.clock.tick();
    let t = &mut db.tests[index];
    macro_rules! set {
        ($($field:ident),*) => { $( if let Some(v) = $field { t.$field = v; } )* };
    }
    set!(
        name,
        description,
        analysis_category,
        language,
        kind,
        target_persona,
        duration
    );
    t.updated_at = now;
    app.counters.updated();
    ok(&views::test(&db.tests[index]))
}

/// `GET /api/v1/sourcing`.
pub(crate) async fn list_leads(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    q: Query,
) -> V1Result {
    let (page, size) = q.paging(app.choices.out_of_range)?;
    let role_id = q.get("roleId");
    let status = q.get("status");
    let db = app.db();
    let rows: Vec<_> = db
        .leads
        .iter()
        .filter(|l| lead_visible(&p.user, l))
        .filter(|l| {
            role_id.is_none_or(|r| {
                l.roles.iter().any(|link| link.role_id == r)
                    && db.role(r).is_some_and(|role| role_visible(&p.user, role))
            })
        })
        .filter(|l| status.is_none_or(|s| l.status == s))
        .collect();
    ok(&paginate(&rows, page, size, |l| {
        views::lead(&db, &p.user, l)
    }))
}

/// `POST /api/v1/sourcing` (201).
pub(crate) async fn create_lead(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    body: Body,
) -> V1Result {
    let obj = body.v1()?;
    let mut f = Fields::new(&obj);
    f.require("fullName", "a non-empty string");
    f.require("organizationId", "a non-empty string");
    let full_name = f.non_empty_string("fullName");
    let org_id = f.non_empty_string("organizationId");
    let email = f.email("email");
    let contact_email = f.email("contactEmail");
    let phone = f.phone("phone");
    let summary = f.string("summary");
    let skills = f.string_array("skills");
    let status = f.non_empty_string("status");
    f.finish()?;
    let (Some(full_name), Some(org_id)) = (full_name, org_id) else {
        return Err(V1Error::bad_request("Invalid field(s)", vec![]));
    };

    let mut guard = app.db();
    let db = &mut *guard;
    // Authority first, so a caller without it cannot probe which organization ids exist.
    if !p.user.can_write_org(&org_id) {
        return Err(V1Error::forbidden());
    }
    if db.org(&org_id).is_none() {
        return Err(V1Error::bad_request(
            "Invalid field(s)",
            vec!["organizationId does not exist".into()],
        ));
    }
    let now = db.clock.tick();
    db.next_lead += 1;
    let lead = Lead {
        id: format!("pc_{}", db.next_lead),
        full_name,
        email,
        contact_email,
        phone,
        status: status.unwrap_or_else(|| "uploaded".into()),
        skills: skills.unwrap_or_default(),
        summary,
        candidate_id: None,
        organizations: vec![(org_id, "Pool".into())],
        roles: Vec::new(),
        batch_id: None,
        processing: false,
        created_at: now,
        updated_at: now,
    };
    let view = views::lead(db, &p.user, &lead);
    db.leads.push(lead);
    app.counters.created();
    Ok(json_response(StatusCode::CREATED, &view))
}

/// `GET /api/v1/sourcing/{id}`.
pub(crate) async fn get_lead(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    PathParams(id): PathParams<String>,
) -> V1Result {
    let db = app.db();
    let l = db
        .leads
        .iter()
        .find(|l| l.id == id && lead_visible(&p.user, l))
        .ok_or_else(V1Error::not_found)?;
    ok(&views::lead(&db, &p.user, l))
}

/// `PATCH /api/v1/sourcing/{id}`.
pub(crate) async fn update_lead(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    PathParams(id): PathParams<String>,
    body: Body,
) -> V1Result {
    let obj = body.v1()?;
    let mut f = Fields::new(&obj);
    let full_name = f.non_empty_string("fullName");
    let status = f.non_empty_string("status");
    let email = f.nullable_email("email");
    let contact_email = f.nullable_email("contactEmail");
    let phone = f.nullable_phone("phone");
    let summary = f.nullable_string("summary");
    let skills = f.string_array("skills");
    let changes = f.finish_update()?;

    let mut guard = app.db();
    let db = &mut *guard;
    let index = db
        .leads
        .iter()
        .position(|l| l.id == id && lead_visible(&p.user, l))
        .ok_or_else(V1Error::not_found)?;
    if !lead_writable(&p.user, &db.leads[index]) {
        return Err(V1Error::forbidden());
    }
    if !changes {
        return ok(&views::lead(db, &p.user, &db.leads[index]));
    }
    let now = db.clock.tick();
    let l = &mut db.leads[index];
    macro_rules! set {
        ($($field:ident),*) => { $( if let Some(v) = $field { l.$field = v; } )* };
    }
    set!(
        full_name,
        status,
        email,
        contact_email,
        phone,
        summary,
        skills
    );
    l.updated_at = now;
    app.counters.updated();
    ok(&views::lead(db, &p.user, &db.leads[index]))
}

/// `DELETE /api/v1/sourcing/{id}` (204, no body).
pub(crate) async fn delete_lead(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    PathParams(id): PathParams<String>,
) -> V1Result {
    let mut db = app.db();
    let index = db
        .leads
        .iter()
        .position(|l| l.id == id && lead_visible(&p.user, l))
        .ok_or_else(V1Error::not_found)?;
    if !lead_writable(&p.user, &db.leads[index]) {
        return Err(V1Error::forbidden());
    }
    // A role-activity audit entry for each active role link, before the delete (the docs).
    let at = iso(db.clock.tick());
    let lead = db.leads.remove(index);
    for link in lead.roles.iter().filter(|l| l.is_active()) {
        db.audit.push(AuditEntry {
            action: "potential_candidate_deleted".into(),
            role_id: link.role_id.clone(),
            potential_candidate_id: lead.id.clone(),
            actor_user_id: p.user.id.clone(),
            at: at.clone(),
        });
    }
    app.counters.deleted();
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `GET /api/v1/cv-screening/batches/{batchId}`.
pub(crate) async fn get_batch(
    State(app): State<Arc<AppState>>,
    Extension(p): Extension<Principal>,
    PathParams(batch_id): PathParams<String>,
    q: Query,
) -> V1Result {
    let (page, size) = q.paging(app.choices.out_of_range)?;
    let db = app.db();
    if !db.batches.iter().any(|b| b.id == batch_id) {
        return Err(V1Error::not_found());
    }
    let members: Vec<_> = db
        .leads
        .iter()
        .filter(|l| l.batch_id.as_deref() == Some(batch_id.as_str()) && lead_visible(&p.user, l))
        .collect();
    if members.is_empty() {
        return Err(V1Error::not_found());
    }
    let processing = members.iter().filter(|l| l.processing).count();
    let mut body = paginate(&members, page, size, |l| views::lead(&db, &p.user, l));
    if let Some(map) = body.as_object_mut() {
        map.insert("batchId".into(), json!(batch_id));
        map.insert(
            "status".into(),
            json!(if processing > 0 {
                "processing"
            } else {
                "completed"
            }),
        );
        map.insert("totalCandidates".into(), json!(members.len()));
        map.insert(
            "completedCandidates".into(),
            json!(members.len() - processing),
        );
        map.insert("processingCandidates".into(), json!(processing));
    }
    ok(&body)
}
