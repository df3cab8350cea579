//! `/api/public/portal/*`: unauthenticated career portal with bare objects and legacy errors.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Value, json};

use crate::app::AppState;
use crate::error::{LegacyError, json_response};
use crate::input::{Body, PathParams};
use crate::state::{Db, Org, Role};
use crate::views;

type LegacyResult = Result<Response, LegacyError>;

fn enabled_portal<'a>(db: &'a Db, slug: &str) -> Result<&'a Org, LegacyError> {
    db.org_by_slug(slug)
        .filter(|o| o.portal_enabled)
        .ok_or_else(|| LegacyError::not_found("Portal not found"))
}

/// An open, public (and not confidential) role of the organization.
fn listed(org: &Org, role: &Role) -> bool {
    role.org_id == org.id && role.status == "open" && role.is_public && !role.confidential
}

/// `GET /api/public/portal/{orgSlug}`.
pub(crate) async fn portal(
    State(app): State<Arc<AppState>>,
    PathParams(slug): PathParams<String>,
) -> LegacyResult {
    let db = app.db();
    let org = enabled_portal(&db, &slug)?;
    let roles: Vec<Value> = db
        .roles
        .iter()
        .filter(|r| listed(org, r))
        .map(|r| views::public_role(org, r))
        .collect();
    Ok(json_response(
        StatusCode::OK,
        &json!({ "org": views::portal_org(org), "roles": roles }),
    ))
}

/// `GET /api/public/portal/{orgSlug}/roles/{roleId}`.
pub(crate) async fn job(
    State(app): State<Arc<AppState>>,
    PathParams((slug, role_id)): PathParams<(String, String)>,
) -> LegacyResult {
    let db = app.db();
    let org = enabled_portal(&db, &slug)?;
    let role = db
        .role(&role_id)
        .filter(|r| listed(org, r))
        .ok_or_else(|| LegacyError::not_found("Job not found"))?;
    Ok(json_response(
        StatusCode::OK,
        &json!({ "org": views::portal_org(org), "role": views::public_role(org, role) }),
    ))
}

/// A locale usable in a URL path segment, e.g. `en`, `tr`, `pt-BR`.
fn valid_locale(s: &str) -> bool {
    let (lang, region) = match s.split_once(['-', '_']) {
        Some((l, r)) => (l, Some(r)),
        None => (s, None),
    };
    (2..=3).contains(&lang.len())
        && lang.chars().all(|c| c.is_ascii_alphabetic())
        && region.is_none_or(|r| {
            (2..=8).contains(&r.len()) && r.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// `POST /api/public/portal/{orgSlug}/apply`: generate (or reuse) the role's invitation link.
pub(crate) async fn apply(
    State(app): State<Arc<AppState>>,
    PathParams(slug): PathParams<String>,
    body: Body,
) -> LegacyResult {
    let obj = body.legacy()?;
    let role_id = match obj.get("roleId") {
        None | Some(Value::Null) => return Err(LegacyError::bad_request("roleId is required")),
        Some(Value::String(s)) if s.trim().is_empty() => {
            return Err(LegacyError::bad_request("roleId is required"));
        }
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err(LegacyError::bad_request("roleId must be a string")),
    };
    let locale = match obj.get("locale") {
        None | Some(Value::Null) => "en".to_string(),
        Some(Value::String(s)) if valid_locale(s) => s.clone(),
        Some(_) => {
            return Err(LegacyError::bad_request(
                "locale must be a language code such as en",
            ));
        }
    };
    let mut guard = app.db();
    let db = &mut *guard;
    let org = enabled_portal(db, &slug)?.clone();
    if !db.role(&role_id).is_some_and(|r| listed(&org, r)) {
        return Err(LegacyError::not_found(
            "Job not found or not accepting applications",
        ));
    }
    let token = match db.invites.iter().find(|(r, _)| *r == role_id) {
        Some((_, token)) => token.clone(),
        None => {
            let token = format!("inv_{}", db.rng.alphanumeric(24));
            db.invites.push((role_id, token.clone()));
            app.counters.created();
            token
        }
    };
    Ok(json_response(
        StatusCode::OK,
        &json!({ "inviteUrl": format!("{}/{}/signup/invite/{}", app.base_url, locale, token) }),
    ))
}
