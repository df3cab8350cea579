//! Counters that tests read: requests seen (with the credential headers each carried, by
//! name only) and writes committed.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// A snapshot of the sandbox's counters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Every HTTP request the server received (faulted ones included).
    pub requests_seen: u64,
    /// Creates that landed (sourcing leads, API keys, new portal invitations).
    pub creates_committed: u64,
    /// Updates that landed (the PATCH endpoints).
    pub updates_committed: u64,
    /// Deletes that landed (sourcing deletes and API-key revocations).
    pub deletes_committed: u64,
    /// Requests refused with 429 by the per-key rate limit (injected faults not counted).
    pub rate_limited: u64,
}

/// One request as the server received it, before any fault or handler ran.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequestRecord {
    /// Upper-case method.
    pub method: String,
    /// Concrete path, without the query string.
    pub path: String,
    /// The decoded query parameters, in order.
    pub query: Vec<(String, String)>,
    /// Which credential headers were present (`authorization`, `x-api-key`, `cookie`):
    /// names only, never values.
    pub credential_headers: Vec<String>,
}

impl RequestRecord {
    /// The last value of query parameter `name`.
    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Live counters.
#[derive(Default)]
pub(crate) struct Counters {
    requests: AtomicU64,
    creates: AtomicU64,
    updates: AtomicU64,
    deletes: AtomicU64,
    rate_limited: AtomicU64,
    per_route: Mutex<HashMap<(String, String), u64>>,
    log: Mutex<Vec<RequestRecord>>,
}

impl Counters {
    pub fn request(
        &self,
        method: &str,
        path: &str,
        query: Option<&str>,
        credential_headers: Vec<String>,
    ) {
        let method = method.to_ascii_uppercase();
        self.requests.fetch_add(1, Ordering::SeqCst);
        let mut map = self.per_route.lock().unwrap_or_else(|e| e.into_inner());
        *map.entry((method.clone(), path.to_string())).or_default() += 1;
        drop(map);
        let query = query
            .map(|q| {
                form_urlencoded::parse(q.as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            })
            .unwrap_or_default();
        self.log
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(RequestRecord {
                method,
                path: path.to_string(),
                query,
                credential_headers,
            });
    }

    pub fn requests_to(&self, method: &str, path: &str) -> u64 {
        let map = self.per_route.lock().unwrap_or_else(|e| e.into_inner());
        map.get(&(method.to_ascii_uppercase(), path.to_string()))
            .copied()
            .unwrap_or(0)
    }

    pub fn log(&self) -> Vec<RequestRecord> {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn created(&self) {
        self.creates.fetch_add(1, Ordering::SeqCst);
    }

    pub fn updated(&self) {
        self.updates.fetch_add(1, Ordering::SeqCst);
    }

    pub fn deleted(&self) {
        self.deletes.fetch_add(1, Ordering::SeqCst);
    }

    pub fn rate_limited(&self) {
        self.rate_limited.fetch_add(1, Ordering::SeqCst);
    }

    pub fn snapshot(&self) -> Stats {
        Stats {
            requests_seen: self.requests.load(Ordering::SeqCst),
            creates_committed: self.creates.load(Ordering::SeqCst),
            updates_committed: self.updates.load(Ordering::SeqCst),
            deletes_committed: self.deletes.load(Ordering::SeqCst),
            rate_limited: self.rate_limited.load(Ordering::SeqCst),
        }
    }
}
