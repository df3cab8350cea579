/// A per-key scope, named `resource:action`, from the union of the spec's `x-required-scopes`.
///
/// Parsing a name outside this taxonomy fails ([`UnknownScope`](crate::UnknownScope)); a scope the server reports
/// that the spec does not list is kept as [`Scope::Other`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Scope {
    ///`candidates:read`
    CandidatesRead,
    ///`candidates:write`
    CandidatesWrite,
    ///`cv-screening:read`
    CvScreeningRead,
    ///`pipeline:read`
    PipelineRead,
    ///`roles:read`
    RolesRead,
    ///`roles:write`
    RolesWrite,
    ///`sourcing:read`
    SourcingRead,
    ///`sourcing:write`
    SourcingWrite,
    ///`tests:read`
    TestsRead,
    ///`tests:write`
    TestsWrite,
    /// A scope the server reported that this SDK's spec does not list.
    Other(::std::string::String),
}
impl Scope {
    /// Every scope in the spec's taxonomy.
    pub const ALL: &'static [Scope] = &[
        Scope::CandidatesRead,
        Scope::CandidatesWrite,
        Scope::CvScreeningRead,
        Scope::PipelineRead,
        Scope::RolesRead,
        Scope::RolesWrite,
        Scope::SourcingRead,
        Scope::SourcingWrite,
        Scope::TestsRead,
        Scope::TestsWrite,
    ];
    /// The scope's wire name (`candidates:read`).
    pub fn as_str(&self) -> &str {
        match self {
            Scope::CandidatesRead => "candidates:read",
            Scope::CandidatesWrite => "candidates:write",
            Scope::CvScreeningRead => "cv-screening:read",
            Scope::PipelineRead => "pipeline:read",
            Scope::RolesRead => "roles:read",
            Scope::RolesWrite => "roles:write",
            Scope::SourcingRead => "sourcing:read",
            Scope::SourcingWrite => "sourcing:write",
            Scope::TestsRead => "tests:read",
            Scope::TestsWrite => "tests:write",
            Scope::Other(name) => name.as_str(),
        }
    }
    /// The taxonomy scope with this wire name, if there is one.
    pub fn known(name: &str) -> ::std::option::Option<Scope> {
        match name {
            "candidates:read" => ::std::option::Option::Some(Scope::CandidatesRead),
            "candidates:write" => ::std::option::Option::Some(Scope::CandidatesWrite),
            "cv-screening:read" => ::std::option::Option::Some(Scope::CvScreeningRead),
            "pipeline:read" => ::std::option::Option::Some(Scope::PipelineRead),
            "roles:read" => ::std::option::Option::Some(Scope::RolesRead),
            "roles:write" => ::std::option::Option::Some(Scope::RolesWrite),
            "sourcing:read" => ::std::option::Option::Some(Scope::SourcingRead),
            "sourcing:write" => ::std::option::Option::Some(Scope::SourcingWrite),
            "tests:read" => ::std::option::Option::Some(Scope::TestsRead),
            "tests:write" => ::std::option::Option::Some(Scope::TestsWrite),
            _ => ::std::option::Option::None,
        }
    }
}
/// Every operation in the pinned spec, in document order.
pub const OPERATIONS: &[Operation] = &[
    Operation {
        operation_id: "listApiKeys",
        method_name: "list_api_keys",
        http_method: ::reqwest::Method::GET,
        path: "/api/admin/api-keys",
        required_scopes: &[],
        public: false,
        idempotent: true,
        paging: Paging::None,
        success_status: 200u16,
        summary: "List API keys",
        description: "Retrieve all API keys with their owner and usage metadata.\n\nReturns every API key with owner and usage metadata. The full secret is never returned after creation — only the `start` prefix is shown for display.\n\nRequires an API key whose owner has the `admin` role; no per-key scope applies.",
        tags: &["API Keys"],
        parameters: &[],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "createApiKey",
        method_name: "create_api_key",
        http_method: ::reqwest::Method::POST,
        path: "/api/admin/api-keys",
        required_scopes: &[],
        public: false,
        idempotent: false,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Create an API key",
        description: "Mint a new API key on behalf of a user — for example, to set up a SAP or HRIS integration.\n\nCreates a new API key for a user. The plaintext key is returned **exactly once** in this response — store it securely. The key inherits the target user's role and organization memberships.\n\nRequires an API key whose owner has the `admin` role; no per-key scope applies.",
        tags: &["API Keys"],
        parameters: &[],
        body: ::std::option::Option::Some(RequestBody { required: true }),
    },
    Operation {
        operation_id: "getApiKeyUsage",
        method_name: "get_api_key_usage",
        http_method: ::reqwest::Method::GET,
        path: "/api/admin/api-keys/{id}/usage",
        required_scopes: &[],
        public: false,
        idempotent: true,
        paging: Paging::Cursor,
        success_status: 200u16,
        summary: "Get API key usage",
        description: "Read a cursor-paginated forensic log of requests made with a key — useful for audits.\n\nReturns a cursor-paginated log of requests made with a key, newest first. Use it to answer \"what did this key touch?\" during an audit or incident.\n\nTo fetch the next page, pass `pagination.nextBefore` as the `before` query parameter. When `hasMore` is `false`, there are no more rows.\n\nRequires an API key whose owner has the `admin` role; no per-key scope applies.",
        tags: &["API Keys"],
        parameters: &[
            Parameter {
                name: "id",
                location: ParamLocation::Path,
                required: true,
                description: "The API key ID.",
            },
            Parameter {
                name: "limit",
                location: ParamLocation::Query,
                required: false,
                description: "Rows per page. Default `100`, range 1–500.",
            },
            Parameter {
                name: "before",
                location: ParamLocation::Query,
                required: false,
                description: "ISO 8601 cursor — return rows older than this timestamp. Pass the previous page's `pagination.nextBefore`.",
            },
        ],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "revokeApiKey",
        method_name: "revoke_api_key",
        http_method: ::reqwest::Method::DELETE,
        path: "/api/admin/api-keys/{id}",
        required_scopes: &[],
        public: false,
        idempotent: true,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Revoke an API key",
        description: "Permanently revoke a key so it can no longer authenticate requests.\n\nPermanently revokes a key. Any request using it afterward is rejected. Use this when a key is compromised or no longer needed.\n\nRequires an API key whose owner has the `admin` role; no per-key scope applies.",
        tags: &["API Keys"],
        parameters: &[
            Parameter {
                name: "id",
                location: ParamLocation::Path,
                required: true,
                description: "The API key ID to revoke.",
            },
        ],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "getCareerPortal",
        method_name: "get_career_portal",
        http_method: ::reqwest::Method::GET,
        path: "/api/public/portal/{orgSlug}",
        required_scopes: &[],
        public: true,
        idempotent: true,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Get a career portal",
        description: "List an organization's public career portal — branding and all open roles. No authentication.\n\nReturns an organization's public career portal: its branding/theme and every open, public role. This endpoint is **public** — no API key is required.\n\n**Salary visibility:** each role may include `salaryMin`, `salaryMax`, `salaryCurrency`, and `salaryPeriod`. These are only present when the organization enables salary display (`org.portalTheme.showSalary` is `true`); otherwise they are omitted.",
        tags: &["Career Portal"],
        parameters: &[
            Parameter {
                name: "orgSlug",
                location: ParamLocation::Path,
                required: true,
                description: "The organization's portal slug (e.g. `acme`).",
            },
        ],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "getPublicJob",
        method_name: "get_public_job",
        http_method: ::reqwest::Method::GET,
        path: "/api/public/portal/{orgSlug}/roles/{roleId}",
        required_scopes: &[],
        public: true,
        idempotent: true,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Get a public job",
        description: "Fetch a single open, public role with its organization metadata. No authentication.\n\nReturns a single public, open role together with its organization metadata. This endpoint is **public** — no API key is required. The role must be public and open; otherwise a `404` is returned.\n\nSalary fields are omitted unless `org.portalTheme.showSalary` is `true`.",
        tags: &["Career Portal"],
        parameters: &[
            Parameter {
                name: "orgSlug",
                location: ParamLocation::Path,
                required: true,
                description: "The organization's portal slug.",
            },
            Parameter {
                name: "roleId",
                location: ParamLocation::Path,
                required: true,
                description: "The role ID.",
            },
        ],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "applyToPublicJob",
        method_name: "apply_to_public_job",
        http_method: ::reqwest::Method::POST,
        path: "/api/public/portal/{orgSlug}/apply",
        required_scopes: &[],
        public: true,
        idempotent: false,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Apply to a public job",
        description: "Generate a candidate signup invite link for a public role. No authentication.\n\nGenerates (or reuses) a candidate **signup invitation link** for a public, open role and returns its URL. This endpoint is **public** — no API key is required. Redirect the candidate to the returned `inviteUrl` to start their application.",
        tags: &["Career Portal"],
        parameters: &[
            Parameter {
                name: "orgSlug",
                location: ParamLocation::Path,
                required: true,
                description: "The organization's portal slug.",
            },
        ],
        body: ::std::option::Option::Some(RequestBody { required: true }),
    },
    Operation {
        operation_id: "getMe",
        method_name: "get_me",
        http_method: ::reqwest::Method::GET,
        path: "/api/v1/me",
        required_scopes: &[],
        public: false,
        idempotent: true,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Get the authenticated principal",
        description: "Resolve the current user and, for API-key callers, the key id and its granted scopes.\n\nReturns the authenticated principal. For an API-key caller it also reports the key id and the scopes granted to it — the quickest way to verify a key's auth and scope setup. Works for both API-key and signed-in (session) callers.\n\nFor a session (cookie) caller, `auth.type` is `\"session\"` and there is no `keyId`/`scopes`.\n\nNo per-key scope is required.",
        tags: &["Identity"],
        parameters: &[],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "listCandidates",
        method_name: "list_candidates",
        http_method: ::reqwest::Method::GET,
        path: "/api/v1/candidates",
        required_scopes: &[Scope::CandidatesRead],
        public: false,
        idempotent: true,
        paging: Paging::Offset,
        success_status: 200u16,
        summary: "List candidates",
        description: "Page through candidates in a stable, curated shape.\n\nLists candidates your key can see, in the stable v1 shape. Required scope: `candidates:read`. Visibility is organization-membership based — admins see all; employer-write members see their org's candidates; hiring managers see candidates in roles assigned to them.\n\n`overallFitScore` is `-1` until an assessment has been scored, then `0–100`.",
        tags: &["Candidates"],
        parameters: &[
            Parameter {
                name: "page",
                location: ParamLocation::Query,
                required: false,
                description: "0-indexed page. Default `0`.",
            },
            Parameter {
                name: "pageSize",
                location: ParamLocation::Query,
                required: false,
                description: "Rows per page (max 100). Default `20`.",
            },
            Parameter {
                name: "roleId",
                location: ParamLocation::Query,
                required: false,
                description: "Filter to candidates actively assigned to this role.",
            },
        ],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "getCandidate",
        method_name: "get_candidate",
        http_method: ::reqwest::Method::GET,
        path: "/api/v1/candidates/{id}",
        required_scopes: &[Scope::CandidatesRead],
        public: false,
        idempotent: true,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Get a candidate",
        description: "Fetch one candidate in the curated v1 shape.\n\nFetches a single candidate. Required scope: `candidates:read`. A candidate the key cannot see returns `404` (no existence leak).",
        tags: &["Candidates"],
        parameters: &[
            Parameter {
                name: "id",
                location: ParamLocation::Path,
                required: true,
                description: "The candidate id.",
            },
        ],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "updateCandidate",
        method_name: "update_candidate",
        http_method: ::reqwest::Method::PATCH,
        path: "/api/v1/candidates/{id}",
        required_scopes: &[Scope::CandidatesWrite],
        public: false,
        idempotent: true,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Update a candidate",
        description: "Update a curated set of candidate fields.\n\nUpdates a curated subset of a candidate's fields. Required scope: `candidates:write`. Requires employer-write authority in one of the candidate's organizations (admins bypass; hiring managers are read-only). Send only the fields you want to change — unknown fields are ignored, wrong-typed fields return `400`.",
        tags: &["Candidates"],
        parameters: &[
            Parameter {
                name: "id",
                location: ParamLocation::Path,
                required: true,
                description: "The candidate id.",
            },
        ],
        body: ::std::option::Option::Some(RequestBody { required: true }),
    },
    Operation {
        operation_id: "getCandidateSteps",
        method_name: "get_candidate_steps",
        http_method: ::reqwest::Method::GET,
        path: "/api/v1/candidates/{id}/steps",
        required_scopes: &[Scope::PipelineRead],
        public: false,
        idempotent: true,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Get a candidate's pipeline progress",
        description: "A candidate's step progress across all their roles.\n\nReturns where a candidate stands in their hiring pipeline — their per-step progress across every role they're in. Required scope: `pipeline:read`. The parent candidate must be visible to the key (else `404`). The list is not paginated (it is inherently small, ordered by role then step order).\n\n`status` is one of `locked`, `active`, `completed`, `validated`, `rejected`, `skipped`.",
        tags: &["Pipeline"],
        parameters: &[
            Parameter {
                name: "id",
                location: ParamLocation::Path,
                required: true,
                description: "The candidate id.",
            },
        ],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "listRoles",
        method_name: "list_roles",
        http_method: ::reqwest::Method::GET,
        path: "/api/v1/roles",
        required_scopes: &[Scope::RolesRead],
        public: false,
        idempotent: true,
        paging: Paging::Offset,
        success_status: 200u16,
        summary: "List roles",
        description: "Page through roles (jobs) in a stable, curated shape.\n\nLists roles (jobs) your key can see, in the stable v1 shape. Required scope: `roles:read`. Visibility: admins all; employer-write members see their org's roles (confidential roles only if they're the HR rep or hiring manager); hiring managers see assigned roles.",
        tags: &["Roles"],
        parameters: &[
            Parameter {
                name: "page",
                location: ParamLocation::Query,
                required: false,
                description: "0-indexed page. Default `0`.",
            },
            Parameter {
                name: "pageSize",
                location: ParamLocation::Query,
                required: false,
                description: "Rows per page (max 100). Default `20`.",
            },
            Parameter {
                name: "organizationId",
                location: ParamLocation::Query,
                required: false,
                description: "Filter to a single organization.",
            },
            Parameter {
                name: "status",
                location: ParamLocation::Query,
                required: false,
                description: "Filter by role status.",
            },
        ],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "getRole",
        method_name: "get_role",
        http_method: ::reqwest::Method::GET,
        path: "/api/v1/roles/{id}",
        required_scopes: &[Scope::RolesRead],
        public: false,
        idempotent: true,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Get a role",
        description: "Fetch one role in the curated v1 shape.\n\nFetches a single role (job). Required scope: `roles:read`. A role the key cannot see returns `404` (no existence leak).",
        tags: &["Roles"],
        parameters: &[
            Parameter {
                name: "id",
                location: ParamLocation::Path,
                required: true,
                description: "The role id.",
            },
        ],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "updateRole",
        method_name: "update_role",
        http_method: ::reqwest::Method::PATCH,
        path: "/api/v1/roles/{id}",
        required_scopes: &[Scope::RolesWrite],
        public: false,
        idempotent: true,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Update a role",
        description: "Update a curated set of role fields.\n\nUpdates a curated subset of a role's fields. Required scope: `roles:write`. Requires employer-write authority in the role's organization (admins bypass). Pipeline structure, fit criteria, confidentiality, and assignment fields are intentionally excluded — those stay on the internal product. Send only the fields you want to change.",
        tags: &["Roles"],
        parameters: &[
            Parameter {
                name: "id",
                location: ParamLocation::Path,
                required: true,
                description: "The role id.",
            },
        ],
        body: ::std::option::Option::Some(RequestBody { required: true }),
    },
    Operation {
        operation_id: "getRoleSteps",
        method_name: "get_role_steps",
        http_method: ::reqwest::Method::GET,
        path: "/api/v1/roles/{id}/steps",
        required_scopes: &[Scope::PipelineRead],
        public: false,
        idempotent: true,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Get a role's pipeline template",
        description: "A role's ordered pipeline steps (the template).\n\nReturns the role's pipeline **template** — the ordered list of steps a candidate moves through. Required scope: `pipeline:read`. The parent role must be visible to the key (else `404`). The list is not paginated (small, ordered by step order).\n\n`stepType` is one of `cv_screening`, `ai_assessment`, `interview`, `application_form`, `document_upload`, `offer`, `reference_check`, `contract`, `custom`. `validationType` is `auto`, `manual`, or `score_threshold`.",
        tags: &["Pipeline"],
        parameters: &[
            Parameter {
                name: "id",
                location: ParamLocation::Path,
                required: true,
                description: "The role id.",
            },
        ],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "listTests",
        method_name: "list_tests",
        http_method: ::reqwest::Method::GET,
        path: "/api/v1/tests",
        required_scopes: &[Scope::TestsRead],
        public: false,
        idempotent: true,
        paging: Paging::Offset,
        success_status: 200u16,
        summary: "List tests",
        description: "Page through assessment tests in a stable, curated shape.\n\nLists assessment tests in the stable v1 shape. The question **content is never included** — only metadata. Required scope: `tests:read`. Visibility: admins all; everyone else sees their org's tests plus platform-global (public) tests.\n\n`isPublic` is `true` when the test has no linked organization (a platform-global template). `duration` is in minutes.",
        tags: &["Tests"],
        parameters: &[
            Parameter {
                name: "page",
                location: ParamLocation::Query,
                required: false,
                description: "0-indexed page. Default `0`.",
            },
            Parameter {
                name: "pageSize",
                location: ParamLocation::Query,
                required: false,
                description: "Rows per page (max 100). Default `20`.",
            },
            Parameter {
                name: "type",
                location: ParamLocation::Query,
                required: false,
                description: "Filter by test type.",
            },
            Parameter {
                name: "analysisCategory",
                location: ParamLocation::Query,
                required: false,
                description: "Filter by analysis category.",
            },
            Parameter {
                name: "language",
                location: ParamLocation::Query,
                required: false,
                description: "Filter by language (ISO 639-1).",
            },
        ],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "getTest",
        method_name: "get_test",
        http_method: ::reqwest::Method::GET,
        path: "/api/v1/tests/{id}",
        required_scopes: &[Scope::TestsRead],
        public: false,
        idempotent: true,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Get a test",
        description: "Fetch one test's metadata in the curated v1 shape.\n\nFetches a single test's metadata (never the question `content`). Required scope: `tests:read`. A test the key cannot see returns `404`.",
        tags: &["Tests"],
        parameters: &[
            Parameter {
                name: "id",
                location: ParamLocation::Path,
                required: true,
                description: "The test id.",
            },
        ],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "updateTest",
        method_name: "update_test",
        http_method: ::reqwest::Method::PATCH,
        path: "/api/v1/tests/{id}",
        required_scopes: &[Scope::TestsWrite],
        public: false,
        idempotent: true,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Update a test",
        description: "Update a curated set of test metadata fields.\n\nUpdates a curated subset of a test's **metadata** — never the question `content`. Required scope: `tests:write`. Requires employer-write authority in one of the test's organizations (admins bypass; platform-global tests with no organization are admin-only). Send only the fields you want to change.",
        tags: &["Tests"],
        parameters: &[
            Parameter {
                name: "id",
                location: ParamLocation::Path,
                required: true,
                description: "The test id.",
            },
        ],
        body: ::std::option::Option::Some(RequestBody { required: true }),
    },
    Operation {
        operation_id: "listPotentialCandidates",
        method_name: "list_potential_candidates",
        http_method: ::reqwest::Method::GET,
        path: "/api/v1/sourcing",
        required_scopes: &[Scope::SourcingRead],
        public: false,
        idempotent: true,
        paging: Paging::Offset,
        success_status: 200u16,
        summary: "List potential candidates",
        description: "Page through sourced/CV-screened leads.\n\nLists potential candidates — sourced or CV-screened **leads** that exist before a candidate creates an account. Required scope: `sourcing:read`. Visibility: admins all; everyone else sees leads linked to an organization they belong to.\n\n`email` is parsed from the CV; `contactEmail` is the account email used for invitations. `candidateId` is set once the lead is converted into a candidate. Fit scores are `-1` until screened/scored.",
        tags: &["Sourcing"],
        parameters: &[
            Parameter {
                name: "page",
                location: ParamLocation::Query,
                required: false,
                description: "0-indexed page. Default `0`.",
            },
            Parameter {
                name: "pageSize",
                location: ParamLocation::Query,
                required: false,
                description: "Rows per page (max 100). Default `20`.",
            },
            Parameter {
                name: "roleId",
                location: ParamLocation::Query,
                required: false,
                description: "Filter to leads linked to this role.",
            },
            Parameter {
                name: "status",
                location: ParamLocation::Query,
                required: false,
                description: "Filter by lead status.",
            },
        ],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "createPotentialCandidate",
        method_name: "create_potential_candidate",
        http_method: ::reqwest::Method::POST,
        path: "/api/v1/sourcing",
        required_scopes: &[Scope::SourcingWrite],
        public: false,
        idempotent: false,
        paging: Paging::None,
        success_status: 201u16,
        summary: "Create a potential candidate",
        description: "Create a sourced lead in an organization.\n\nCreates a potential candidate (lead) in a target organization. Required scope: `sourcing:write`. Requires employer-write authority in `organizationId` (admins bypass) and that the organization exists. The lead is linked to that organization on creation.",
        tags: &["Sourcing"],
        parameters: &[],
        body: ::std::option::Option::Some(RequestBody { required: true }),
    },
    Operation {
        operation_id: "getPotentialCandidate",
        method_name: "get_potential_candidate",
        http_method: ::reqwest::Method::GET,
        path: "/api/v1/sourcing/{id}",
        required_scopes: &[Scope::SourcingRead],
        public: false,
        idempotent: true,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Get a potential candidate",
        description: "Fetch one sourced lead in the curated v1 shape.\n\nFetches a single potential candidate (lead). Required scope: `sourcing:read`. A lead the key cannot see returns `404` (no existence leak).",
        tags: &["Sourcing"],
        parameters: &[
            Parameter {
                name: "id",
                location: ParamLocation::Path,
                required: true,
                description: "The potential-candidate id.",
            },
        ],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "deletePotentialCandidate",
        method_name: "delete_potential_candidate",
        http_method: ::reqwest::Method::DELETE,
        path: "/api/v1/sourcing/{id}",
        required_scopes: &[Scope::SourcingWrite],
        public: false,
        idempotent: true,
        paging: Paging::None,
        success_status: 204u16,
        summary: "Delete a potential candidate",
        description: "Permanently delete a sourced lead.\n\nPermanently deletes a potential candidate. The delete cascades to its role and organization links. Required scope: `sourcing:write`. Requires employer-write authority in one of the lead's organizations (admins bypass). A role-activity audit entry is recorded for each active role before deletion.",
        tags: &["Sourcing"],
        parameters: &[
            Parameter {
                name: "id",
                location: ParamLocation::Path,
                required: true,
                description: "The potential-candidate id.",
            },
        ],
        body: ::std::option::Option::None,
    },
    Operation {
        operation_id: "updatePotentialCandidate",
        method_name: "update_potential_candidate",
        http_method: ::reqwest::Method::PATCH,
        path: "/api/v1/sourcing/{id}",
        required_scopes: &[Scope::SourcingWrite],
        public: false,
        idempotent: true,
        paging: Paging::None,
        success_status: 200u16,
        summary: "Update a potential candidate",
        description: "Update a curated set of lead fields.\n\nUpdates a curated subset of a potential candidate's fields. Required scope: `sourcing:write`. Requires employer-write authority in one of the lead's organizations (admins bypass). Send only the fields you want to change.",
        tags: &["Sourcing"],
        parameters: &[
            Parameter {
                name: "id",
                location: ParamLocation::Path,
                required: true,
                description: "The potential-candidate id.",
            },
        ],
        body: ::std::option::Option::Some(RequestBody { required: true }),
    },
    Operation {
        operation_id: "getCvScreeningBatch",
        method_name: "get_cv_screening_batch",
        http_method: ::reqwest::Method::GET,
        path: "/api/v1/cv-screening/batches/{batchId}",
        required_scopes: &[Scope::CvScreeningRead],
        public: false,
        idempotent: true,
        paging: Paging::Offset,
        success_status: 200u16,
        summary: "Get a CV-screening batch",
        description: "Batch processing status plus per-member screening results.\n\nReturns a CV-screening batch's **processing status** together with its per-member results (each member uses the potential-candidate shape). Required scope: `cv-screening:read`. Only batch members linked to an organization the key can see are counted and returned; a batch with no visible members returns `404`.\n\n`status` is `processing` while any member is still being processed, otherwise `completed`. Poll this endpoint after an upload to track completion.",
        tags: &["CV Screening"],
        parameters: &[
            Parameter {
                name: "batchId",
                location: ParamLocation::Path,
                required: true,
                description: "The CV-screening batch id.",
            },
            Parameter {
                name: "page",
                location: ParamLocation::Query,
                required: false,
                description: "0-indexed page of members. Default `0`.",
            },
            Parameter {
                name: "pageSize",
                location: ParamLocation::Query,
                required: false,
                description: "Members per page (max 100). Default `20`.",
            },
        ],
        body: ::std::option::Option::None,
    },
];
/// Decodes `body` as the generated type the spec documents for this operation and status;
/// `None` when the spec documents no JSON body there. Used by contract tests.
#[doc(hidden)]
pub fn decode_documented(
    operation_id: &str,
    status: u16,
    body: &::serde_json::Value,
) -> ::std::option::Option<::std::result::Result<(), ::serde_json::Error>> {
    match (operation_id, status) {
        ("listApiKeys", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<
                    crate::types::ApiKeyListResponse,
                >(body.clone())
                    .map(drop),
            )
        }
        ("listApiKeys", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("listApiKeys", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("listApiKeys", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("createApiKey", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<
                    crate::types::CreateApiKeyResponse,
                >(body.clone())
                    .map(drop),
            )
        }
        ("createApiKey", 400u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("createApiKey", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("createApiKey", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("createApiKey", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("createApiKey", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("getApiKeyUsage", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<
                    crate::types::ApiKeyUsageResponse,
                >(body.clone())
                    .map(drop),
            )
        }
        ("getApiKeyUsage", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("getApiKeyUsage", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("getApiKeyUsage", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("getApiKeyUsage", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("revokeApiKey", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<
                    crate::types::RevokeApiKeyResponse,
                >(body.clone())
                    .map(drop),
            )
        }
        ("revokeApiKey", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("revokeApiKey", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("revokeApiKey", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("revokeApiKey", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("getCareerPortal", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::CareerPortal>(body.clone())
                    .map(drop),
            )
        }
        ("getCareerPortal", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("getCareerPortal", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("getPublicJob", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::PublicJob>(body.clone())
                    .map(drop),
            )
        }
        ("getPublicJob", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("getPublicJob", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("applyToPublicJob", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::PublicApplication>(body.clone())
                    .map(drop),
            )
        }
        ("applyToPublicJob", 400u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("applyToPublicJob", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("applyToPublicJob", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::LegacyError>(body.clone())
                    .map(drop),
            )
        }
        ("getMe", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::Me>(body.clone()).map(drop),
            )
        }
        ("getMe", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getMe", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getMe", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listCandidates", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::CandidateList>(body.clone())
                    .map(drop),
            )
        }
        ("listCandidates", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listCandidates", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listCandidates", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listCandidates", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getCandidate", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::Candidate>(body.clone())
                    .map(drop),
            )
        }
        ("getCandidate", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getCandidate", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getCandidate", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getCandidate", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getCandidate", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateCandidate", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::Candidate>(body.clone())
                    .map(drop),
            )
        }
        ("updateCandidate", 400u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateCandidate", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateCandidate", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateCandidate", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateCandidate", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateCandidate", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getCandidateSteps", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::CandidateStepList>(body.clone())
                    .map(drop),
            )
        }
        ("getCandidateSteps", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getCandidateSteps", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getCandidateSteps", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getCandidateSteps", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getCandidateSteps", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listRoles", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::RoleList>(body.clone())
                    .map(drop),
            )
        }
        ("listRoles", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listRoles", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listRoles", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listRoles", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getRole", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::Role>(body.clone()).map(drop),
            )
        }
        ("getRole", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getRole", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getRole", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getRole", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getRole", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateRole", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::Role>(body.clone()).map(drop),
            )
        }
        ("updateRole", 400u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateRole", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateRole", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateRole", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateRole", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateRole", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getRoleSteps", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::RoleStepList>(body.clone())
                    .map(drop),
            )
        }
        ("getRoleSteps", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getRoleSteps", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getRoleSteps", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getRoleSteps", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getRoleSteps", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listTests", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::TestList>(body.clone())
                    .map(drop),
            )
        }
        ("listTests", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listTests", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listTests", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listTests", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getTest", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::Test>(body.clone()).map(drop),
            )
        }
        ("getTest", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getTest", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getTest", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getTest", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getTest", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateTest", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::Test>(body.clone()).map(drop),
            )
        }
        ("updateTest", 400u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateTest", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateTest", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateTest", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateTest", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updateTest", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listPotentialCandidates", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<
                    crate::types::PotentialCandidateList,
                >(body.clone())
                    .map(drop),
            )
        }
        ("listPotentialCandidates", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listPotentialCandidates", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listPotentialCandidates", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("listPotentialCandidates", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("createPotentialCandidate", 201u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<
                    crate::types::PotentialCandidate,
                >(body.clone())
                    .map(drop),
            )
        }
        ("createPotentialCandidate", 400u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("createPotentialCandidate", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("createPotentialCandidate", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("createPotentialCandidate", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("createPotentialCandidate", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getPotentialCandidate", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<
                    crate::types::PotentialCandidate,
                >(body.clone())
                    .map(drop),
            )
        }
        ("getPotentialCandidate", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getPotentialCandidate", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getPotentialCandidate", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getPotentialCandidate", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getPotentialCandidate", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("deletePotentialCandidate", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("deletePotentialCandidate", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("deletePotentialCandidate", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("deletePotentialCandidate", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("deletePotentialCandidate", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updatePotentialCandidate", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<
                    crate::types::PotentialCandidate,
                >(body.clone())
                    .map(drop),
            )
        }
        ("updatePotentialCandidate", 400u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updatePotentialCandidate", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updatePotentialCandidate", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updatePotentialCandidate", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updatePotentialCandidate", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("updatePotentialCandidate", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getCvScreeningBatch", 200u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::CvScreeningBatch>(body.clone())
                    .map(drop),
            )
        }
        ("getCvScreeningBatch", 401u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getCvScreeningBatch", 403u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getCvScreeningBatch", 404u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getCvScreeningBatch", 429u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        ("getCvScreeningBatch", 500u16) => {
            ::std::option::Option::Some(
                ::serde_json::from_value::<crate::types::V1Error>(body.clone()).map(drop),
            )
        }
        _ => ::std::option::Option::None,
    }
}
