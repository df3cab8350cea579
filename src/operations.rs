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
