//! The MCP server: `tools/list` offers the tools the key may use, `tools/call` sends them
//! through the SDK, and a scope the server refuses shrinks the list (`tools/list_changed`).

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use rmcp::model::{
    CallToolRequestParams, CallToolResponse, CallToolResult, Implementation, ListToolsResult,
    PaginatedRequestParams, ProtocolVersion, ServerCapabilities, ServerConfig,
};
use rmcp::service::RequestContext;
use rmcp::{ErrorData, RoleServer, ServerHandler};
use serde_json::{Map, Value};
use talent_ray::{Client, Error};

use crate::catalog::{self, ToolEntry};
use crate::principal::Principal;
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

/// The Talent-Ray MCP server for one API key.
#[derive(Clone)]
pub struct TalentRayMcp {
    inner: Arc<Inner>,
}

struct Inner {
    client: Client,
    selection: Selection,
    admin: bool,
    /// The tool names last offered, to know when the list changes.
    offered: Mutex<BTreeSet<String>>,
}

impl std::fmt::Debug for TalentRayMcp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TalentRayMcp")
            .field("client", &self.inner.client)
            .field("options", self.inner.selection.options())
            .field("admin", &self.inner.admin)
            .finish()
    }
}

impl TalentRayMcp {
    /// Checks the options, reads `/api/v1/me` (role and scopes), and prepares the tool list.
    pub async fn start(client: Client, options: Options) -> Result<TalentRayMcp, StartError> {
        let selection = Selection::new(options)?;
        let principal = Principal::fetch(&client)
            .await
            .map_err(StartError::Identity)?;
        let offered = selection::visible(&selection, &principal.scopes, principal.is_admin());
        tracing::info!(
            role = %principal.role,
            scopes = ?principal.scopes,
            tools = offered.len(),
            "talent-ray-mcp ready"
        );
        Ok(TalentRayMcp {
            inner: Arc::new(Inner {
                client,
                selection,
                admin: principal.is_admin(),
                offered: Mutex::new(offered),
            }),
        })
    }

    /// The names of the tools offered now.
    pub fn offered(&self) -> BTreeSet<String> {
        let granted = self.inner.client.granted_scopes().unwrap_or_default();
        selection::visible(&self.inner.selection, &granted, self.inner.admin)
    }

    /// Recomputes the offer; true when it differs from the last one.
    fn offer_changed(&self) -> bool {
        let now = self.offered();
        let mut last = self.inner.offered.lock().unwrap_or_else(|e| e.into_inner());
        let changed = *last != now;
        *last = now;
        changed
    }

    /// Calls one tool; every failure is an `isError` result.
    pub async fn call(&self, entry: &ToolEntry, args: Map<String, Value>) -> CallToolResult {
        if let Some(problem) = check_page_size(entry, &args) {
            return problem;
        }
        let options = self.inner.selection.options();
        let call = self
            .inner
            .client
            .call(entry.operation.operation_id, Value::Object(args.clone()));
        match call.await {
            Ok(response) => shaping::success(
                entry,
                &args,
                response.status,
                response.body,
                options.max_result_bytes,
            ),
            Err(error) => {
                tracing::warn!(tool = entry.name(), %error, "call failed");
                failure::failure(entry.name(), &error)
            }
        }
    }
}

/// Refuses a page size outside the spec's bounds before anything is sent.
fn check_page_size(entry: &ToolEntry, args: &Map<String, Value>) -> Option<CallToolResult> {
    let bound = entry.page_size.as_ref()?;
    let value = args.get(&bound.name)?;
    let ok = value
        .as_u64()
        .is_some_and(|n| (bound.min..=bound.max).contains(&n));
    (!ok).then(|| {
        failure::invalid_argument(
            entry.name(),
            &bound.name,
            &format!(
                "must be an integer from {} to {}, got {value}",
                bound.min, bound.max
            ),
        )
    })
}

impl ServerHandler for TalentRayMcp {
    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(
            ServerCapabilities::builder()
                .enable_tools()
                .enable_tool_list_changed()
                .build(),
        )
        .with_server_info(Implementation::new(
            env!("CARGO_PKG_NAME"),
            env!("CARGO_PKG_VERSION"),
        ))
        .with_instructions(INSTRUCTIONS)
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
        let tools = catalog::all()
            .iter()
            .filter(|e| offered.contains(e.name()))
            .map(|e| e.tool.clone())
            .collect();
        *self.inner.offered.lock().unwrap_or_else(|e| e.into_inner()) = offered;
        Ok(ListToolsResult::with_all_items(tools))
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        context: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, ErrorData> {
        let name = request.name.as_ref();
        let entry = catalog::find(name)
            .filter(|e| self.offered().contains(e.name()))
            .ok_or_else(|| ErrorData::invalid_params(format!("unknown tool {name:?}"), None))?;
        let result = self
            .call(entry, request.arguments.unwrap_or_default())
            .await;
        if self.offer_changed() {
            tracing::info!("the key's scopes changed; tools/list_changed");
            if let Err(error) = context.peer.notify_tool_list_changed().await {
                tracing::warn!(%error, "could not send tools/list_changed");
            }
        }
        Ok(result.into())
    }
}
