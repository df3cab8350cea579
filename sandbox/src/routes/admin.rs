//! `/api/admin/api-keys*`: admin-only key management with the legacy `{success, data}` envelope.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};

use crate::app::AppState;
use crate::choices::{OutOfRange, RevokeAgain};
use crate::clock::iso;
use crate::error::{LegacyError, json_response};
use crate::input::{Body, PathParams, Query};
use crate::views;

type LegacyResult = Result<Response, LegacyError>;

fn ok(body: &Value) -> LegacyResult {
    Ok(json_response(StatusCode::OK, body))
}

/// `GET /api/admin/api-keys`.
pub(crate) async fn list_keys(State(app): State<Arc<AppState>>) -> LegacyResult {
    let db = app.db();
    let data: Vec<Value> = db.keys.iter().map(|k| views::api_key(&db, k)).collect();
    ok(&json!({ "success": true, "data": data }))
}

/// `POST /api/admin/api-keys`: mint a key (no scopes) for a user; the plaintext is shown once.
pub(crate) async fn create_key(State(app): State<Arc<AppState>>, body: Body) -> LegacyResult {
    let obj = body.legacy()?;
    let name = match obj.get("name") {
        None | Some(Value::Null) => return Err(LegacyError::bad_request("Name is required")),
        Some(Value::String(s)) if s.trim().is_empty() => {
            return Err(LegacyError::bad_request("Name is required"));
        }
        Some(Value::String(s)) if s.chars().count() > 255 => {
            return Err(LegacyError::bad_request(
                "Name must be at most 255 characters",
            ));
        }
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err(LegacyError::bad_request("Name must be a string")),
    };
    let user_id = match obj.get("userId") {
        None | Some(Value::Null) => return Err(LegacyError::bad_request("userId is required")),
        Some(Value::String(s)) if s.trim().is_empty() => {
            return Err(LegacyError::bad_request("userId is required"));
        }
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err(LegacyError::bad_request("userId must be a string")),
    };
    // Absent or null: the documented default.
    let days = match obj.get("expiresInDays") {
        None | Some(Value::Null) => 90,
        Some(v) => v
            .as_i64()
            .filter(|d| (1..=365).contains(d))
            .ok_or_else(|| {
                LegacyError::bad_request("expiresInDays must be an integer between 1 and 365")
            })?,
    };
    let mut db = app.db();
    if db.user(&user_id).is_none() {
        return Err(LegacyError::not_found("User not found"));
    }
    let (id, key) = db.mint_key(
        &user_id,
        Some(name.clone()),
        Vec::new(),
        Some(Duration::days(days)),
    );
    let record = db.keys.iter().find(|k| k.id == id).cloned();
    app.counters.created();
    let expires_at = record.and_then(|r| r.expires_at).map(iso);
    ok(&json!({
        "success": true,
        "data": {
            "id": id,
            "name": name,
            "key": key,
            "prefix": "tr_",
            "start": &key[..7],
            "expiresAt": expires_at,
            "userId": user_id,
        }
    }))
}

/// `GET /api/admin/api-keys/{id}/usage`: newest first, cursor-paginated by `before`.
pub(crate) async fn key_usage(
    State(app): State<Arc<AppState>>,
    PathParams(id): PathParams<String>,
    q: Query,
) -> LegacyResult {
    let db = app.db();
    let key = db
        .keys
        .iter()
        .find(|k| k.id == id)
        .ok_or_else(|| LegacyError::not_found("API key not found"))?;
    let clamp = app.choices.out_of_range == OutOfRange::Clamp;
    let limit = if clamp {
        q.int_clamped("limit", 1, 500, 100)
    } else {
        q.int_in("limit", 1, 500, 100)
            .map_err(LegacyError::bad_request)?
    } as usize;
    let before: Option<DateTime<Utc>> = match q.get("before") {
        None => None,
        Some(raw) => match DateTime::parse_from_rfc3339(raw.trim()) {
            Ok(at) => Some(at.with_timezone(&Utc)),
            Err(_) if clamp => None,
            Err(_) => {
                return Err(LegacyError::bad_request(
                    "before must be an ISO 8601 timestamp",
                ));
            }
        },
    };
    let mut rows = db
        .usage
        .iter()
        .rev()
        .filter(|r| r.key_id == key.id)
        .filter(|r| before.is_none_or(|b| r.timestamp < b));
    let page: Vec<_> = rows.by_ref().take(limit).collect();
    let has_more = rows.next().is_some();
    let next_before = if has_more {
        page.last().map(|r| iso(r.timestamp))
    } else {
        None
    };
    ok(&json!({
        "success": true,
        "data": {
            "key": views::usage_key(&db, key),
            "rows": page.iter().map(|r| views::usage_row(r)).collect::<Vec<_>>(),
            "pagination": { "limit": limit, "hasMore": has_more, "nextBefore": next_before },
        }
    }))
}

/// `DELETE /api/admin/api-keys/{id}`: revoke (the key stays listed with `enabled: false`).
pub(crate) async fn revoke_key(
    State(app): State<Arc<AppState>>,
    PathParams(id): PathParams<String>,
) -> LegacyResult {
    let mut guard = app.db();
    let db = &mut *guard;
    let now = db.clock.tick();
    let key = db
        .keys
        .iter_mut()
        .find(|k| k.id == id)
        .ok_or_else(|| LegacyError::not_found("API key not found"))?;
    if !key.enabled && app.choices.revoke_again == RevokeAgain::NotFound {
        return Err(LegacyError::not_found("API key not found"));
    }
    key.enabled = false;
    key.updated_at = now;
    app.counters.deleted();
    ok(&json!({ "success": true }))
}
