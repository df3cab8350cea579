//! A stateful local Talent-Ray server for tests, the quickstart and users' own integration tests.
//!
//! It implements the 25 documented operations of the pinned OpenAPI spec (admin key
//! management, the public career portal and the `/api/v1` hiring pipeline) over seeded,
//! deterministic data, with the documented envelopes, error bodies, auth, per-key scopes,
//! owner-role visibility, usage log and rate limit. Tests can also inject faults
//! ([`Fault`]) and read counters ([`Stats`]).
//!
//! ```no_run
//! use talent_ray_sandbox::{Fault, Sandbox};
//!
//! # async fn demo() {
//! let sandbox = Sandbox::start().await;
//! let url = format!("{}/api/v1/me", sandbox.base_url());
//! let key = &sandbox.keys().employer;
//! sandbox.inject(Fault::status(503).on("GET", "/api/v1/me"));
//! // ... call `url` with `Authorization: Bearer {key}`: first a 503, then the real answer.
//! # let _ = (url, key);
//! assert_eq!(sandbox.stats().creates_committed, 0);
//! # }
//! ```
//!
//! The server binds 127.0.0.1 only and runs on its own thread, so it works under any
//! async runtime (or none, after `start`). Dropping the [`Sandbox`] stops it.
//!
//! # Behaviour where the docs are silent
//!
//! - Order of checks on `/api/v1`: key (401) → rate limit (429) → scope (403
//!   `insufficient_scope`) → body/query validation (400) → visibility (404) → owner
//!   authority (403 `forbidden`). Admin: key (401) → rate limit (429) → admin owner (403).
//! - Page bounds (`page` ≥ 0, 1 ≤ `pageSize` ≤ 100) and the usage log's `limit` (1–500) and
//!   `before` are validated with 400, although the spec lists no 400 on those operations.
//! - The v1 codes for 401 and 429 are `unauthorized` and `rate_limited` (undocumented).
//! - A PATCH whose body has no documented field (empty, or unknown fields only) is 400.
//! - Keys minted by `POST /api/admin/api-keys` have no scopes; grant them with
//!   [`Sandbox::grant_scopes`]. Revoked keys stay listed with `enabled: false`.
//! - A key in the query string (`api_key`, `key`, `token`, … or any `tr_…` value) is 401,
//!   even next to a valid header. Public portal requests are neither authenticated,
//!   rate-limited nor logged.
//! - Non-admin callers see only the role/organization links they may see inside
//!   candidates and leads; hiring managers see their organization's tests and leads.
//! - Usage-log timestamps come from a logical clock (strictly increasing, ≥ 1 ms apart);
//!   `before` returns strictly older rows and `nextBefore` is the last row's timestamp.
#![deny(missing_docs)]

mod auth;
mod clock;
mod error;
mod faults;
mod input;
mod rate_limit;
mod routes;
mod sandbox;
mod seed;
mod server;
mod state;
mod stats;
mod views;
mod visibility;

pub use auth::ALL_SCOPES;
pub use faults::Fault;
pub use sandbox::{
    DEFAULT_CANDIDATES, DEFAULT_RATE_LIMIT, DEFAULT_RATE_WINDOW, DEFAULT_SEED, Sandbox,
    SandboxBuilder,
};
pub use seed::{Fixtures, Keys};
pub use stats::Stats;
