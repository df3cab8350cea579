//! A stateful local Talent-Ray server for tests, the quickstart and users' own integration tests.
//!
//! It serves every operation of the pinned OpenAPI spec, which it reads itself ([`spec`], never
//! through the SDK). It implements the documented operations (admin key management, the public
//! career portal and the `/api/v1` hiring pipeline) over seeded, deterministic data, with the
//! documented envelopes, error bodies, auth, per-key scopes (each operation's
//! `x-required-scopes`, read from the spec), owner-role visibility, usage log and rate limit.
//! An operation of the spec it has no stateful handler for is answered from the spec, marked
//! with [`SPEC_ANSWER_HEADER`] (see [`spec_answered_operations`]). Tests can also inject faults
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
//! # Where the docs are silent
//!
//! The sandbox follows the vendor's docs wherever they speak. Every choice it makes where
//! they are silent is listed under "Sandbox choices" in `sandbox/README.md`; those with a
//! realistic alternative can be switched on the [`SandboxBuilder`] (for example
//! [`OutOfRange::Clamp`]). Usage-log timestamps are whole seconds, as the docs' examples show;
//! [`UsageTimestamps::Unique`] is the sandbox's labelled alternative.
//!
//! # Layers
//!
//! Imports run one way, from the top down:
//!
//! - **spec** (`spec`): the pinned OpenAPI document, its operations and scopes, the one `$ref`
//!   resolver, response validation and the spec's own answers;
//! - **model** (`state`, `clock`, `rng`, `credentials`): records and the database; no rules,
//!   no HTTP;
//! - **seed**: declarative tables turned into model records;
//! - **rules** (`visibility`, `auth`, `rate_limit`, `faults`, `choices`, `stats`, `error`,
//!   `app`): who may see and do what, and the shared state they need;
//! - **routes** (`routes`, `input`, `views`, `server`): the router built from the spec, the
//!   stateful handlers, the spec-answered handler, middleware, the accept loop; and
//!   [`Sandbox`], the handle, on top.
#![deny(missing_docs)]

// spec
pub mod spec;

// model
mod clock;
mod credentials;
mod rng;
mod state;
// seed
mod seed;
// rules
mod app;
mod auth;
mod choices;
mod error;
mod faults;
mod rate_limit;
mod stats;
mod visibility;
// routes
mod input;
mod routes;
mod sandbox;
mod server;
mod views;

pub use auth::SESSION_COOKIE;
pub use choices::{OutOfRange, QueryKey, RevokeAgain, UsageTimestamps};
pub use faults::{Fault, Hold};
pub use routes::middleware::FAULT_HEADER;
pub use routes::spec_answer::SPEC_ANSWER_HEADER;
pub use sandbox::{
    DEFAULT_CANDIDATES, DEFAULT_RATE_LIMIT, DEFAULT_RATE_WINDOW, DEFAULT_SEED, Sandbox,
    SandboxBuilder, spec_answered_operations,
};
pub use seed::{Fixtures, Keys};
pub use spec::{Operation, Spec};
pub use state::AuditEntry;
pub use stats::{RequestRecord, Stats};
