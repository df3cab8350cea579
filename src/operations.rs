//! The operation table, generated from the pinned spec: one [`Operation`] per documented endpoint.

/// How an operation pages through a list.
///
/// ```
/// use talent_ray::{OPERATIONS, Paging};
/// let paged: Vec<_> = OPERATIONS.iter().filter(|op| op.paging != Paging::None).map(|op| op.operation_id).collect();
/// assert!(paged.contains(&"listCandidates") && paged.contains(&"getApiKeyUsage"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paging {
    /// Not a paginated list.
    None,
    /// `page` (0-based) and `pageSize` query parameters, answered with `pagination.totalPages`.
    Offset,
    /// A `before` cursor answered with `pagination.nextBefore`.
    Cursor,
}

/// One documented operation, as the spec describes it.
///
/// ```
/// let op = talent_ray::Operation::find("listCandidates").unwrap();
/// assert_eq!(op.path, "/api/v1/candidates");
/// assert_eq!(op.required_scopes, &[talent_ray::Scope::CandidatesRead]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Operation {
    /// The spec's `operationId` (`listCandidates`).
    pub operation_id: &'static str,
    /// The generated method on [`crate::Client`] (`list_candidates`).
    pub method_name: &'static str,
    /// HTTP method.
    pub http_method: reqwest::Method,
    /// Path template (`/api/v1/candidates/{id}`).
    pub path: &'static str,
    /// Scopes the key must carry (`x-required-scopes`); empty when none is named.
    pub required_scopes: &'static [Scope],
    /// `security: []`: no credential is sent.
    pub public: bool,
    /// Safe to repeat after an ambiguous failure (GET, set-style PATCH, DELETE).
    pub idempotent: bool,
    /// How the operation pages.
    pub paging: Paging,
    /// The documented success status.
    pub success_status: u16,
    /// The spec's one-line `summary` (empty when absent).
    pub summary: &'static str,
    /// The spec's `description` (empty when absent).
    pub description: &'static str,
    /// The spec's `tags`, which group operations (`Candidates`, `API Keys`).
    pub tags: &'static [&'static str],
    /// Path and query parameters, in document order.
    pub parameters: &'static [Parameter],
    /// The JSON request body, if the operation takes one.
    pub body: Option<RequestBody>,
}

/// Where a [`Parameter`] goes.
///
/// ```
/// use talent_ray::{Operation, ParamLocation};
/// let op = Operation::find("getCandidate").unwrap();
/// assert!(op.parameters.iter().any(|p| p.name == "id" && p.location == ParamLocation::Path));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamLocation {
    /// A `{name}` segment of the path template.
    Path,
    /// A query-string parameter.
    Query,
}

/// One path or query parameter of an [`Operation`].
///
/// ```
/// let op = talent_ray::Operation::find("listCandidates").unwrap();
/// let size = op.parameters.iter().find(|p| p.name == "pageSize").unwrap();
/// assert!(!size.required);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Parameter {
    /// The spec's name (`pageSize`), also its key in [`Client::call`](crate::Client::call) arguments.
    pub name: &'static str,
    /// Path or query.
    pub location: ParamLocation,
    /// Must be given (path parameters always are).
    pub required: bool,
    /// The spec's `description` (empty when absent).
    pub description: &'static str,
}

/// The JSON request body of an [`Operation`].
///
/// ```
/// let op = talent_ray::Operation::find("updateCandidate").unwrap();
/// assert!(op.body.is_some());
/// assert!(talent_ray::Operation::find("getMe").unwrap().body.is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequestBody {
    /// The spec's `requestBody.required`.
    pub required: bool,
}

impl Operation {
    /// Looks an operation up by `operationId` or generated method name.
    pub fn find(name: &str) -> Option<&'static Operation> {
        OPERATIONS
            .iter()
            .find(|op| op.operation_id == name || op.method_name == name)
    }
}

include!(concat!(env!("OUT_DIR"), "/operations.rs"));
