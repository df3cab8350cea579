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
    /// Only a key whose owner has the admin role may call it (its documented 403 is the spec's
    /// `AdminForbidden` response).
    pub admin_only: bool,
    /// For a paginated list: its paging parameters and where a page keeps its items.
    pub page_params: Option<PageParams>,
    input_schema_json: &'static str,
    output_schema_json: Option<&'static str>,
    example_args_json: &'static str,
    response_example_json: Option<&'static str>,
}

/// How a paginated [`Operation`] pages, as the spec states it.
///
/// ```
/// let op = talent_ray::Operation::find("listCandidates").unwrap();
/// let pages = op.page_params.as_ref().unwrap();
/// assert_eq!((pages.page, pages.size.name), (Some("page"), "pageSize"));
/// assert_eq!(pages.items, "/data");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct PageParams {
    /// The page-number query parameter (`page`, 0-based), for [`Paging::Offset`].
    pub page: Option<&'static str>,
    /// The cursor query parameter (`before`), for [`Paging::Cursor`].
    pub cursor: Option<&'static str>,
    /// The page-size query parameter and its bounds.
    pub size: PageSize,
    /// JSON pointer to a page's array of items (`/data`).
    pub items: &'static str,
    /// JSON pointer to a page's pagination object (`/pagination`).
    pub pagination: &'static str,
    /// Cursor lists: the row field that tells rows apart (`id`).
    pub row_id: Option<&'static str>,
    /// Cursor lists: the row field the cursor compares (`timestamp`).
    pub row_time: Option<&'static str>,
}

/// A page-size query parameter and the bounds the spec gives it.
///
/// ```
/// let op = talent_ray::Operation::find("getApiKeyUsage").unwrap();
/// let size = &op.page_params.as_ref().unwrap().size;
/// assert!(size.min >= 1 && size.max >= size.min);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct PageSize {
    /// The parameter's name (`pageSize`, `limit`).
    pub name: &'static str,
    /// The smallest value the API accepts.
    pub min: u64,
    /// The largest value the API accepts.
    pub max: u64,
    /// The value the API uses when none is sent, if the spec states it.
    pub default: Option<u64>,
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

    /// The JSON Schema (2020-12) of the arguments [`Client::call`](crate::Client::call) takes for
    /// this operation: every path and query parameter under its spec name, the body under
    /// `body`, with every `$ref` inlined and every constraint, nullability, enum, description,
    /// example and default exactly as the spec states them.
    ///
    /// ```
    /// let op = talent_ray::Operation::find("updateCandidate").unwrap();
    /// let schema = op.input_schema();
    /// assert_eq!(schema["required"], serde_json::json!(["id", "body"]));
    /// assert_eq!(schema["properties"]["body"]["minProperties"], 1);
    /// ```
    pub fn input_schema(&self) -> &'static serde_json::Value {
        self.parsed(0, Some(self.input_schema_json))
            .expect("every operation has an input schema")
    }

    /// The JSON Schema of the success body, `$ref`s inlined; `None` when it has no JSON body.
    ///
    /// ```
    /// let op = talent_ray::Operation::find("getMe").unwrap();
    /// assert!(op.output_schema().unwrap()["properties"]["auth"].is_object());
    /// assert!(talent_ray::Operation::find("deletePotentialCandidate").unwrap().output_schema().is_none());
    /// ```
    pub fn output_schema(&self) -> Option<&'static serde_json::Value> {
        self.parsed(1, self.output_schema_json)
    }

    /// An arguments object for [`Client::call`](crate::Client::call) built from the spec's
    /// examples of the parameters and the body. An argument the spec gives no example for is
    /// absent, so the object may lack required arguments.
    ///
    /// ```
    /// let op = talent_ray::Operation::find("getCandidate").unwrap();
    /// assert!(op.example_args()["id"].is_string());
    /// ```
    pub fn example_args(&self) -> &'static serde_json::Value {
        self.parsed(2, Some(self.example_args_json))
            .expect("every operation has example arguments")
    }

    /// The spec's first example of the success body, if it gives one.
    pub fn response_example(&self) -> Option<&'static serde_json::Value> {
        self.parsed(3, self.response_example_json)
    }

    /// The JSON text `text` of this operation's description part `part`, parsed once.
    fn parsed(
        &self,
        part: usize,
        text: Option<&'static str>,
    ) -> Option<&'static serde_json::Value> {
        use std::sync::OnceLock;
        const PARTS: usize = 4;
        static PARSED: OnceLock<Vec<[OnceLock<Option<serde_json::Value>>; PARTS]>> =
            OnceLock::new();
        let all = PARSED.get_or_init(|| OPERATIONS.iter().map(|_| Default::default()).collect());
        let index = OPERATIONS
            .iter()
            .position(|op| op.operation_id == self.operation_id)?;
        all[index][part]
            .get_or_init(|| {
                text.map(|t| serde_json::from_str(t).expect("codegen wrote valid JSON"))
            })
            .as_ref()
    }
}

include!(concat!(env!("OUT_DIR"), "/operations.rs"));
