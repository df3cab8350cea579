//! # talent-ray
//!
//! Typed, rate-limit-polite Rust SDK for the [Talent-Ray](https://www.talent-ray.com) hiring
//! platform API, generated from the vendor's OpenAPI spec and wrapped in a handwritten layer:
//!
//! - **Configuration** in one line ([`Client::from_env`], [`Client::builder`]); clones are cheap
//!   and share one connection pool, rate limiter and scope cache.
//! - **Auth** that never leaks: [`ApiKey`] redacts itself, the header is marked sensitive, public
//!   operations get no credential, plain http only to loopback, redirects are not followed.
//! - **Scopes** checked before sending when the client knows its key's scopes
//!   ([`Error::InsufficientScope`] with `local: true`).
//! - **Retries** for 429 (honouring `Retry-After`) on every method, and for 5xx, timeouts and
//!   broken connections on idempotent operations only: a POST that may have landed is never
//!   repeated, and says so ([`Error::Uncertain`]). See [`RetryPolicy`].
//! - **A client-side rate limiter** ([`RateLimit`], 600/minute by default), shared by every
//!   worker using one key through Redis with the `redis` feature (`SharedRateLimit`).
//! - **Pagination** as streams for every list ([`Paginate`]).
//! - **One error type**, [`Error`], covering both API error families.
//!
//! Every operation of the spec is a method on [`Client`] returning a request builder; `send()`
//! it, and its error is [`Error`]:
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use talent_ray::{Client, Paginate};
//!
//! # async fn run() -> talent_ray::Result<()> {
//! let client = Client::from_env()?;
//! let me = client.get_me().send().await?;
//! println!("key {:?} has scopes {:?}", me.auth.key_id, me.auth.scopes);
//!
//! let mut candidates = client.list_candidates().paginate().items();
//! while let Some(candidate) = candidates.try_next().await? {
//!     println!("{} <{:?}>", candidate.full_name, candidate.email);
//! }
//! # Ok(()) }
//! ```
//!
//! Writes take plain values: set a body's fields on the builder (`clear_…` sends `null`,
//! `omit_…` leaves a field out). A missing required field or a value that breaks the spec's
//! constraints is [`Error::InvalidRequest`], naming the field, before anything is sent:
//!
//! ```no_run
//! use talent_ray::{Client, Error, types};
//!
//! # async fn run(client: Client) -> talent_ray::Result<()> {
//! // Update a candidate's status and clear their phone number.
//! client.update_candidate().id("cand_1").status("Interviewing").clear_phone().send().await?;
//! client.update_role().id("role_1").work_type(types::RoleUpdateWorkType::Remote).salary_max(130_000).send().await?;
//! client.update_test().id("test_js").name("JavaScript Fundamentals (2026)").duration(35).send().await?;
//!
//! // Create a lead, edit it, and delete it.
//! let lead = client
//!     .create_potential_candidate()
//!     .organization_id("org_acme")
//!     .full_name("Grace Hopper")
//!     .email("grace@example.com")
//!     .skills(["COBOL", "compilers"])
//!     .send()
//!     .await?;
//! client.update_potential_candidate().id(&lead.id).status("parsed").clear_summary().send().await?;
//! client.delete_potential_candidate().id(&lead.id).send().await?;
//!
//! // Mint a key for a user, expiring in 30 days, and revoke it.
//! let minted = client.create_api_key().name("HRIS sync").user_id("user_abc123").expires_in_days(30).send().await?;
//! client.revoke_api_key().id(&minted.data.id).send().await?;
//!
//! // Apply to a public job (no credential is sent).
//! let application = client.apply_to_public_job().org_slug("acme").role_id("clx123abc").send().await?;
//! println!("signup link: {}", application.invite_url);
//!
//! // A bad value fails before sending, naming the field and the rule.
//! match client.create_potential_candidate().organization_id("org_acme").full_name("").send().await {
//!     Err(Error::InvalidRequest(why)) => assert!(why.starts_with("body /fullName")),
//!     other => println!("{other:?}"),
//! }
//! # Ok(()) }
//! ```

#![deny(missing_docs)]

mod auth;
pub mod call;
mod call_options;
mod call_paging;
mod client;
mod error;
#[cfg(feature = "schemars")]
mod json_schema;
mod nullable;
pub mod operations;
pub mod pagination;
mod rate_limit;
mod request_loop;
mod retry;
mod scopes;
mod shared_rate_limit;
mod validation;
mod wire;

/// The code progenitor generates from the pinned spec (see `codegen/`); never edited by hand.
#[allow(missing_docs, unused_imports, clippy::all)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/client.rs"));
}

pub use auth::{ApiKey, AuthScheme};
pub use call::{CallResponse, PreparedRequest};
pub use call_options::CallOptions;
pub use call_paging::{CallPage, CallPaginator};
pub use client::{
    ClientBuilder, ClientState, DEFAULT_INSTANCE, ENV_API_KEY, ENV_BASE_URL, ENV_INSTANCE,
    ENV_RATE_LIMIT, ENV_REDIS_TIMEOUT_MS, ENV_REDIS_URL, USER_AGENT,
};
pub use error::{ApiError, Error, ErrorFamily, Result};
pub use generated::{ByteStream, Client, ResponseValue, builder, types};
pub use nullable::Nullable;
pub use operations::{
    OPERATIONS, Operation, PageParams, PageSize, Paging, ParamLocation, Parameter, RequestBody,
};
pub use pagination::{Page, PageInfo, Paginate, Paginator, ResumeToken};
pub use rate_limit::RateLimit;
pub use retry::RetryPolicy;
pub use scopes::{Scope, UnknownScope};
#[cfg(feature = "redis")]
pub use shared_rate_limit::{KEY_PREFIX, SharedRateLimit};
pub use validation::ArgumentProblem;

/// The spec's `info.version`, sent as the `api-version` header on every request.
///
/// ```
/// // The pinned spec's date-like version, e.g. "2026-06-05"; it changes with every spec update.
/// assert!(!talent_ray::api_version().is_empty());
/// ```
pub fn api_version() -> &'static str {
    <Client as progenitor_client::ClientInfo<ClientState>>::api_version()
}
