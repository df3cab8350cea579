//! # talent-ray-mcp
//!
//! An MCP (Model Context Protocol) server that offers the Talent-Ray API to AI agents as tools,
//! on the [`talent_ray`] SDK, so retries, the rate limiter, scope checks and the key's redaction
//! all apply.
//!
//! - One tool per operation of the pinned spec, named after the snake-cased `operationId`, with
//!   its description, scopes and paging from the spec, input and output schemas from the SDK's
//!   generated operation description, and every annotation set explicitly ([`catalog`]).
//! - Only the tools the key can use: its scopes and its owner's role are read from
//!   `/api/v1/me` at start-up, narrowed further by the [`Options`] ([`selection`]); a scope the
//!   API refuses later shrinks the list and the server sends `tools/list_changed`.
//! - Results that fit in a model's context ([`shaping`]) and failures a model can act on
//!   ([`failure`]), as `isError` results.
//!
//! ```no_run
//! use rmcp::ServiceExt;
//! use talent_ray_mcp::{Options, TalentRayMcp};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = talent_ray::Client::from_env()?;
//! let server = TalentRayMcp::start(client, Options::default()).await?;
//! server.serve(rmcp::transport::stdio()).await?.waiting().await?;
//! # Ok(()) }
//! ```

#![deny(missing_docs)]

pub mod catalog;
pub mod failure;
pub mod logging;
mod options;
pub mod principal;
pub mod remote;
pub mod selection;
mod server;
pub mod shaping;

pub use options::{DEFAULT_MAX_RESULT_BYTES, Options};
pub use server::{StartError, TalentRayMcp, Toolbox};
