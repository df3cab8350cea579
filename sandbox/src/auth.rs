//! Who is calling: API keys (header only), signed-in sessions, the usage log and the rate limit.
//!
//! Rules over the model; the HTTP middleware that applies them lives in `routes::middleware`.

use std::net::IpAddr;

use axum::http::{HeaderMap, Method, Uri, header};

use crate::app::AppState;
use crate::choices::{QueryKey, UsageTimestamps};
use crate::credentials::hash_key;
use crate::error::V1Error;
use crate::state::{UsageRow, User};

/// The `authEndpoint` recorded in usage rows (the docs' example value).
const AUTH_ENDPOINT: &str = "/get-session";

/// Name of the cookie that carries a signed-in session (the sandbox's choice of name).
pub const SESSION_COOKIE: &str = "talent_ray_session";

/// Header names that carry credentials, recorded (never their values) for every request.
pub(crate) const CREDENTIAL_HEADERS: [&str; 3] = ["authorization", "x-api-key", "cookie"];

/// The authenticated caller: the key (or session) and the user it acts as.
#[derive(Clone, Debug)]
pub(crate) struct Principal {
    /// The calling key's id (empty for a session).
    pub key_id: String,
    pub user: User,
    /// The key's scopes (empty for a session).
    pub scopes: Vec<String>,
    /// A signed-in (cookie) caller rather than an API key.
    pub session: bool,
}

impl Principal {
    /// `insufficient_scope` unless the key holds every scope in `required` (an operation's
    /// `x-required-scopes`, read from the spec).
    pub fn require(&self, required: &[String]) -> Result<(), V1Error> {
        if required.iter().all(|r| self.scopes.iter().any(|s| s == r)) {
            Ok(())
        } else {
            Err(V1Error::insufficient_scope(required, &self.scopes))
        }
    }

    /// The rate-limit bucket: per key, or per user for a session.
    pub fn rate_bucket(&self) -> String {
        if self.session {
            format!("session:{}", self.user.id)
        } else {
            self.key_id.clone()
        }
    }
}

/// What a request presents, read from its head.
pub(crate) struct Presented<'a> {
    pub method: &'a Method,
    pub uri: &'a Uri,
    pub headers: &'a HeaderMap,
    pub peer: Option<IpAddr>,
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

/// The session cookie's value, if one is sent.
fn presented_session(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, value)| *name == SESSION_COOKIE && !value.is_empty())
        .map(|(_, value)| value.to_string())
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

/// The credential headers present on a request: names only, lower-case, in a fixed order.
pub(crate) fn credential_header_names(headers: &HeaderMap) -> Vec<String> {
    CREDENTIAL_HEADERS
        .iter()
        .filter(|name| headers.contains_key(**name))
        .map(|name| name.to_string())
        .collect()
}

/// Authenticate a request by API key and log it in the key's usage log.
///
/// `allow_session`: a signed-in session is accepted too (only `GET /api/v1/me` documents it).
pub(crate) fn authenticate(
    app: &AppState,
    req: &Presented<'_>,
    allow_session: bool,
) -> Result<Principal, &'static str> {
    let key = presented_key(req.headers);
    if key_in_query(req.uri.query()) && (app.choices.query_key == QueryKey::Reject || key.is_none())
    {
        return Err("API keys must be sent in a request header, never in the URL.");
    }
    let Some(key) = key else {
        if allow_session && let Some(principal) = session(app, req.headers) {
            return Ok(principal);
        }
        return Err("No API key was supplied.");
    };
    let hash = hash_key(&key);
    let db = app.db();
    let now = db.clock.now();
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
    Ok(Principal {
        key_id,
        user,
        scopes,
        session: false,
    })
}

/// The principal of a signed-in session cookie, if it names one.
fn session(app: &AppState, headers: &HeaderMap) -> Option<Principal> {
    let hash = hash_key(&presented_session(headers)?);
    let db = app.db();
    let session = db.sessions.iter().find(|s| s.hash == hash)?;
    let user = db.user(&session.user_id)?.clone();
    Some(Principal {
        key_id: String::new(),
        user,
        scopes: Vec::new(),
        session: true,
    })
}

/// Append a usage-log row for the principal's key (sessions have no key, so no log).
pub(crate) fn log_usage(app: &AppState, principal: &Principal, req: &Presented<'_>) {
    if principal.session {
        return;
    }
    let mut db = app.db();
    let timestamp = match app.choices.usage_timestamps {
        UsageTimestamps::Unique => db.clock.tick(),
        UsageTimestamps::WholeSeconds => db.clock.second(),
    };
    db.next_usage += 1;
    let row = UsageRow {
        id: format!("usage_{}", db.next_usage),
        key_id: principal.key_id.clone(),
        timestamp,
        method: req.method.as_str().to_string(),
        path: req.uri.path().to_string(),
        ip: req.peer.map(|ip| ip.to_string()),
        user_agent: req
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
    };
    db.usage.push(row);
    if let Some(record) = db.keys.iter_mut().find(|k| k.id == principal.key_id) {
        record.request_count += 1;
        record.last_request = Some(timestamp);
    }
}

/// `Err(seconds)` when the principal is over its rate limit.
pub(crate) fn rate_check(app: &AppState, principal: &Principal) -> Result<(), u64> {
    match &app.limiter {
        None => Ok(()),
        Some(limiter) => limiter
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .check(&principal.rate_bucket(), (app.rate_clock)()),
    }
}

/// The recorded `authEndpoint` of usage rows.
pub(crate) fn auth_endpoint() -> &'static str {
    AUTH_ENDPOINT
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn credential_headers_are_named_never_valued() {
        let mut h = HeaderMap::new();
        assert!(credential_header_names(&h).is_empty());
        h.insert("x-api-key", "tr_secret".parse().unwrap());
        h.insert(header::COOKIE, "a=b".parse().unwrap());
        assert_eq!(credential_header_names(&h), ["x-api-key", "cookie"]);
    }

    #[test]
    fn the_session_cookie_is_found_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            format!("theme=dark; {SESSION_COOKIE}=abc").parse().unwrap(),
        );
        assert_eq!(presented_session(&h).as_deref(), Some("abc"));
    }
}
