//! API-key authentication, usage logging, rate limiting and scope checks.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use sha2::{Digest, Sha256};

use crate::error::{LegacyError, V1Error};
use crate::state::{AppState, UsageRow, User};

/// Every documented per-key scope.
pub const ALL_SCOPES: [&str; 10] = [
    "candidates:read",
    "candidates:write",
    "roles:read",
    "roles:write",
    "tests:read",
    "tests:write",
    "sourcing:read",
    "sourcing:write",
    "pipeline:read",
    "cv-screening:read",
];

/// The `authEndpoint` recorded in usage rows (the docs' example value).
const AUTH_ENDPOINT: &str = "/get-session";

/// The peer address of the connection a request came in on.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PeerAddr(pub SocketAddr);

/// The authenticated caller: the key and the user it acts as.
#[derive(Clone, Debug)]
pub(crate) struct Principal {
    pub key_id: String,
    pub user: User,
    pub scopes: Vec<String>,
}

impl Principal {
    /// `insufficient_scope` unless the key holds every scope in `required`.
    pub fn require(&self, required: &[&str]) -> Result<(), V1Error> {
        if required.iter().all(|r| self.scopes.iter().any(|s| s == r)) {
            Ok(())
        } else {
            Err(V1Error::insufficient_scope(required, &self.scopes))
        }
    }
}

/// Hex-encoded SHA-256 of a plaintext key (keys are stored only in this form).
pub(crate) fn hash_key(plaintext: &str) -> String {
    Sha256::digest(plaintext.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Panic unless every scope is documented.
pub(crate) fn check_scopes(scopes: &[&str]) -> Vec<String> {
    for s in scopes {
        assert!(
            ALL_SCOPES.contains(s),
            "unknown scope {s:?}; documented scopes: {ALL_SCOPES:?}"
        );
    }
    scopes.iter().map(|s| s.to_string()).collect()
}

/// The key sent in `Authorization: Bearer` (preferred) or `x-api-key`.
fn presented_key(headers: &HeaderMap) -> Option<String> {
    if let Some(value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        let mut parts = value.trim().splitn(2, ' ');
        if let (Some(scheme), Some(token)) = (parts.next(), parts.next())
            && scheme.eq_ignore_ascii_case("bearer")
            && !token.trim().is_empty()
        {
            return Some(token.trim().to_string());
        }
    }
    headers
        .get("x-api-key")
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// Whether the query string carries something that looks like an API key.
fn key_in_query(query: Option<&str>) -> bool {
    const NAMES: [&str; 8] = [
        "api_key",
        "apikey",
        "apiKey",
        "key",
        "x-api-key",
        "token",
        "access_token",
        "authorization",
    ];
    let Some(query) = query else { return false };
    form_urlencoded::parse(query.as_bytes())
        .any(|(k, v)| NAMES.contains(&k.as_ref()) || v.starts_with("tr_"))
}

/// Authenticate a request and log it in its key's usage log.
fn authenticate(app: &AppState, req: &Request) -> Result<Principal, &'static str> {
    if key_in_query(req.uri().query()) {
        return Err("API keys must be sent in a request header, never in the URL.");
    }
    let Some(key) = presented_key(req.headers()) else {
        return Err("No API key was supplied.");
    };
    let hash = hash_key(&key);
    let mut db = app.db();
    let now = Utc::now();
    let Some(record) = db.key_by_hash(&hash) else {
        return Err("Invalid API key.");
    };
    if !record.enabled {
        return Err("This API key has been revoked.");
    }
    if record.expires_at.is_some_and(|at| at <= now) {
        return Err("This API key has expired.");
    }
    let key_id = record.id.clone();
    let scopes = record.scopes.clone();
    let Some(user) = db.user(&record.user_id).cloned() else {
        return Err("Invalid API key.");
    };
    let timestamp = db.clock.tick();
    db.next_usage += 1;
    let row = UsageRow {
        id: format!("usage_{}", db.next_usage),
        key_id: key_id.clone(),
        timestamp,
        method: req.method().as_str().to_string(),
        path: req.uri().path().to_string(),
        ip: req
            .extensions()
            .get::<PeerAddr>()
            .map(|p| p.0.ip().to_string()),
        user_agent: req
            .headers()
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
    };
    db.usage.push(row);
    if let Some(record) = db.keys.iter_mut().find(|k| k.id == key_id) {
        record.request_count += 1;
        record.last_request = Some(timestamp);
    }
    Ok(Principal {
        key_id,
        user,
        scopes,
    })
}

/// `Err(seconds)` when the key is over its rate limit.
fn rate_check(app: &AppState, key_id: &str) -> Result<(), u64> {
    match &app.limiter {
        None => Ok(()),
        Some(limiter) => limiter
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .check(key_id, Instant::now()),
    }
}

/// The recorded `authEndpoint` of usage rows.
pub(crate) fn auth_endpoint() -> &'static str {
    AUTH_ENDPOINT
}

/// Middleware for `/api/v1`: authenticate (401), rate-limit (429), attach the [`Principal`].
pub(crate) async fn v1_auth(
    State(app): State<Arc<AppState>>,
    mut req: Request,
    next: Next,
) -> Response {
    let principal = match authenticate(&app, &req) {
        Ok(p) => p,
        Err(msg) => return V1Error::unauthorized(msg).into_response(),
    };
    if let Err(secs) = rate_check(&app, &principal.key_id) {
        return V1Error::rate_limited(secs).into_response();
    }
    req.extensions_mut().insert(principal);
    next.run(req).await
}

/// Middleware for `/api/admin`: authenticate (401), rate-limit (429), require an admin owner (403).
pub(crate) async fn admin_auth(
    State(app): State<Arc<AppState>>,
    mut req: Request,
    next: Next,
) -> Response {
    let principal = match authenticate(&app, &req) {
        Ok(p) => p,
        Err(_) => return LegacyError::unauthorized().into_response(),
    };
    if let Err(secs) = rate_check(&app, &principal.key_id) {
        return LegacyError::rate_limited(secs).into_response();
    }
    if !principal.user.is_admin() {
        return LegacyError::admin_forbidden().into_response();
    }
    req.extensions_mut().insert(principal);
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_sha256_hex() {
        assert_eq!(
            hash_key("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn query_keys_are_detected() {
        assert!(key_in_query(Some("api_key=x")));
        assert!(key_in_query(Some("page=0&foo=tr_abc")));
        assert!(!key_in_query(Some("page=0&pageSize=20")));
        assert!(!key_in_query(None));
    }

    #[test]
    fn bearer_preferred_then_header() {
        let mut h = HeaderMap::new();
        h.insert("x-api-key", "tr_b".parse().unwrap());
        assert_eq!(presented_key(&h).as_deref(), Some("tr_b"));
        h.insert(header::AUTHORIZATION, "Bearer tr_a".parse().unwrap());
        assert_eq!(presented_key(&h).as_deref(), Some("tr_a"));
        h.insert(header::AUTHORIZATION, "Basic xyz".parse().unwrap());
        assert_eq!(presented_key(&h).as_deref(), Some("tr_b"));
    }
}
