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
