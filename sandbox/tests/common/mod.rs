//! Shared helpers for the sandbox's integration tests: a plain-HTTP client whose every
//! response is validated against the pinned spec.
#![allow(dead_code)]

pub mod spec;

use std::collections::BTreeSet;

use reqwest::header::{CONTENT_TYPE, HeaderMap};
use serde_json::Value;
use talent_ray_sandbox::{FAULT_HEADER, Sandbox};

pub use spec::{Operation, Wire, spec};

/// A rate-limit clock that stands still: every request falls in the first window, however
/// slowly a busy machine sends them, so a quota is exhausted by count alone.
pub fn frozen_rate_clock() -> impl Fn() -> std::time::Instant + Send + Sync + 'static {
    let frozen = std::time::Instant::now();
    move || frozen
}

/// How a request authenticates.
#[derive(Clone, Copy, Debug)]
pub enum Auth<'a> {
    /// No credentials.
    None,
    /// `Authorization: Bearer <key>`.
    Bearer(&'a str),
    /// `x-api-key: <key>`.
    Header(&'a str),
}

/// A request body.
#[derive(Clone, Debug)]
pub enum Body {
    /// JSON value.
    Json(Value),
    /// Raw bytes sent as `application/json`.
    Raw(&'static str),
}

/// A fully read response.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: HeaderMap,
    pub bytes: Vec<u8>,
}

impl Resp {
    /// The body as JSON (panics if it is not).
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.bytes).unwrap_or_else(|e| {
            panic!("not JSON ({e}): {:?}", String::from_utf8_lossy(&self.bytes))
        })
    }

    /// A header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The response as the spec validator reads it.
    pub fn wire(&self) -> Wire<'_> {
        Wire {
            status: self.status,
            content_type: self.header(CONTENT_TYPE.as_str()),
            headers: &self.headers,
            body: &self.bytes,
        }
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

/// A plain reqwest client bound to one sandbox.
#[derive(Clone)]
pub struct Client {
    pub base: String,
    pub http: reqwest::Client,
}

impl Client {
    /// A client for `sandbox` (no proxy, no connection reuse surprises).
    pub fn new(sandbox: &Sandbox) -> Client {
        Client {
            base: sandbox.base_url().to_string(),
            http: reqwest::Client::builder()
                .no_proxy()
                .build()
                .expect("client"),
        }
    }

    /// Send a request; transport errors are returned, not validated.
    pub async fn raw(
        &self,
        method: &str,
        path: &str,
        auth: Auth<'_>,
        body: Option<Body>,
    ) -> Result<reqwest::Response, reqwest::Error> {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let mut req = self.http.request(method, format!("{}{}", self.base, path));
        req = match auth {
            Auth::None => req,
            Auth::Bearer(key) => req.header("authorization", format!("Bearer {key}")),
            Auth::Header(key) => req.header("x-api-key", key),
        };
        req = match body {
            None => req,
            Some(Body::Json(v)) => req.json(&v),
            Some(Body::Raw(s)) => req.header("content-type", "application/json").body(s),
        };
        req.send().await
    }

    /// Send and read the whole response (panics on transport errors).
    pub async fn fetch(
        &self,
        method: &str,
        path: &str,
        auth: Auth<'_>,
        body: Option<Body>,
    ) -> Resp {
        let resp = self
            .raw(method, path, auth, body)
            .await
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let bytes = resp.bytes().await.expect("body").to_vec();
        Resp {
            status,
            headers,
            bytes,
        }
    }

    /// Send, then validate the response against the spec's schema for this operation and
    /// status (the status must be documented for the operation).
    pub async fn send(&self, method: &str, path: &str, auth: Auth<'_>, body: Option<Body>) -> Resp {
        let resp = self.fetch(method, path, auth, body).await;
        let bare = path.split('?').next().unwrap_or(path);
        let op = spec()
            .operation_for(method, bare)
            .unwrap_or_else(|| panic!("{method} {bare} matches no documented operation"));
        if let Err(e) = spec().validate(&op, &resp.wire()) {
            panic!("{e}\nbody: {}", resp.text());
        }
        resp
    }

    /// Send a request the sandbox answers with a status the operation does not list, and
    /// validate it against a component instead: `component` is a JSON pointer such as
    /// `/components/responses/BadRequest` or `/components/schemas/LegacyError`.
    pub async fn send_undocumented(
        &self,
        method: &str,
        path: &str,
        auth: Auth<'_>,
        body: Option<Body>,
        component: &str,
    ) -> Resp {
        let resp = self.fetch(method, path, auth, body).await;
        if let Err(e) = spec().validate_component(component, &resp.wire()) {
            panic!("{method} {path} as {component}: {e}\nbody: {}", resp.text());
        }
        resp
    }

    /// `GET` with a bearer key, validated.
    pub async fn get(&self, path: &str, key: &str) -> Resp {
        self.send("GET", path, Auth::Bearer(key), None).await
    }

    /// `PATCH` with a bearer key and JSON body, validated.
    pub async fn patch(&self, path: &str, key: &str, body: Value) -> Resp {
        self.send("PATCH", path, Auth::Bearer(key), Some(Body::Json(body)))
            .await
    }

    /// `POST` with a bearer key and JSON body, validated.
    pub async fn post(&self, path: &str, key: &str, body: Value) -> Resp {
        self.send("POST", path, Auth::Bearer(key), Some(Body::Json(body)))
            .await
    }

    /// `DELETE` with a bearer key, validated.
    pub async fn delete(&self, path: &str, key: &str) -> Resp {
        self.send("DELETE", path, Auth::Bearer(key), None).await
    }
}

/// Records which documented statuses of one operation a test produced, keeping apart those
/// the sandbox really produced and those only an injected fault made.
pub struct Coverage {
    pub op: Operation,
    seen: BTreeSet<u16>,
    injected: BTreeSet<u16>,
}

impl Coverage {
    /// Track `operation_id`.
    pub fn new(operation_id: &str) -> Coverage {
        Coverage {
            op: spec().operation(operation_id),
            seen: BTreeSet::new(),
            injected: BTreeSet::new(),
        }
    }

    /// Assert `resp` has `status`, made by the sandbox's own behaviour (not a fault), and
    /// count it.
    pub fn expect(&mut self, resp: &Resp, status: u16) {
        assert_eq!(
            resp.header(FAULT_HEADER),
            None,
            "{} {}: an injected {} is not a status the endpoint produces",
            self.op.method,
            self.op.template,
            resp.status
        );
        assert_eq!(
            resp.status,
            status,
            "{} {}: {}",
            self.op.method,
            self.op.template,
            String::from_utf8_lossy(&resp.bytes)
        );
        self.seen.insert(status);
    }

    /// Assert `resp` has `status`, caused by an injected fault: validated, but not counted
    /// as a status the endpoint produces.
    pub fn injected(&mut self, resp: &Resp, status: u16) {
        assert_eq!(
            resp.status, status,
            "{} {}",
            self.op.method, self.op.template
        );
        assert_eq!(
            resp.header(FAULT_HEADER),
            Some("status"),
            "not an injected status"
        );
        self.injected.insert(status);
    }

    /// Assert every documented status of the operation was really produced, except those
    /// the test says only an injected fault can make (and which it did inject).
    pub fn assert_complete(&self) {
        let documented: BTreeSet<u16> = spec().statuses(&self.op).into_iter().collect();
        let missing: BTreeSet<u16> = documented.difference(&self.seen).copied().collect();
        assert_eq!(
            missing, self.injected,
            "{}: documented statuses never produced by the sandbox's own behaviour \
             (left: missing, right: only injected)",
            self.op.id
        );
    }
}
