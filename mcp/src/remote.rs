//! The remote server: MCP over Streamable HTTP at `/mcp`, where every HTTP request brings its
//! caller's own Talent-Ray key and the server holds none.
//!
//! Per request:
//! 1. `Authorization: Bearer tr_…` is read; without it, or with a key of the wrong form, the
//!    answer is `401` with a `WWW-Authenticate` header, and nothing is sent to the API.
//! 2. The key's [`Caller`] (its own [`Client`], so its own scopes, rate limiter and retries,
//!    and its owner's role from `/api/v1/me`) is looked up by the SHA-256 of the key, and read
//!    afresh once [`DEFAULT_IDENTITY_TTL`] has passed. A key the API refuses gets `401` too.
//! 3. The caller travels with that request only (in its HTTP extensions), so `tools/list` and
//!    `tools/call` are filtered by that key's scopes and role, and a call goes out with that key
//!    and no other, whatever session the request names.
//!
//! Both protocol revisions rmcp serves are offered: 2026-07-28 (stateless, `server/discover`)
//! and the earlier ones with `initialize` and sessions. The `Host` header is checked against
//! the allowed hosts (loopback names unless configured).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use rmcp::model::{
    CallToolRequestParams, CallToolResponse, ListToolsResult, PaginatedRequestParams, ServerConfig,
};
use rmcp::service::RequestContext;
use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
use rmcp::transport::streamable_http_server::{StreamableHttpServerConfig, StreamableHttpService};
use rmcp::{ErrorData, RoleServer, ServerHandler};
use sha2::{Digest, Sha256};
use talent_ray::{ApiKey, Client, Error};

use crate::principal::Caller;
use crate::selection::SelectionError;
use crate::server::{Toolbox, server_config};
use crate::{Options, failure};

/// The path MCP is served at.
pub const MCP_PATH: &str = "/mcp";

/// How long a key's identity (`/api/v1/me`: its scopes and its owner's role) is reused before it
/// is read again.
pub const DEFAULT_IDENTITY_TTL: Duration = Duration::from_secs(60);

/// The `Host` names a request may carry unless configured otherwise: loopback only.
pub const LOOPBACK_HOSTS: &[&str] = &["localhost", "127.0.0.1", "::1"];

/// The realm the `WWW-Authenticate` challenge names.
const REALM: &str = "talent-ray";

/// Makes the client for one caller's key (the API's address, retries and limits come from the
/// server's configuration; the key from the request).
pub type ClientFactory = Arc<dyn Fn(ApiKey) -> talent_ray::Result<Client> + Send + Sync>;

/// The remote MCP server: the options, the per-key caller cache and the allowed hosts.
#[derive(Clone)]
pub struct Remote {
    toolbox: Toolbox,
    clients: ClientFactory,
    identity_ttl: Duration,
    allowed_hosts: Vec<String>,
}

impl std::fmt::Debug for Remote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Remote")
            .field("options", self.toolbox.options())
            .field("allowed_hosts", &self.allowed_hosts)
            .field("identity_ttl", &self.identity_ttl)
            .finish_non_exhaustive()
    }
}

impl Remote {
    /// Checks the options; `clients` makes each caller's client from their key.
    pub fn new(
        options: Options,
        clients: impl Fn(ApiKey) -> talent_ray::Result<Client> + Send + Sync + 'static,
    ) -> Result<Remote, SelectionError> {
        Ok(Remote {
            toolbox: Toolbox::new(options)?,
            clients: Arc::new(clients),
            identity_ttl: DEFAULT_IDENTITY_TTL,
            allowed_hosts: LOOPBACK_HOSTS.iter().map(|h| (*h).to_owned()).collect(),
        })
    }

    /// The `Host` names (or `host:port`) requests may carry; empty keeps the loopback default.
    pub fn allowed_hosts(mut self, hosts: Vec<String>) -> Remote {
        if !hosts.is_empty() {
            self.allowed_hosts = hosts;
        }
        self
    }

    /// How long a key's identity is reused before `/api/v1/me` is read again.
    pub fn identity_ttl(mut self, ttl: Duration) -> Remote {
        self.identity_ttl = ttl;
        self
    }

    /// The HTTP application: MCP at [`MCP_PATH`], behind the key check, with a cache of callers
    /// of its own.
    pub fn router(&self) -> axum::Router {
        let callers = Arc::new(Callers {
            clients: self.clients.clone(),
            ttl: self.identity_ttl,
            cache: Mutex::default(),
        });
        let toolbox = self.toolbox.clone();
        let config = StreamableHttpServerConfig::default()
            .with_allowed_hosts(self.allowed_hosts.clone())
            .with_sse_keep_alive(None);
        let mcp = StreamableHttpService::new(
            move || {
                Ok(RemoteMcp {
                    toolbox: toolbox.clone(),
                })
            },
            Arc::new(LocalSessionManager::default()),
            config,
        );
        axum::Router::new()
            .route_service(MCP_PATH, mcp)
            .route_layer(middleware::from_fn_with_state(callers, authenticate))
    }

    /// Serves on `listener` until `shutdown` completes.
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        axum::serve(listener, self.router())
            .with_graceful_shutdown(shutdown)
            .await
    }
}

/// Callers by the SHA-256 of their key, each with when it was identified.
type CallerCache = HashMap<[u8; 32], (Arc<Caller>, Instant)>;

/// Each key's caller, by the SHA-256 of the key, with when it was identified.
struct Callers {
    clients: ClientFactory,
    ttl: Duration,
    cache: Mutex<CallerCache>,
}

/// Why a request gets no caller.
enum Refusal {
    /// No `Authorization: Bearer` header.
    Missing,
    /// A credential that is not a Talent-Ray key, or one the API refuses.
    Invalid(&'static str),
    /// The API could not say who the key is (unreachable, a server error), or the key's client
    /// could not be made.
    Unidentified,
}

impl Callers {
    /// The caller for `key`: cached while fresh, else read from `/api/v1/me` with the key's own
    /// client (kept across refreshes, so its rate limiter and learned scopes carry over).
    async fn caller(&self, key: ApiKey) -> Result<Arc<Caller>, Refusal> {
        let hash: [u8; 32] = Sha256::digest(key.expose_secret().as_bytes()).into();
        let cached = self.lock().get(&hash).cloned();
        let client = match cached {
            Some((caller, at)) if at.elapsed() < self.ttl => return Ok(caller),
            Some((caller, _)) => caller.client.clone(),
            None => (self.clients)(key).map_err(|_| Refusal::Unidentified)?,
        };
        match Caller::identify(client).await {
            Ok(caller) => {
                let caller = Arc::new(caller);
                let mut cache = self.lock();
                cache.retain(|_, (_, at)| at.elapsed() < self.ttl);
                cache.insert(hash, (caller.clone(), Instant::now()));
                Ok(caller)
            }
            Err(error) => {
                self.lock().remove(&hash);
                tracing::info!(
                    status = error.status().map(|s| s.as_u16()),
                    kind = failure::kind(&error),
                    "a caller's key was not identified"
                );
                Err(match error {
                    Error::Unauthorized(_) | Error::Forbidden(_) => {
                        Refusal::Invalid("the API refused the key")
                    }
                    _ => Refusal::Unidentified,
                })
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, CallerCache> {
        self.cache.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The key check in front of MCP: a request goes on with its caller, or is answered here.
async fn authenticate(
    State(callers): State<Arc<Callers>>,
    mut request: Request,
    next: Next,
) -> Response {
    let caller = match bearer_key(&request) {
        Ok(key) => callers.caller(key).await,
        Err(refusal) => Err(refusal),
    };
    match caller {
        Ok(caller) => {
            request.extensions_mut().insert(caller);
            next.run(request).await
        }
        Err(refusal) => refuse(refusal),
    }
}

/// The key in `Authorization: Bearer …`, checked for form only.
fn bearer_key(request: &Request) -> Result<ApiKey, Refusal> {
    let value = request
        .headers()
        .get(header::AUTHORIZATION)
        .ok_or(Refusal::Missing)?;
    let value = value
        .to_str()
        .map_err(|_| Refusal::Invalid("the Authorization header is not text"))?;
    let (scheme, key) = value.split_once(' ').ok_or(Refusal::Invalid(
        "expected Authorization: Bearer followed by the key",
    ))?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(Refusal::Invalid(
            "expected Authorization: Bearer followed by the key",
        ));
    }
    ApiKey::new(key.trim()).map_err(|_| Refusal::Invalid("not a Talent-Ray API key"))
}

/// `401` with a `WWW-Authenticate` challenge (RFC 6750), or `502` when the API could not say.
fn refuse(refusal: Refusal) -> Response {
    let (status, challenge, text) = match refusal {
        Refusal::Missing => (
            StatusCode::UNAUTHORIZED,
            format!("Bearer realm=\"{REALM}\""),
            "A Talent-Ray API key is required: send it as `Authorization: Bearer tr_...`.",
        ),
        Refusal::Invalid(why) => (
            StatusCode::UNAUTHORIZED,
            format!(
                "Bearer realm=\"{REALM}\", error=\"invalid_token\", error_description=\"{why}\""
            ),
            "The Talent-Ray API key was refused: send a valid key as `Authorization: Bearer tr_...`.",
        ),
        Refusal::Unidentified => {
            return (
                StatusCode::BAD_GATEWAY,
                "The Talent-Ray API could not say whose key this is; try again later.",
            )
                .into_response();
        }
    };
    let mut response = (status, text).into_response();
    if let Ok(value) = HeaderValue::from_str(&challenge) {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, value);
    }
    response
}

/// The MCP handler behind [`authenticate`]: every request's caller comes with it.
#[derive(Clone)]
struct RemoteMcp {
    toolbox: Toolbox,
}

/// The caller [`authenticate`] attached to this request's HTTP parts.
fn caller(context: &RequestContext<RoleServer>) -> Result<Arc<Caller>, ErrorData> {
    context
        .extensions
        .get::<axum::http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Arc<Caller>>())
        .cloned()
        .ok_or_else(|| ErrorData::internal_error("the request carries no caller", None))
}

impl ServerHandler for RemoteMcp {
    /// No `tools/list_changed`: each request's list is that request's key's, read afresh.
    fn get_info(&self) -> ServerConfig {
        server_config(false)
    }

    async fn list_tools(
        &self,
        _request: Option<PaginatedRequestParams>,
        context: RequestContext<RoleServer>,
    ) -> Result<ListToolsResult, ErrorData> {
        let caller = caller(&context)?;
        let offered = self.toolbox.offered(&caller);
        Ok(ListToolsResult::with_all_items(
            self.toolbox.tools(&offered),
        ))
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        context: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, ErrorData> {
        let caller = caller(&context)?;
        let result = self
            .toolbox
            .call_named(
                &caller,
                request.name.as_ref(),
                request.arguments.unwrap_or_default(),
            )
            .await?;
        Ok(result.into())
    }
}
