//! The MCP server over stdio, for one key: `tools/list` offers the tools the key may use,
//! `tools/call` sends them through the SDK, and a scope the server refuses shrinks the list
//! (`tools/list_changed`). What it offers and how it calls is the [`Toolbox`]'s, shared with the
//! remote server ([`crate::remote`]).

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use rmcp::model::{
    CallToolRequestParams, CallToolResponse, CallToolResult, Implementation, ListToolsResult,
    PaginatedRequestParams, ProtocolVersion, ServerCapabilities, ServerConfig, Tool,
};
use rmcp::service::RequestContext;
use rmcp::{ErrorData, RoleServer, ServerHandler};
use serde_json::{Map, Value};
use talent_ray::{Client, Error};

use crate::catalog::{self, ToolEntry};
use crate::principal::Caller;
use crate::selection::{self, Selection, SelectionError};
use crate::{Options, failure, shaping};

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// An option names an unknown toolset or tool.
    #[error(transparent)]
    Selection(#[from] SelectionError),
    /// `/api/v1/me` failed (no valid key, unreachable API, …).
    #[error("cannot read the key's identity from /api/v1/me: {0}")]
    Identity(#[source] Error),
}

/// What the server tells a client about itself.
const INSTRUCTIONS: &str = "Tools are Talent-Ray API operations this API key may use. \
Lists return one page: follow the `Next page` hint in the result to get more. \
Failures come back as results with isError: read the status, code and advice in them.";

/// The server's name, version and instructions, with the tools capability.
pub(crate) fn server_config(list_changed: bool) -> ServerConfig {
    let tools = ServerCapabilities::builder().enable_tools();
    let capabilities = if list_changed {
        tools.enable_tool_list_changed().build()
    } else {
        tools.build()
    };
    ServerConfig::new(capabilities)
        .with_server_info(Implementation::new(
            env!("CARGO_PKG_NAME"),
            env!("CARGO_PKG_VERSION"),
        ))
        .with_instructions(INSTRUCTIONS)
}

/// The options, checked, and what follows from them for any caller: which tools it is offered,
/// what they look like, and how a call is made.
#[derive(Clone, Debug)]
pub struct Toolbox {
    selection: Selection,
}

impl Toolbox {
    /// Checks that every toolset and tool the options name exists.
    pub fn new(options: Options) -> Result<Toolbox, SelectionError> {
        Ok(Toolbox {
            selection: Selection::new(options)?,
        })
    }

    /// The options.
    pub fn options(&self) -> &Options {
        self.selection.options()
    }

    /// The names of the tools offered to `caller` now.
    pub fn offered(&self, caller: &Caller) -> BTreeSet<String> {
        selection::visible(
            &self.selection,
            &caller.scopes(),
            caller.principal.is_admin(),
        )
    }

    /// The tools named in `offered`, as `tools/list` shows them: with output schemas only when
    /// the options ask for them.
    pub fn tools(&self, offered: &BTreeSet<String>) -> Vec<Tool> {
        catalog::all()
            .iter()
            .filter(|e| offered.contains(e.name()))
            .map(|e| e.tool(self.options().output_schemas))
            .collect()
    }

    /// Calls the tool `name` for `caller`. An unknown name is a protocol error; a tool the
    /// options leave out, or one that needs an admin-role owner the key lacks, is an `isError`
    /// result, and nothing is sent; a missing scope is refused by the SDK before sending, also
    /// as an `isError` result naming the scope.
    pub async fn call_named(
        &self,
        caller: &Caller,
        name: &str,
        args: Map<String, Value>,
    ) -> Result<CallToolResult, ErrorData> {
        let entry = catalog::find(name)
            .ok_or_else(|| ErrorData::invalid_params(format!("unknown tool {name:?}"), None))?;
        if !self.selection.allows(entry) {
            tracing::info!(tool = name, "call refused: not offered by the options");
            return Ok(failure::not_offered(
                name,
                "this server's options leave it out",
            ));
        }
        if entry.admin_only && !caller.principal.is_admin() {
            tracing::info!(tool = name, "call refused: the key's owner is not an admin");
            return Ok(failure::not_offered(
                name,
                "it needs a key whose owner has the admin role",
            ));
        }
        Ok(self.call(caller, entry, args).await)
    }

    /// Calls one tool with `caller`'s key; every failure is an `isError` result. Logs the tool,
    /// the status and the kind of failure, never an argument, a body or an error's text.
    pub async fn call(
        &self,
        caller: &Caller,
        entry: &ToolEntry,
        args: Map<String, Value>,
    ) -> CallToolResult {
        if let Some(problem) = check_page_size(entry, &args) {
            tracing::info!(tool = entry.name(), "call refused: page size out of bounds");
            return problem;
        }
        if entry.operation.page_params.is_some() {
            return self.call_page(caller, entry, args).await;
        }
        let call = caller
            .client
            .call(entry.operation.operation_id, Value::Object(args.clone()));
        match call.await {
            Ok(response) => {
                tracing::info!(tool = entry.name(), status = response.status, "call done");
                shaping::success(
                    entry,
                    &args,
                    response.status,
                    response.body,
                    self.options().max_result_bytes,
                    None,
                )
            }
            Err(error) => failed(entry, &error),
        }
    }

    /// One page of a list, through the SDK's paginator: the page size the caller set, else the
    /// spec's default (a page that fits a model's context); from the start, or from the resume
    /// token an earlier result's hint gave.
    async fn call_page(
        &self,
        caller: &Caller,
        entry: &ToolEntry,
        mut args: Map<String, Value>,
    ) -> CallToolResult {
        let op = entry.operation;
        let resume = match entry
            .resume_argument
            .as_deref()
            .and_then(|name| Some((name, args.remove(name)?)))
        {
            None => None,
            Some((name, token)) => {
                match token.as_str().map(str::parse::<talent_ray::ResumeToken>) {
                    Some(Ok(token)) if token.operation() == op.operation_id => Some(token),
                    _ => {
                        tracing::info!(tool = entry.name(), "call refused: not a resume token");
                        return failure::invalid_argument(
                            entry.name(),
                            name,
                            "is not a token this tool's result gave; pass the hint's token unchanged",
                        );
                    }
                }
            }
        };
        let mut pager = caller
            .client
            .paginate_call(op.operation_id, Value::Object(args.clone()));
        if let Some(size) = entry.page_size
            && !args.contains_key(size.name)
            && let Some(default) = size.default
        {
            pager = pager.page_size(default);
        }
        if let Some(token) = resume {
            pager = pager.resume(token);
        }
        match pager.first_page().await {
            Ok(page) => {
                tracing::info!(tool = entry.name(), status = page.status, "call done");
                let paging = shaping::PageAt {
                    info: page.info.clone(),
                    next: page.next.clone(),
                };
                shaping::success(
                    entry,
                    &args,
                    page.status,
                    page.body,
                    self.options().max_result_bytes,
                    Some(paging),
                )
            }
            Err(error) => failed(entry, &error),
        }
    }
}

/// Logs a failed call (the tool, the status and the kind, never the error's text) and turns it
/// into an `isError` result.
fn failed(entry: &ToolEntry, error: &Error) -> CallToolResult {
    tracing::warn!(
        tool = entry.name(),
        status = error.status().map(|s| s.as_u16()),
        kind = failure::kind(error),
        "call failed"
    );
    failure::failure(entry.name(), error)
}

/// Refuses a page size outside the spec's bounds before anything is sent.
fn check_page_size(entry: &ToolEntry, args: &Map<String, Value>) -> Option<CallToolResult> {
    let bound = entry.page_size?;
    let value = args.get(bound.name)?;
    let ok = value
        .as_u64()
        .is_some_and(|n| (bound.min..=bound.max).contains(&n));
    (!ok).then(|| {
        failure::invalid_argument(
            entry.name(),
            bound.name,
            &format!(
                "must be an integer from {} to {}, got {value}",
                bound.min, bound.max
            ),
        )
    })
}

/// The Talent-Ray MCP server for one API key, over stdio (or any byte stream).
#[derive(Clone)]
pub struct TalentRayMcp {
    inner: Arc<Inner>,
}

struct Inner {
    toolbox: Toolbox,
    caller: Caller,
    /// The tool names last offered, to know when the list changes.
    offered: Mutex<BTreeSet<String>>,
}

impl std::fmt::Debug for TalentRayMcp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TalentRayMcp")
            .field("caller", &self.inner.caller)
            .field("options", self.inner.toolbox.options())
            .finish()
    }
}

impl TalentRayMcp {
    /// Checks the options, reads `/api/v1/me` (role and scopes), and prepares the tool list.
    pub async fn start(client: Client, options: Options) -> Result<TalentRayMcp, StartError> {
        let toolbox = Toolbox::new(options)?;
        let caller = Caller::identify(client)
            .await
            .map_err(StartError::Identity)?;
        let offered = toolbox.offered(&caller);
        tracing::info!(
            role = %caller.principal.role,
            scopes = ?caller.principal.scopes,
            tools = offered.len(),
            "talent-ray-mcp ready"
        );
        Ok(TalentRayMcp {
            inner: Arc::new(Inner {
                toolbox,
                caller,
                offered: Mutex::new(offered),
            }),
        })
    }

    /// The names of the tools offered now.
    pub fn offered(&self) -> BTreeSet<String> {
        self.inner.toolbox.offered(&self.inner.caller)
    }

    /// Recomputes the offer; true when it differs from the last one.
    fn offer_changed(&self) -> bool {
        let now = self.offered();
        let mut last = self.inner.offered.lock().unwrap_or_else(|e| e.into_inner());
        let changed = *last != now;
        *last = now;
        changed
    }
}

impl ServerHandler for TalentRayMcp {
    fn get_info(&self) -> ServerConfig {
        server_config(true)
    }

    /// Versions up to the last one with the `initialize` handshake, where `tools/list_changed`
    /// is an ordinary notification.
    fn supported_protocol_versions(&self) -> std::borrow::Cow<'static, [ProtocolVersion]> {
        std::borrow::Cow::Borrowed(ProtocolVersion::known_up_to(
            &ProtocolVersion::LATEST_WITH_INITIALIZE,
        ))
    }

    async fn list_tools(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListToolsResult, ErrorData> {
        let offered = self.offered();
        let tools = self.inner.toolbox.tools(&offered);
        *self.inner.offered.lock().unwrap_or_else(|e| e.into_inner()) = offered;
        Ok(ListToolsResult::with_all_items(tools))
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        context: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, ErrorData> {
        let Inner {
            toolbox, caller, ..
        } = &*self.inner;
        let result = toolbox
            .call_named(
                caller,
                request.name.as_ref(),
                request.arguments.unwrap_or_default(),
            )
            .await?;
        if self.offer_changed() {
            tracing::info!("the key's scopes changed; tools/list_changed");
            if let Err(error) = context.peer.notify_tool_list_changed().await {
                tracing::warn!(%error, "could not send tools/list_changed");
            }
        }
        Ok(result.into())
    }
}
