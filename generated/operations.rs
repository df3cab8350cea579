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
        admin_only: true,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"Legacy success envelope around every API key.\",\"required\":[\"success\",\"data\"],\"properties\":{\"success\":{\"type\":\"boolean\",\"const\":true,\"description\":\"Always `true` on success.\"},\"data\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"description\":\"An API key with owner and usage metadata. The full secret is never returned after creation — only `start` is shown for display.\",\"required\":[\"id\",\"name\",\"prefix\",\"start\",\"enabled\",\"createdAt\",\"updatedAt\",\"lastRequest\",\"expiresAt\",\"requestCount\",\"owner\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Key ID.\",\"examples\":[\"apikey_xyz789\"]},\"name\":{\"type\":[\"string\",\"null\"],\"description\":\"Label set at creation.\",\"examples\":[\"Karaca SAP nightly sync\"]},\"prefix\":{\"type\":\"string\",\"const\":\"tr_\",\"description\":\"Always `tr_`.\"},\"start\":{\"type\":\"string\",\"description\":\"First characters of the key, for display.\",\"examples\":[\"tr_aaaa\"]},\"enabled\":{\"type\":\"boolean\",\"description\":\"Whether the key is active.\"},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-04T10:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-04T10:00:00Z\"]},\"lastRequest\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp of last use.\",\"examples\":[\"2026-06-04T15:30:45Z\"]},\"expiresAt\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\",\"description\":\"ISO 8601 expiry.\",\"examples\":[\"2026-09-03T12:00:00Z\"]},\"requestCount\":{\"type\":\"integer\",\"description\":\"Lifetime request count.\",\"minimum\":0,\"examples\":[1250]},\"owner\":{\"type\":\"object\",\"description\":\"The user the key acts as.\",\"required\":[\"id\",\"email\",\"name\",\"platformRole\",\"orgRole\",\"organizationId\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"User ID.\",\"examples\":[\"user_abc123\"]},\"email\":{\"type\":\"string\",\"description\":\"User email.\",\"examples\":[\"admin@company.com\"]},\"name\":{\"type\":\"string\",\"description\":\"User name.\",\"examples\":[\"Admin User\"]},\"platformRole\":{\"type\":\"string\",\"description\":\"The owner's platform role (e.g. `admin`).\",\"examples\":[\"admin\"]},\"orgRole\":{\"type\":[\"string\",\"null\"],\"description\":\"The owner's organization role, if any.\"},\"organizationId\":{\"type\":[\"string\",\"null\"],\"description\":\"The owner's organization, if any.\"}}}}}}}}",
        ),
        example_args_json: "{}",
        response_example_json: ::std::option::Option::Some(
            "{\"success\":true,\"data\":[{\"id\":\"apikey_xyz789\",\"name\":\"Karaca SAP nightly sync\",\"prefix\":\"tr_\",\"start\":\"tr_aaaa\",\"enabled\":true,\"createdAt\":\"2026-06-04T10:00:00Z\",\"updatedAt\":\"2026-06-04T10:00:00Z\",\"lastRequest\":\"2026-06-04T15:30:45Z\",\"expiresAt\":\"2026-09-03T12:00:00Z\",\"requestCount\":1250,\"owner\":{\"id\":\"user_abc123\",\"email\":\"admin@company.com\",\"name\":\"Admin User\",\"platformRole\":\"admin\",\"orgRole\":null,\"organizationId\":null}}]}",
        ),
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
        admin_only: true,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"body\":{\"type\":\"object\",\"description\":\"Request body of *Create an API key*.\",\"required\":[\"name\",\"userId\"],\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"Human-readable label (max 255 chars).\",\"maxLength\":255,\"examples\":[\"Karaca SAP nightly sync\"]},\"userId\":{\"type\":\"string\",\"description\":\"ID of the user the key acts as. Must exist.\",\"examples\":[\"user_abc123\"]},\"expiresInDays\":{\"type\":\"integer\",\"description\":\"Days until expiry. Default `90`, range 1–365.\",\"minimum\":1,\"maximum\":365,\"default\":90,\"examples\":[30]}},\"examples\":[{\"name\":\"Karaca SAP nightly sync\",\"userId\":\"user_abc123\",\"expiresInDays\":30}]}},\"required\":[\"body\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"Legacy success envelope around the created key.\",\"required\":[\"success\",\"data\"],\"properties\":{\"success\":{\"type\":\"boolean\",\"const\":true,\"description\":\"Always `true` on success.\"},\"data\":{\"type\":\"object\",\"description\":\"A newly minted API key, including its plaintext `key` (returned only in the creation response).\",\"required\":[\"id\",\"name\",\"key\",\"prefix\",\"start\",\"expiresAt\",\"userId\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"The key's ID — use it to revoke or audit the key.\",\"examples\":[\"apikey_xyz789\"]},\"name\":{\"type\":\"string\",\"description\":\"Label set at creation.\",\"examples\":[\"Karaca SAP nightly sync\"]},\"key\":{\"type\":\"string\",\"description\":\"The plaintext key. Shown once: it is stored hashed and can never be retrieved again. 67 characters: the `tr_` prefix plus 64 characters.\",\"minLength\":67,\"maxLength\":67,\"pattern\":\"^tr_\",\"examples\":[\"tr_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"]},\"prefix\":{\"type\":\"string\",\"const\":\"tr_\",\"description\":\"Always `tr_`.\"},\"start\":{\"type\":\"string\",\"description\":\"First characters, for display.\",\"examples\":[\"tr_aaaa\"]},\"expiresAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 expiry timestamp.\",\"examples\":[\"2026-09-03T12:00:00Z\"]},\"userId\":{\"type\":\"string\",\"description\":\"The owner the key acts as.\",\"examples\":[\"user_abc123\"]}}}}}",
        ),
        example_args_json: "{\"body\":{\"name\":\"Karaca SAP nightly sync\",\"userId\":\"user_abc123\",\"expiresInDays\":30}}",
        response_example_json: ::std::option::Option::Some(
            "{\"success\":true,\"data\":{\"id\":\"apikey_xyz789\",\"name\":\"Karaca SAP nightly sync\",\"key\":\"tr_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"prefix\":\"tr_\",\"start\":\"tr_aaaa\",\"expiresAt\":\"2026-09-03T12:00:00Z\",\"userId\":\"user_abc123\"}}",
        ),
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
        admin_only: true,
        page_params: ::std::option::Option::Some(PageParams {
            page: ::std::option::Option::None,
            cursor: ::std::option::Option::Some("before"),
            size: PageSize {
                name: "limit",
                min: 1u64,
                max: 500u64,
                default: ::std::option::Option::Some(100u64),
            },
            items: "/data/rows",
            pagination: "/data/pagination",
            row_id: ::std::option::Option::Some("id"),
            row_time: ::std::option::Option::Some("timestamp"),
        }),
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"The API key ID.\",\"examples\":[\"apikey_xyz789\"]},\"limit\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":500,\"default\":100,\"description\":\"Rows per page. Default `100`, range 1–500.\",\"examples\":[50]},\"before\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 cursor — return rows older than this timestamp. Pass the previous page's `pagination.nextBefore`.\",\"examples\":[\"2026-06-04T15:20:00Z\"]}},\"required\":[\"id\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"Legacy success envelope around a page of the usage log.\",\"required\":[\"success\",\"data\"],\"properties\":{\"success\":{\"type\":\"boolean\",\"const\":true,\"description\":\"Always `true` on success.\"},\"data\":{\"type\":\"object\",\"description\":\"A page of a key's forensic usage log.\",\"required\":[\"key\",\"rows\",\"pagination\"],\"properties\":{\"key\":{\"type\":\"object\",\"description\":\"The audited key, as summarized in the usage log.\",\"required\":[\"id\",\"name\",\"createdAt\",\"lastRequest\",\"requestCount\",\"owner\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Key ID.\",\"examples\":[\"apikey_xyz789\"]},\"name\":{\"type\":[\"string\",\"null\"],\"description\":\"Label set at creation.\",\"examples\":[\"Karaca SAP nightly sync\"]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-04T10:00:00Z\"]},\"lastRequest\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp of last use.\",\"examples\":[\"2026-06-04T15:30:45Z\"]},\"requestCount\":{\"type\":\"integer\",\"description\":\"Lifetime request count.\",\"minimum\":0,\"examples\":[1250]},\"owner\":{\"type\":\"object\",\"description\":\"Short form of the user a key acts as.\",\"required\":[\"id\",\"email\",\"name\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"User ID.\",\"examples\":[\"user_abc123\"]},\"email\":{\"type\":\"string\",\"description\":\"User email.\",\"examples\":[\"admin@company.com\"]},\"name\":{\"type\":\"string\",\"description\":\"User name.\",\"examples\":[\"Admin User\"]}}}}},\"rows\":{\"type\":\"array\",\"description\":\"Requests made with the key, newest first.\",\"items\":{\"type\":\"object\",\"description\":\"One request made with an API key.\",\"required\":[\"id\",\"timestamp\",\"method\",\"path\",\"ip\",\"userAgent\",\"authEndpoint\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Usage-row ID.\",\"examples\":[\"usage_001\"]},\"timestamp\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"When the request was made (ISO 8601, UTC).\",\"examples\":[\"2026-06-04T15:30:45Z\"]},\"method\":{\"type\":\"string\",\"description\":\"HTTP method of the request.\",\"examples\":[\"POST\"]},\"path\":{\"type\":\"string\",\"description\":\"Request path.\",\"examples\":[\"/api/admin/api-keys\"]},\"ip\":{\"type\":[\"string\",\"null\"],\"description\":\"Client IP address.\",\"examples\":[\"192.0.2.100\"]},\"userAgent\":{\"type\":[\"string\",\"null\"],\"description\":\"Client `User-Agent`.\",\"examples\":[\"curl/7.68.0\"]},\"authEndpoint\":{\"type\":\"string\",\"description\":\"Authentication endpoint through which the key was verified.\",\"examples\":[\"/get-session\"]}}}},\"pagination\":{\"type\":\"object\",\"description\":\"Cursor pagination (API-key usage log), newest first.\",\"required\":[\"limit\",\"hasMore\"],\"properties\":{\"limit\":{\"type\":\"integer\",\"description\":\"Rows per page.\",\"minimum\":1,\"maximum\":500,\"examples\":[50]},\"hasMore\":{\"type\":\"boolean\",\"description\":\"Whether older rows exist. When `false`, you have reached the end.\"},\"nextBefore\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\",\"description\":\"Pass as the `before` query parameter to fetch the next (older) page.\",\"examples\":[\"2026-06-04T15:20:00Z\"]}}}}}}}",
        ),
        example_args_json: "{\"id\":\"apikey_xyz789\",\"limit\":50,\"before\":\"2026-06-04T15:20:00Z\"}",
        response_example_json: ::std::option::Option::Some(
            "{\"success\":true,\"data\":{\"key\":{\"id\":\"apikey_xyz789\",\"name\":\"Karaca SAP nightly sync\",\"createdAt\":\"2026-06-04T10:00:00Z\",\"lastRequest\":\"2026-06-04T15:30:45Z\",\"requestCount\":1250,\"owner\":{\"id\":\"user_abc123\",\"email\":\"admin@company.com\",\"name\":\"Admin User\"}},\"rows\":[{\"id\":\"usage_001\",\"timestamp\":\"2026-06-04T15:30:45Z\",\"method\":\"POST\",\"path\":\"/api/admin/api-keys\",\"ip\":\"192.0.2.100\",\"userAgent\":\"curl/7.68.0\",\"authEndpoint\":\"/get-session\"}],\"pagination\":{\"limit\":50,\"hasMore\":true,\"nextBefore\":\"2026-06-04T15:20:00Z\"}}}",
        ),
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
        admin_only: true,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"The API key ID to revoke.\",\"examples\":[\"apikey_xyz789\"]}},\"required\":[\"id\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"Legacy success envelope with no payload.\",\"required\":[\"success\"],\"properties\":{\"success\":{\"type\":\"boolean\",\"const\":true,\"description\":\"Always `true` on success.\"}}}",
        ),
        example_args_json: "{\"id\":\"apikey_xyz789\"}",
        response_example_json: ::std::option::Option::Some("{\"success\":true}"),
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"orgSlug\":{\"type\":\"string\",\"description\":\"The organization's portal slug (e.g. `acme`).\",\"examples\":[\"acme\"]}},\"required\":[\"orgSlug\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"An organization's public career portal: branding/theme and every open, public role.\",\"required\":[\"org\",\"roles\"],\"properties\":{\"org\":{\"type\":\"object\",\"description\":\"Portal branding and metadata.\",\"required\":[\"name\",\"logo\",\"slug\",\"domain\",\"portalTheme\"],\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"Organization name.\",\"examples\":[\"Acme Inc.\"]},\"logo\":{\"type\":[\"string\",\"null\"],\"description\":\"Logo URL.\",\"examples\":[\"https://.../logo.png\"]},\"slug\":{\"type\":\"string\",\"description\":\"Portal slug.\",\"examples\":[\"acme\"]},\"domain\":{\"type\":[\"string\",\"null\"],\"description\":\"Organization domain.\",\"examples\":[\"acme.com\"]},\"portalTheme\":{\"type\":\"object\",\"description\":\"Career-portal theme.\",\"required\":[\"showSalary\"],\"properties\":{\"primaryColor\":{\"type\":\"string\",\"description\":\"Brand colour.\",\"examples\":[\"#4F1AD6\"]},\"showSalary\":{\"type\":\"boolean\",\"description\":\"Whether salary fields are included on roles.\"}}}}},\"roles\":{\"type\":\"array\",\"description\":\"All open, public roles for the org.\",\"items\":{\"type\":\"object\",\"description\":\"An open, public role as shown on the career portal. Salary fields are omitted unless the organization enables salary display.\",\"required\":[\"id\",\"name\",\"description\",\"department\",\"location\",\"workType\",\"collarType\",\"createdAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Role ID.\",\"examples\":[\"clx123abc\"]},\"name\":{\"type\":\"string\",\"description\":\"Role title.\",\"examples\":[\"Senior Backend Engineer\"]},\"description\":{\"type\":[\"object\",\"null\"],\"description\":\"Role description as a JSON document (an object, not a string).\"},\"department\":{\"type\":[\"string\",\"null\"],\"description\":\"Department.\",\"examples\":[\"Engineering\"]},\"location\":{\"type\":[\"string\",\"null\"],\"description\":\"Location.\",\"examples\":[\"Remote\"]},\"workType\":{\"type\":[\"string\",\"null\"],\"enum\":[\"remote\",\"hybrid\",\"onsite\",null],\"description\":\"Work arrangement: `remote`, `hybrid`, or `onsite`.\",\"examples\":[\"remote\"]},\"collarType\":{\"type\":[\"string\",\"null\"],\"enum\":[\"white\",\"gray\",\"blue\",null],\"description\":\"Collar type: `white`, `gray`, or `blue`.\",\"examples\":[\"white\"]},\"salaryMin\":{\"type\":[\"integer\",\"null\"],\"description\":\"Salary band minimum. Present only when `org.portalTheme.showSalary` is `true`.\",\"examples\":[90000]},\"salaryMax\":{\"type\":[\"integer\",\"null\"],\"description\":\"Salary band maximum. Present only when `org.portalTheme.showSalary` is `true`.\",\"examples\":[120000]},\"salaryCurrency\":{\"type\":[\"string\",\"null\"],\"description\":\"Salary currency. Present only when `org.portalTheme.showSalary` is `true`.\",\"examples\":[\"EUR\"]},\"salaryPeriod\":{\"type\":[\"string\",\"null\"],\"description\":\"Salary period. Present only when `org.portalTheme.showSalary` is `true`.\",\"examples\":[\"year\"]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T09:00:00Z\"]}}}}}}",
        ),
        example_args_json: "{\"orgSlug\":\"acme\"}",
        response_example_json: ::std::option::Option::Some(
            "{\"org\":{\"name\":\"Acme Inc.\",\"logo\":\"https://.../logo.png\",\"slug\":\"acme\",\"domain\":\"acme.com\",\"portalTheme\":{\"primaryColor\":\"#4F1AD6\",\"showSalary\":true}},\"roles\":[{\"id\":\"clx123abc\",\"name\":\"Senior Backend Engineer\",\"description\":{},\"department\":\"Engineering\",\"location\":\"Remote\",\"workType\":\"remote\",\"collarType\":\"white\",\"salaryMin\":90000,\"salaryMax\":120000,\"salaryCurrency\":\"EUR\",\"salaryPeriod\":\"year\",\"createdAt\":\"2026-06-01T09:00:00Z\"}]}",
        ),
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"orgSlug\":{\"type\":\"string\",\"description\":\"The organization's portal slug.\",\"examples\":[\"acme\"]},\"roleId\":{\"type\":\"string\",\"description\":\"The role ID.\",\"examples\":[\"clx123abc\"]}},\"required\":[\"orgSlug\",\"roleId\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"A single open, public role with its organization metadata.\",\"required\":[\"org\",\"role\"],\"properties\":{\"org\":{\"type\":\"object\",\"description\":\"Portal branding and metadata.\",\"required\":[\"name\",\"logo\",\"slug\",\"domain\",\"portalTheme\"],\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"Organization name.\",\"examples\":[\"Acme Inc.\"]},\"logo\":{\"type\":[\"string\",\"null\"],\"description\":\"Logo URL.\",\"examples\":[\"https://.../logo.png\"]},\"slug\":{\"type\":\"string\",\"description\":\"Portal slug.\",\"examples\":[\"acme\"]},\"domain\":{\"type\":[\"string\",\"null\"],\"description\":\"Organization domain.\",\"examples\":[\"acme.com\"]},\"portalTheme\":{\"type\":\"object\",\"description\":\"Career-portal theme.\",\"required\":[\"showSalary\"],\"properties\":{\"primaryColor\":{\"type\":\"string\",\"description\":\"Brand colour.\",\"examples\":[\"#4F1AD6\"]},\"showSalary\":{\"type\":\"boolean\",\"description\":\"Whether salary fields are included on roles.\"}}}}},\"role\":{\"type\":\"object\",\"description\":\"An open, public role as shown on the career portal. Salary fields are omitted unless the organization enables salary display.\",\"required\":[\"id\",\"name\",\"description\",\"department\",\"location\",\"workType\",\"collarType\",\"createdAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Role ID.\",\"examples\":[\"clx123abc\"]},\"name\":{\"type\":\"string\",\"description\":\"Role title.\",\"examples\":[\"Senior Backend Engineer\"]},\"description\":{\"type\":[\"object\",\"null\"],\"description\":\"Role description as a JSON document (an object, not a string).\"},\"department\":{\"type\":[\"string\",\"null\"],\"description\":\"Department.\",\"examples\":[\"Engineering\"]},\"location\":{\"type\":[\"string\",\"null\"],\"description\":\"Location.\",\"examples\":[\"Remote\"]},\"workType\":{\"type\":[\"string\",\"null\"],\"enum\":[\"remote\",\"hybrid\",\"onsite\",null],\"description\":\"Work arrangement: `remote`, `hybrid`, or `onsite`.\",\"examples\":[\"remote\"]},\"collarType\":{\"type\":[\"string\",\"null\"],\"enum\":[\"white\",\"gray\",\"blue\",null],\"description\":\"Collar type: `white`, `gray`, or `blue`.\",\"examples\":[\"white\"]},\"salaryMin\":{\"type\":[\"integer\",\"null\"],\"description\":\"Salary band minimum. Present only when `org.portalTheme.showSalary` is `true`.\",\"examples\":[90000]},\"salaryMax\":{\"type\":[\"integer\",\"null\"],\"description\":\"Salary band maximum. Present only when `org.portalTheme.showSalary` is `true`.\",\"examples\":[120000]},\"salaryCurrency\":{\"type\":[\"string\",\"null\"],\"description\":\"Salary currency. Present only when `org.portalTheme.showSalary` is `true`.\",\"examples\":[\"EUR\"]},\"salaryPeriod\":{\"type\":[\"string\",\"null\"],\"description\":\"Salary period. Present only when `org.portalTheme.showSalary` is `true`.\",\"examples\":[\"year\"]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T09:00:00Z\"]}}}}}",
        ),
        example_args_json: "{\"orgSlug\":\"acme\",\"roleId\":\"clx123abc\"}",
        response_example_json: ::std::option::Option::Some(
            "{\"org\":{\"name\":\"Acme Inc.\",\"logo\":\"https://.../logo.png\",\"slug\":\"acme\",\"domain\":\"acme.com\",\"portalTheme\":{\"showSalary\":true}},\"role\":{\"id\":\"clx123abc\",\"name\":\"Senior Backend Engineer\",\"description\":{},\"department\":\"Engineering\",\"location\":\"Remote\",\"workType\":\"remote\",\"collarType\":\"white\",\"salaryMin\":90000,\"salaryMax\":120000,\"salaryCurrency\":\"EUR\",\"salaryPeriod\":\"year\",\"createdAt\":\"2026-06-01T09:00:00Z\"}}",
        ),
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"orgSlug\":{\"type\":\"string\",\"description\":\"The organization's portal slug.\",\"examples\":[\"acme\"]},\"body\":{\"type\":\"object\",\"description\":\"Request body of *Apply to a public job*.\",\"required\":[\"roleId\"],\"properties\":{\"roleId\":{\"type\":\"string\",\"description\":\"The public role to apply for.\",\"examples\":[\"clx123abc\"]},\"locale\":{\"type\":\"string\",\"description\":\"Language for the signup link. Default `en`.\",\"default\":\"en\",\"examples\":[\"en\"]}},\"examples\":[{\"roleId\":\"clx123abc\",\"locale\":\"en\"}]}},\"required\":[\"orgSlug\",\"body\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"The candidate signup invitation link for a public role.\",\"required\":[\"inviteUrl\"],\"properties\":{\"inviteUrl\":{\"type\":\"string\",\"format\":\"uri\",\"description\":\"Full signup URL to share with or redirect the candidate to.\",\"examples\":[\"https://app.talent-ray.com/en/signup/invite/inv_abc123\"]}}}",
        ),
        example_args_json: "{\"orgSlug\":\"acme\",\"body\":{\"roleId\":\"clx123abc\",\"locale\":\"en\"}}",
        response_example_json: ::std::option::Option::Some(
            "{\"inviteUrl\":\"https://app.talent-ray.com/en/signup/invite/inv_abc123\"}",
        ),
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"The authenticated principal.\",\"required\":[\"user\",\"auth\"],\"properties\":{\"user\":{\"type\":\"object\",\"description\":\"The authenticated user.\",\"required\":[\"id\",\"email\",\"role\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"User ID.\",\"examples\":[\"user_abc123\"]},\"email\":{\"type\":\"string\",\"description\":\"User email.\",\"examples\":[\"integrations@acme.com\"]},\"role\":{\"type\":\"string\",\"description\":\"The user's role.\",\"examples\":[\"user\"]}}},\"auth\":{\"type\":\"object\",\"description\":\"How the caller authenticated. For a session (cookie) caller, `type` is `session` and there is no `keyId`/`scopes`.\",\"required\":[\"type\"],\"properties\":{\"type\":{\"type\":\"string\",\"enum\":[\"api_key\",\"session\"],\"description\":\"How the caller authenticated: `api_key`, or `session` for a signed-in (cookie) caller.\"},\"keyId\":{\"type\":\"string\",\"description\":\"API-key callers only: the calling key's ID.\",\"examples\":[\"apikey_xyz789\"]},\"scopes\":{\"type\":\"array\",\"description\":\"API-key callers only: the scopes granted to the calling key.\",\"items\":{\"type\":\"string\",\"description\":\"A per-key scope, named `resource:action`.\",\"examples\":[\"candidates:read\"]},\"examples\":[[\"candidates:read\",\"roles:read\"]]}}}}}",
        ),
        example_args_json: "{}",
        response_example_json: ::std::option::Option::Some(
            "{\"user\":{\"id\":\"user_abc123\",\"email\":\"integrations@acme.com\",\"role\":\"user\"},\"auth\":{\"type\":\"api_key\",\"keyId\":\"apikey_xyz789\",\"scopes\":[\"candidates:read\",\"roles:read\"]}}",
        ),
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
        admin_only: false,
        page_params: ::std::option::Option::Some(PageParams {
            page: ::std::option::Option::Some("page"),
            cursor: ::std::option::Option::None,
            size: PageSize {
                name: "pageSize",
                min: 1u64,
                max: 100u64,
                default: ::std::option::Option::Some(20u64),
            },
            items: "/data",
            pagination: "/pagination",
            row_id: ::std::option::Option::None,
            row_time: ::std::option::Option::None,
        }),
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"page\":{\"type\":\"integer\",\"minimum\":0,\"default\":0,\"description\":\"0-indexed page. Default `0`.\"},\"pageSize\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":100,\"default\":20,\"description\":\"Rows per page (max 100). Default `20`.\"},\"roleId\":{\"type\":\"string\",\"description\":\"Filter to candidates actively assigned to this role.\",\"examples\":[\"role_eng_be\"]}},\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"A page of candidates.\",\"required\":[\"data\",\"pagination\"],\"properties\":{\"data\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"description\":\"A candidate in the stable v1 shape.\",\"required\":[\"id\",\"fullName\",\"email\",\"phone\",\"status\",\"createdAt\",\"updatedAt\",\"roles\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Candidate ID.\",\"examples\":[\"cand_1\"]},\"fullName\":{\"type\":\"string\",\"description\":\"Candidate's full name.\",\"examples\":[\"Jane Doe\"]},\"email\":{\"type\":[\"string\",\"null\"],\"description\":\"Email.\",\"examples\":[\"jane@example.com\"]},\"phone\":{\"type\":[\"string\",\"null\"],\"description\":\"Phone.\",\"examples\":[\"+905551112233\"]},\"status\":{\"type\":\"string\",\"description\":\"Candidate status (free-form).\",\"examples\":[\"Active\"]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T10:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-02T08:00:00Z\"]},\"roles\":{\"type\":\"array\",\"description\":\"The roles the candidate is in.\",\"items\":{\"type\":\"object\",\"description\":\"A role the candidate is assigned to.\",\"required\":[\"roleId\",\"roleName\",\"organizationId\",\"status\",\"overallFitScore\",\"approved\"],\"properties\":{\"roleId\":{\"type\":\"string\",\"description\":\"Role ID.\",\"examples\":[\"role_eng_be\"]},\"roleName\":{\"type\":\"string\",\"description\":\"Role title.\",\"examples\":[\"Senior Backend Engineer\"]},\"organizationId\":{\"type\":\"string\",\"description\":\"The role's organization.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"The candidate's status in this role (free-form).\",\"examples\":[\"In Pipeline\"]},\"overallFitScore\":{\"type\":\"integer\",\"description\":\"Overall fit score: `-1` until scored, then `0`–`100`.\",\"minimum\":-1,\"maximum\":100,\"examples\":[82]},\"approved\":{\"type\":\"boolean\",\"description\":\"Whether the candidate is approved for this role.\"}}}}}}},\"pagination\":{\"type\":\"object\",\"description\":\"Offset pagination of `/api/v1` lists.\",\"required\":[\"page\",\"pageSize\",\"totalCount\",\"totalPages\"],\"properties\":{\"page\":{\"type\":\"integer\",\"description\":\"0-indexed page.\",\"minimum\":0,\"examples\":[0]},\"pageSize\":{\"type\":\"integer\",\"description\":\"Rows per page.\",\"minimum\":1,\"maximum\":100,\"examples\":[20]},\"totalCount\":{\"type\":\"integer\",\"description\":\"Total rows across all pages.\",\"minimum\":0,\"examples\":[134]},\"totalPages\":{\"type\":\"integer\",\"description\":\"Total pages; request `page` up to `totalPages - 1`.\",\"minimum\":0,\"examples\":[7]}}}}}",
        ),
        example_args_json: "{\"roleId\":\"role_eng_be\"}",
        response_example_json: ::std::option::Option::Some(
            "{\"data\":[{\"id\":\"cand_1\",\"fullName\":\"Jane Doe\",\"email\":\"jane@example.com\",\"phone\":\"+905551112233\",\"status\":\"Active\",\"createdAt\":\"2026-06-01T10:00:00Z\",\"updatedAt\":\"2026-06-02T08:00:00Z\",\"roles\":[{\"roleId\":\"role_eng_be\",\"roleName\":\"Senior Backend Engineer\",\"organizationId\":\"org_acme\",\"status\":\"In Pipeline\",\"overallFitScore\":82,\"approved\":false}]}],\"pagination\":{\"page\":0,\"pageSize\":20,\"totalCount\":134,\"totalPages\":7}}",
        ),
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"The candidate id.\",\"examples\":[\"cand_1\"]}},\"required\":[\"id\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"A candidate in the stable v1 shape.\",\"required\":[\"id\",\"fullName\",\"email\",\"phone\",\"status\",\"createdAt\",\"updatedAt\",\"roles\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Candidate ID.\",\"examples\":[\"cand_1\"]},\"fullName\":{\"type\":\"string\",\"description\":\"Candidate's full name.\",\"examples\":[\"Jane Doe\"]},\"email\":{\"type\":[\"string\",\"null\"],\"description\":\"Email.\",\"examples\":[\"jane@example.com\"]},\"phone\":{\"type\":[\"string\",\"null\"],\"description\":\"Phone.\",\"examples\":[\"+905551112233\"]},\"status\":{\"type\":\"string\",\"description\":\"Candidate status (free-form).\",\"examples\":[\"Active\"]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T10:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-02T08:00:00Z\"]},\"roles\":{\"type\":\"array\",\"description\":\"The roles the candidate is in.\",\"items\":{\"type\":\"object\",\"description\":\"A role the candidate is assigned to.\",\"required\":[\"roleId\",\"roleName\",\"organizationId\",\"status\",\"overallFitScore\",\"approved\"],\"properties\":{\"roleId\":{\"type\":\"string\",\"description\":\"Role ID.\",\"examples\":[\"role_eng_be\"]},\"roleName\":{\"type\":\"string\",\"description\":\"Role title.\",\"examples\":[\"Senior Backend Engineer\"]},\"organizationId\":{\"type\":\"string\",\"description\":\"The role's organization.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"The candidate's status in this role (free-form).\",\"examples\":[\"In Pipeline\"]},\"overallFitScore\":{\"type\":\"integer\",\"description\":\"Overall fit score: `-1` until scored, then `0`–`100`.\",\"minimum\":-1,\"maximum\":100,\"examples\":[82]},\"approved\":{\"type\":\"boolean\",\"description\":\"Whether the candidate is approved for this role.\"}}}}}}",
        ),
        example_args_json: "{\"id\":\"cand_1\"}",
        response_example_json: ::std::option::Option::Some(
            "{\"id\":\"cand_1\",\"fullName\":\"Jane Doe\",\"email\":\"jane@example.com\",\"phone\":\"+905551112233\",\"status\":\"Active\",\"createdAt\":\"2026-06-01T10:00:00Z\",\"updatedAt\":\"2026-06-02T08:00:00Z\",\"roles\":[{\"roleId\":\"role_eng_be\",\"roleName\":\"Senior Backend Engineer\",\"organizationId\":\"org_acme\",\"status\":\"In Pipeline\",\"overallFitScore\":82,\"approved\":false}]}",
        ),
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"The candidate id.\",\"examples\":[\"cand_1\"]},\"body\":{\"type\":\"object\",\"description\":\"Fields to change on a candidate. Send only the fields you want to change; unknown fields are ignored, wrong-typed fields and an empty body return `400`.\",\"properties\":{\"fullName\":{\"type\":\"string\",\"description\":\"Candidate's full name.\",\"minLength\":1},\"status\":{\"type\":\"string\",\"description\":\"Candidate status.\",\"minLength\":1,\"examples\":[\"Active\"]},\"email\":{\"type\":[\"string\",\"null\"],\"format\":\"email\",\"description\":\"Email (validated).\"},\"phone\":{\"type\":[\"string\",\"null\"],\"description\":\"Phone (validated).\",\"examples\":[\"+905551112233\"]},\"summary\":{\"type\":[\"string\",\"null\"],\"description\":\"Free-text summary.\"}},\"minProperties\":1,\"examples\":[{\"status\":\"Active\",\"phone\":\"+905551112233\"}]}},\"required\":[\"id\",\"body\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"A candidate in the stable v1 shape.\",\"required\":[\"id\",\"fullName\",\"email\",\"phone\",\"status\",\"createdAt\",\"updatedAt\",\"roles\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Candidate ID.\",\"examples\":[\"cand_1\"]},\"fullName\":{\"type\":\"string\",\"description\":\"Candidate's full name.\",\"examples\":[\"Jane Doe\"]},\"email\":{\"type\":[\"string\",\"null\"],\"description\":\"Email.\",\"examples\":[\"jane@example.com\"]},\"phone\":{\"type\":[\"string\",\"null\"],\"description\":\"Phone.\",\"examples\":[\"+905551112233\"]},\"status\":{\"type\":\"string\",\"description\":\"Candidate status (free-form).\",\"examples\":[\"Active\"]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T10:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-02T08:00:00Z\"]},\"roles\":{\"type\":\"array\",\"description\":\"The roles the candidate is in.\",\"items\":{\"type\":\"object\",\"description\":\"A role the candidate is assigned to.\",\"required\":[\"roleId\",\"roleName\",\"organizationId\",\"status\",\"overallFitScore\",\"approved\"],\"properties\":{\"roleId\":{\"type\":\"string\",\"description\":\"Role ID.\",\"examples\":[\"role_eng_be\"]},\"roleName\":{\"type\":\"string\",\"description\":\"Role title.\",\"examples\":[\"Senior Backend Engineer\"]},\"organizationId\":{\"type\":\"string\",\"description\":\"The role's organization.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"The candidate's status in this role (free-form).\",\"examples\":[\"In Pipeline\"]},\"overallFitScore\":{\"type\":\"integer\",\"description\":\"Overall fit score: `-1` until scored, then `0`–`100`.\",\"minimum\":-1,\"maximum\":100,\"examples\":[82]},\"approved\":{\"type\":\"boolean\",\"description\":\"Whether the candidate is approved for this role.\"}}}}}}",
        ),
        example_args_json: "{\"id\":\"cand_1\",\"body\":{\"status\":\"Active\",\"phone\":\"+905551112233\"}}",
        response_example_json: ::std::option::Option::None,
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"The candidate id.\",\"examples\":[\"cand_1\"]}},\"required\":[\"id\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"A candidate's full step progress across all their roles.\",\"required\":[\"data\"],\"properties\":{\"data\":{\"type\":\"array\",\"description\":\"Ordered by role, then step order. Not paginated.\",\"items\":{\"type\":\"object\",\"description\":\"A candidate's progress in one step of one role's pipeline.\",\"required\":[\"id\",\"roleId\",\"roleStepId\",\"name\",\"order\",\"stepType\",\"status\",\"startedAt\",\"completedAt\",\"validatedAt\",\"rejectedAt\",\"validationScore\",\"rejectionReason\",\"offerResponse\",\"createdAt\",\"updatedAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Candidate-step ID.\",\"examples\":[\"crs_1\"]},\"roleId\":{\"type\":\"string\",\"description\":\"Role ID.\",\"examples\":[\"role_eng_be\"]},\"roleStepId\":{\"type\":\"string\",\"description\":\"The role's template step (see *Get a role's pipeline template*).\",\"examples\":[\"step_cv\"]},\"name\":{\"type\":\"string\",\"description\":\"Step name.\",\"examples\":[\"CV Screening\"]},\"order\":{\"type\":\"integer\",\"description\":\"Position of the step in the role's pipeline.\",\"examples\":[1]},\"stepType\":{\"type\":\"string\",\"enum\":[\"cv_screening\",\"ai_assessment\",\"interview\",\"application_form\",\"document_upload\",\"offer\",\"reference_check\",\"contract\",\"custom\"],\"description\":\"Kind of pipeline step.\"},\"status\":{\"type\":\"string\",\"enum\":[\"locked\",\"active\",\"completed\",\"validated\",\"rejected\",\"skipped\"],\"description\":\"A candidate's status in one pipeline step.\"},\"startedAt\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T10:00:00Z\"]},\"completedAt\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T11:00:00Z\"]},\"validatedAt\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T11:05:00Z\"]},\"rejectedAt\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\"},\"validationScore\":{\"type\":[\"integer\",\"null\"],\"description\":\"Score the step was validated with.\",\"examples\":[78]},\"rejectionReason\":{\"type\":[\"string\",\"null\"],\"description\":\"Why the step was rejected.\"},\"offerResponse\":{\"type\":[\"string\",\"null\"],\"description\":\"The candidate's response to an offer step.\"},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T10:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T11:05:00Z\"]}}}}}}",
        ),
        example_args_json: "{\"id\":\"cand_1\"}",
        response_example_json: ::std::option::Option::Some(
            "{\"data\":[{\"id\":\"crs_1\",\"roleId\":\"role_eng_be\",\"roleStepId\":\"step_cv\",\"name\":\"CV Screening\",\"order\":1,\"stepType\":\"cv_screening\",\"status\":\"validated\",\"startedAt\":\"2026-06-01T10:00:00Z\",\"completedAt\":\"2026-06-01T11:00:00Z\",\"validatedAt\":\"2026-06-01T11:05:00Z\",\"rejectedAt\":null,\"validationScore\":78,\"rejectionReason\":null,\"offerResponse\":null,\"createdAt\":\"2026-06-01T10:00:00Z\",\"updatedAt\":\"2026-06-01T11:05:00Z\"}]}",
        ),
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
        admin_only: false,
        page_params: ::std::option::Option::Some(PageParams {
            page: ::std::option::Option::Some("page"),
            cursor: ::std::option::Option::None,
            size: PageSize {
                name: "pageSize",
                min: 1u64,
                max: 100u64,
                default: ::std::option::Option::Some(20u64),
            },
            items: "/data",
            pagination: "/pagination",
            row_id: ::std::option::Option::None,
            row_time: ::std::option::Option::None,
        }),
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"page\":{\"type\":\"integer\",\"minimum\":0,\"default\":0,\"description\":\"0-indexed page. Default `0`.\"},\"pageSize\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":100,\"default\":20,\"description\":\"Rows per page (max 100). Default `20`.\"},\"organizationId\":{\"type\":\"string\",\"description\":\"Filter to a single organization.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"Filter by role status.\",\"examples\":[\"open\"]}},\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"A page of roles.\",\"required\":[\"data\",\"pagination\"],\"properties\":{\"data\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"description\":\"A role (job) in the stable v1 shape.\",\"required\":[\"id\",\"name\",\"organizationId\",\"status\",\"priority\",\"isPublic\",\"department\",\"location\",\"workType\",\"salaryMin\",\"salaryMax\",\"salaryCurrency\",\"salaryPeriod\",\"targetHireCount\",\"roleLevel\",\"createdAt\",\"updatedAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Role ID.\",\"examples\":[\"role_eng_be\"]},\"name\":{\"type\":\"string\",\"description\":\"Role title.\",\"examples\":[\"Senior Backend Engineer\"]},\"organizationId\":{\"type\":\"string\",\"description\":\"The role's organization.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"Role status (free-form).\",\"examples\":[\"open\"]},\"priority\":{\"type\":[\"string\",\"null\"],\"description\":\"Priority.\",\"examples\":[\"high\"]},\"isPublic\":{\"type\":\"boolean\",\"description\":\"Whether the role is public.\"},\"department\":{\"type\":[\"string\",\"null\"],\"description\":\"Department.\",\"examples\":[\"Engineering\"]},\"location\":{\"type\":[\"string\",\"null\"],\"description\":\"Location.\",\"examples\":[\"Remote\"]},\"workType\":{\"type\":[\"string\",\"null\"],\"enum\":[\"remote\",\"hybrid\",\"onsite\",null],\"description\":\"Work arrangement: `remote`, `hybrid`, or `onsite`.\",\"examples\":[\"remote\"]},\"salaryMin\":{\"type\":[\"integer\",\"null\"],\"description\":\"Salary band minimum.\",\"examples\":[90000]},\"salaryMax\":{\"type\":[\"integer\",\"null\"],\"description\":\"Salary band maximum.\",\"examples\":[120000]},\"salaryCurrency\":{\"type\":[\"string\",\"null\"],\"description\":\"Salary currency.\",\"examples\":[\"EUR\"]},\"salaryPeriod\":{\"type\":[\"string\",\"null\"],\"description\":\"Salary period.\",\"examples\":[\"year\"]},\"targetHireCount\":{\"type\":[\"integer\",\"null\"],\"description\":\"Target hires.\",\"examples\":[2]},\"roleLevel\":{\"type\":[\"string\",\"null\"],\"description\":\"Seniority.\",\"examples\":[\"senior\"]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-05-01T09:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T09:00:00Z\"]}}}},\"pagination\":{\"type\":\"object\",\"description\":\"Offset pagination of `/api/v1` lists.\",\"required\":[\"page\",\"pageSize\",\"totalCount\",\"totalPages\"],\"properties\":{\"page\":{\"type\":\"integer\",\"description\":\"0-indexed page.\",\"minimum\":0,\"examples\":[0]},\"pageSize\":{\"type\":\"integer\",\"description\":\"Rows per page.\",\"minimum\":1,\"maximum\":100,\"examples\":[20]},\"totalCount\":{\"type\":\"integer\",\"description\":\"Total rows across all pages.\",\"minimum\":0,\"examples\":[134]},\"totalPages\":{\"type\":\"integer\",\"description\":\"Total pages; request `page` up to `totalPages - 1`.\",\"minimum\":0,\"examples\":[7]}}}}}",
        ),
        example_args_json: "{\"organizationId\":\"org_acme\",\"status\":\"open\"}",
        response_example_json: ::std::option::Option::Some(
            "{\"data\":[{\"id\":\"role_eng_be\",\"name\":\"Senior Backend Engineer\",\"organizationId\":\"org_acme\",\"status\":\"open\",\"priority\":\"high\",\"isPublic\":true,\"department\":\"Engineering\",\"location\":\"Remote\",\"workType\":\"remote\",\"salaryMin\":90000,\"salaryMax\":120000,\"salaryCurrency\":\"EUR\",\"salaryPeriod\":\"year\",\"targetHireCount\":2,\"roleLevel\":\"senior\",\"createdAt\":\"2026-05-01T09:00:00Z\",\"updatedAt\":\"2026-06-01T09:00:00Z\"}],\"pagination\":{\"page\":0,\"pageSize\":20,\"totalCount\":12,\"totalPages\":1}}",
        ),
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"The role id.\",\"examples\":[\"role_eng_be\"]}},\"required\":[\"id\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"A role (job) in the stable v1 shape.\",\"required\":[\"id\",\"name\",\"organizationId\",\"status\",\"priority\",\"isPublic\",\"department\",\"location\",\"workType\",\"salaryMin\",\"salaryMax\",\"salaryCurrency\",\"salaryPeriod\",\"targetHireCount\",\"roleLevel\",\"createdAt\",\"updatedAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Role ID.\",\"examples\":[\"role_eng_be\"]},\"name\":{\"type\":\"string\",\"description\":\"Role title.\",\"examples\":[\"Senior Backend Engineer\"]},\"organizationId\":{\"type\":\"string\",\"description\":\"The role's organization.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"Role status (free-form).\",\"examples\":[\"open\"]},\"priority\":{\"type\":[\"string\",\"null\"],\"description\":\"Priority.\",\"examples\":[\"high\"]},\"isPublic\":{\"type\":\"boolean\",\"description\":\"Whether the role is public.\"},\"department\":{\"type\":[\"string\",\"null\"],\"description\":\"Department.\",\"examples\":[\"Engineering\"]},\"location\":{\"type\":[\"string\",\"null\"],\"description\":\"Location.\",\"examples\":[\"Remote\"]},\"workType\":{\"type\":[\"string\",\"null\"],\"enum\":[\"remote\",\"hybrid\",\"onsite\",null],\"description\":\"Work arrangement: `remote`, `hybrid`, or `onsite`.\",\"examples\":[\"remote\"]},\"salaryMin\":{\"type\":[\"integer\",\"null\"],\"description\":\"Salary band minimum.\",\"examples\":[90000]},\"salaryMax\":{\"type\":[\"integer\",\"null\"],\"description\":\"Salary band maximum.\",\"examples\":[120000]},\"salaryCurrency\":{\"type\":[\"string\",\"null\"],\"description\":\"Salary currency.\",\"examples\":[\"EUR\"]},\"salaryPeriod\":{\"type\":[\"string\",\"null\"],\"description\":\"Salary period.\",\"examples\":[\"year\"]},\"targetHireCount\":{\"type\":[\"integer\",\"null\"],\"description\":\"Target hires.\",\"examples\":[2]},\"roleLevel\":{\"type\":[\"string\",\"null\"],\"description\":\"Seniority.\",\"examples\":[\"senior\"]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-05-01T09:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T09:00:00Z\"]}}}",
        ),
        example_args_json: "{\"id\":\"role_eng_be\"}",
        response_example_json: ::std::option::Option::Some(
            "{\"id\":\"role_eng_be\",\"name\":\"Senior Backend Engineer\",\"organizationId\":\"org_acme\",\"status\":\"open\",\"priority\":\"high\",\"isPublic\":true,\"department\":\"Engineering\",\"location\":\"Remote\",\"workType\":\"remote\",\"salaryMin\":90000,\"salaryMax\":120000,\"salaryCurrency\":\"EUR\",\"salaryPeriod\":\"year\",\"targetHireCount\":2,\"roleLevel\":\"senior\",\"createdAt\":\"2026-05-01T09:00:00Z\",\"updatedAt\":\"2026-06-01T09:00:00Z\"}",
        ),
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"The role id.\",\"examples\":[\"role_eng_be\"]},\"body\":{\"type\":\"object\",\"description\":\"Fields to change on a role. Send only the fields you want to change; unknown fields are ignored, wrong-typed fields and an empty body return `400`. Pipeline structure, fit criteria, confidentiality, and assignment fields cannot be changed here.\",\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"Role title.\",\"minLength\":1},\"status\":{\"type\":\"string\",\"description\":\"Role status.\",\"minLength\":1,\"examples\":[\"open\"]},\"priority\":{\"type\":[\"string\",\"null\"],\"description\":\"Priority.\",\"examples\":[\"high\"]},\"department\":{\"type\":[\"string\",\"null\"],\"description\":\"Department.\"},\"location\":{\"type\":[\"string\",\"null\"],\"description\":\"Location.\"},\"workType\":{\"type\":[\"string\",\"null\"],\"enum\":[\"remote\",\"hybrid\",\"onsite\",null],\"description\":\"Work arrangement: `remote`, `hybrid`, or `onsite`.\",\"examples\":[\"remote\"]},\"salaryMin\":{\"type\":[\"integer\",\"null\"],\"description\":\"Salary band minimum.\"},\"salaryMax\":{\"type\":[\"integer\",\"null\"],\"description\":\"Salary band maximum.\",\"examples\":[130000]},\"salaryCurrency\":{\"type\":[\"string\",\"null\"],\"description\":\"Salary currency.\"},\"salaryPeriod\":{\"type\":[\"string\",\"null\"],\"description\":\"Salary period.\"},\"targetHireCount\":{\"type\":[\"integer\",\"null\"],\"description\":\"Target hires.\"},\"roleLevel\":{\"type\":[\"string\",\"null\"],\"description\":\"Seniority.\"},\"isPublic\":{\"type\":\"boolean\",\"description\":\"Whether the role is public.\"}},\"minProperties\":1,\"examples\":[{\"status\":\"open\",\"priority\":\"high\",\"salaryMax\":130000}]}},\"required\":[\"id\",\"body\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"A role (job) in the stable v1 shape.\",\"required\":[\"id\",\"name\",\"organizationId\",\"status\",\"priority\",\"isPublic\",\"department\",\"location\",\"workType\",\"salaryMin\",\"salaryMax\",\"salaryCurrency\",\"salaryPeriod\",\"targetHireCount\",\"roleLevel\",\"createdAt\",\"updatedAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Role ID.\",\"examples\":[\"role_eng_be\"]},\"name\":{\"type\":\"string\",\"description\":\"Role title.\",\"examples\":[\"Senior Backend Engineer\"]},\"organizationId\":{\"type\":\"string\",\"description\":\"The role's organization.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"Role status (free-form).\",\"examples\":[\"open\"]},\"priority\":{\"type\":[\"string\",\"null\"],\"description\":\"Priority.\",\"examples\":[\"high\"]},\"isPublic\":{\"type\":\"boolean\",\"description\":\"Whether the role is public.\"},\"department\":{\"type\":[\"string\",\"null\"],\"description\":\"Department.\",\"examples\":[\"Engineering\"]},\"location\":{\"type\":[\"string\",\"null\"],\"description\":\"Location.\",\"examples\":[\"Remote\"]},\"workType\":{\"type\":[\"string\",\"null\"],\"enum\":[\"remote\",\"hybrid\",\"onsite\",null],\"description\":\"Work arrangement: `remote`, `hybrid`, or `onsite`.\",\"examples\":[\"remote\"]},\"salaryMin\":{\"type\":[\"integer\",\"null\"],\"description\":\"Salary band minimum.\",\"examples\":[90000]},\"salaryMax\":{\"type\":[\"integer\",\"null\"],\"description\":\"Salary band maximum.\",\"examples\":[120000]},\"salaryCurrency\":{\"type\":[\"string\",\"null\"],\"description\":\"Salary currency.\",\"examples\":[\"EUR\"]},\"salaryPeriod\":{\"type\":[\"string\",\"null\"],\"description\":\"Salary period.\",\"examples\":[\"year\"]},\"targetHireCount\":{\"type\":[\"integer\",\"null\"],\"description\":\"Target hires.\",\"examples\":[2]},\"roleLevel\":{\"type\":[\"string\",\"null\"],\"description\":\"Seniority.\",\"examples\":[\"senior\"]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-05-01T09:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T09:00:00Z\"]}}}",
        ),
        example_args_json: "{\"id\":\"role_eng_be\",\"body\":{\"status\":\"open\",\"priority\":\"high\",\"salaryMax\":130000}}",
        response_example_json: ::std::option::Option::None,
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"The role id.\",\"examples\":[\"role_eng_be\"]}},\"required\":[\"id\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"A role's full pipeline template.\",\"required\":[\"data\"],\"properties\":{\"data\":{\"type\":\"array\",\"description\":\"Ordered by step order. Not paginated.\",\"items\":{\"type\":\"object\",\"description\":\"One step of a role's pipeline template.\",\"required\":[\"id\",\"roleId\",\"name\",\"description\",\"order\",\"stepType\",\"validationType\",\"passingScore\",\"isRequired\",\"allowSkip\",\"createdAt\",\"updatedAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Step ID.\",\"examples\":[\"step_cv\"]},\"roleId\":{\"type\":\"string\",\"description\":\"Role ID.\",\"examples\":[\"role_eng_be\"]},\"name\":{\"type\":\"string\",\"description\":\"Step name.\",\"examples\":[\"CV Screening\"]},\"description\":{\"type\":[\"string\",\"null\"],\"description\":\"Step description.\"},\"order\":{\"type\":\"integer\",\"description\":\"Position in the pipeline.\",\"examples\":[1]},\"stepType\":{\"type\":\"string\",\"enum\":[\"cv_screening\",\"ai_assessment\",\"interview\",\"application_form\",\"document_upload\",\"offer\",\"reference_check\",\"contract\",\"custom\"],\"description\":\"Kind of pipeline step.\"},\"validationType\":{\"type\":\"string\",\"enum\":[\"auto\",\"manual\",\"score_threshold\"],\"description\":\"How a pipeline step is validated.\"},\"passingScore\":{\"type\":[\"integer\",\"null\"],\"description\":\"Score needed to pass the step.\",\"examples\":[70]},\"isRequired\":{\"type\":\"boolean\",\"description\":\"Whether the step is required.\"},\"allowSkip\":{\"type\":\"boolean\",\"description\":\"Whether the step may be skipped.\"},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-05-01T09:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-05-01T09:00:00Z\"]}}}}}}",
        ),
        example_args_json: "{\"id\":\"role_eng_be\"}",
        response_example_json: ::std::option::Option::Some(
            "{\"data\":[{\"id\":\"step_cv\",\"roleId\":\"role_eng_be\",\"name\":\"CV Screening\",\"description\":null,\"order\":1,\"stepType\":\"cv_screening\",\"validationType\":\"auto\",\"passingScore\":70,\"isRequired\":true,\"allowSkip\":false,\"createdAt\":\"2026-05-01T09:00:00Z\",\"updatedAt\":\"2026-05-01T09:00:00Z\"}]}",
        ),
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
        admin_only: false,
        page_params: ::std::option::Option::Some(PageParams {
            page: ::std::option::Option::Some("page"),
            cursor: ::std::option::Option::None,
            size: PageSize {
                name: "pageSize",
                min: 1u64,
                max: 100u64,
                default: ::std::option::Option::Some(20u64),
            },
            items: "/data",
            pagination: "/pagination",
            row_id: ::std::option::Option::None,
            row_time: ::std::option::Option::None,
        }),
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"page\":{\"type\":\"integer\",\"minimum\":0,\"default\":0,\"description\":\"0-indexed page. Default `0`.\"},\"pageSize\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":100,\"default\":20,\"description\":\"Rows per page (max 100). Default `20`.\"},\"type\":{\"type\":\"string\",\"description\":\"Filter by test type.\",\"examples\":[\"multiple_choice\"]},\"analysisCategory\":{\"type\":\"string\",\"description\":\"Filter by analysis category.\",\"examples\":[\"hard_skill\"]},\"language\":{\"type\":\"string\",\"description\":\"Filter by language (ISO 639-1).\",\"examples\":[\"en\"]}},\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"A page of tests.\",\"required\":[\"data\",\"pagination\"],\"properties\":{\"data\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"description\":\"An assessment test's metadata in the stable v1 shape. The question content is never included.\",\"required\":[\"id\",\"name\",\"type\",\"description\",\"duration\",\"targetPersona\",\"analysisCategory\",\"language\",\"isPublic\",\"organizationIds\",\"createdAt\",\"updatedAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Test ID.\",\"examples\":[\"test_js\"]},\"name\":{\"type\":\"string\",\"description\":\"Test name.\",\"examples\":[\"JavaScript Fundamentals\"]},\"type\":{\"type\":\"string\",\"description\":\"Test type (free-form).\",\"examples\":[\"multiple_choice\"]},\"description\":{\"type\":\"string\",\"description\":\"Test description.\",\"examples\":[\"Core JS assessment.\"]},\"duration\":{\"type\":\"integer\",\"description\":\"Duration in minutes.\",\"examples\":[30]},\"targetPersona\":{\"type\":[\"string\",\"null\"],\"description\":\"Target persona.\",\"examples\":[\"Backend Engineer\"]},\"analysisCategory\":{\"type\":\"string\",\"description\":\"Analysis category (free-form).\",\"examples\":[\"hard_skill\"]},\"language\":{\"type\":\"string\",\"description\":\"Language (ISO 639-1).\",\"examples\":[\"en\"]},\"isPublic\":{\"type\":\"boolean\",\"description\":\"`true` when the test has no linked organization (a platform-global template).\"},\"organizationIds\":{\"type\":\"array\",\"description\":\"Organizations the test is linked to.\",\"items\":{\"type\":\"string\"},\"examples\":[[\"org_acme\"]]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-04-01T09:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-04-10T09:00:00Z\"]}}}},\"pagination\":{\"type\":\"object\",\"description\":\"Offset pagination of `/api/v1` lists.\",\"required\":[\"page\",\"pageSize\",\"totalCount\",\"totalPages\"],\"properties\":{\"page\":{\"type\":\"integer\",\"description\":\"0-indexed page.\",\"minimum\":0,\"examples\":[0]},\"pageSize\":{\"type\":\"integer\",\"description\":\"Rows per page.\",\"minimum\":1,\"maximum\":100,\"examples\":[20]},\"totalCount\":{\"type\":\"integer\",\"description\":\"Total rows across all pages.\",\"minimum\":0,\"examples\":[134]},\"totalPages\":{\"type\":\"integer\",\"description\":\"Total pages; request `page` up to `totalPages - 1`.\",\"minimum\":0,\"examples\":[7]}}}}}",
        ),
        example_args_json: "{\"type\":\"multiple_choice\",\"analysisCategory\":\"hard_skill\",\"language\":\"en\"}",
        response_example_json: ::std::option::Option::Some(
            "{\"data\":[{\"id\":\"test_js\",\"name\":\"JavaScript Fundamentals\",\"type\":\"multiple_choice\",\"description\":\"Core JS assessment.\",\"duration\":30,\"targetPersona\":\"Backend Engineer\",\"analysisCategory\":\"hard_skill\",\"language\":\"en\",\"isPublic\":false,\"organizationIds\":[\"org_acme\"],\"createdAt\":\"2026-04-01T09:00:00Z\",\"updatedAt\":\"2026-04-10T09:00:00Z\"}],\"pagination\":{\"page\":0,\"pageSize\":20,\"totalCount\":48,\"totalPages\":3}}",
        ),
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"The test id.\",\"examples\":[\"test_js\"]}},\"required\":[\"id\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"An assessment test's metadata in the stable v1 shape. The question content is never included.\",\"required\":[\"id\",\"name\",\"type\",\"description\",\"duration\",\"targetPersona\",\"analysisCategory\",\"language\",\"isPublic\",\"organizationIds\",\"createdAt\",\"updatedAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Test ID.\",\"examples\":[\"test_js\"]},\"name\":{\"type\":\"string\",\"description\":\"Test name.\",\"examples\":[\"JavaScript Fundamentals\"]},\"type\":{\"type\":\"string\",\"description\":\"Test type (free-form).\",\"examples\":[\"multiple_choice\"]},\"description\":{\"type\":\"string\",\"description\":\"Test description.\",\"examples\":[\"Core JS assessment.\"]},\"duration\":{\"type\":\"integer\",\"description\":\"Duration in minutes.\",\"examples\":[30]},\"targetPersona\":{\"type\":[\"string\",\"null\"],\"description\":\"Target persona.\",\"examples\":[\"Backend Engineer\"]},\"analysisCategory\":{\"type\":\"string\",\"description\":\"Analysis category (free-form).\",\"examples\":[\"hard_skill\"]},\"language\":{\"type\":\"string\",\"description\":\"Language (ISO 639-1).\",\"examples\":[\"en\"]},\"isPublic\":{\"type\":\"boolean\",\"description\":\"`true` when the test has no linked organization (a platform-global template).\"},\"organizationIds\":{\"type\":\"array\",\"description\":\"Organizations the test is linked to.\",\"items\":{\"type\":\"string\"},\"examples\":[[\"org_acme\"]]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-04-01T09:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-04-10T09:00:00Z\"]}}}",
        ),
        example_args_json: "{\"id\":\"test_js\"}",
        response_example_json: ::std::option::Option::Some(
            "{\"id\":\"test_js\",\"name\":\"JavaScript Fundamentals\",\"type\":\"multiple_choice\",\"description\":\"Core JS assessment.\",\"duration\":30,\"targetPersona\":\"Backend Engineer\",\"analysisCategory\":\"hard_skill\",\"language\":\"en\",\"isPublic\":false,\"organizationIds\":[\"org_acme\"],\"createdAt\":\"2026-04-01T09:00:00Z\",\"updatedAt\":\"2026-04-10T09:00:00Z\"}",
        ),
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"The test id.\",\"examples\":[\"test_js\"]},\"body\":{\"type\":\"object\",\"description\":\"Metadata fields to change on a test (never the question content). Send only the fields you want to change; unknown fields are ignored, wrong-typed fields and an empty body return `400`.\",\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"Test name.\",\"minLength\":1,\"examples\":[\"JavaScript Fundamentals (2026)\"]},\"description\":{\"type\":\"string\",\"description\":\"Test description.\"},\"analysisCategory\":{\"type\":\"string\",\"description\":\"Analysis category.\"},\"language\":{\"type\":\"string\",\"description\":\"Language (ISO 639-1).\"},\"type\":{\"type\":\"string\",\"description\":\"Test type.\"},\"targetPersona\":{\"type\":[\"string\",\"null\"],\"description\":\"Target persona.\"},\"duration\":{\"type\":\"integer\",\"description\":\"Duration in minutes.\",\"examples\":[35]}},\"minProperties\":1,\"examples\":[{\"name\":\"JavaScript Fundamentals (2026)\",\"duration\":35}]}},\"required\":[\"id\",\"body\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"An assessment test's metadata in the stable v1 shape. The question content is never included.\",\"required\":[\"id\",\"name\",\"type\",\"description\",\"duration\",\"targetPersona\",\"analysisCategory\",\"language\",\"isPublic\",\"organizationIds\",\"createdAt\",\"updatedAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Test ID.\",\"examples\":[\"test_js\"]},\"name\":{\"type\":\"string\",\"description\":\"Test name.\",\"examples\":[\"JavaScript Fundamentals\"]},\"type\":{\"type\":\"string\",\"description\":\"Test type (free-form).\",\"examples\":[\"multiple_choice\"]},\"description\":{\"type\":\"string\",\"description\":\"Test description.\",\"examples\":[\"Core JS assessment.\"]},\"duration\":{\"type\":\"integer\",\"description\":\"Duration in minutes.\",\"examples\":[30]},\"targetPersona\":{\"type\":[\"string\",\"null\"],\"description\":\"Target persona.\",\"examples\":[\"Backend Engineer\"]},\"analysisCategory\":{\"type\":\"string\",\"description\":\"Analysis category (free-form).\",\"examples\":[\"hard_skill\"]},\"language\":{\"type\":\"string\",\"description\":\"Language (ISO 639-1).\",\"examples\":[\"en\"]},\"isPublic\":{\"type\":\"boolean\",\"description\":\"`true` when the test has no linked organization (a platform-global template).\"},\"organizationIds\":{\"type\":\"array\",\"description\":\"Organizations the test is linked to.\",\"items\":{\"type\":\"string\"},\"examples\":[[\"org_acme\"]]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-04-01T09:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-04-10T09:00:00Z\"]}}}",
        ),
        example_args_json: "{\"id\":\"test_js\",\"body\":{\"name\":\"JavaScript Fundamentals (2026)\",\"duration\":35}}",
        response_example_json: ::std::option::Option::None,
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
        admin_only: false,
        page_params: ::std::option::Option::Some(PageParams {
            page: ::std::option::Option::Some("page"),
            cursor: ::std::option::Option::None,
            size: PageSize {
                name: "pageSize",
                min: 1u64,
                max: 100u64,
                default: ::std::option::Option::Some(20u64),
            },
            items: "/data",
            pagination: "/pagination",
            row_id: ::std::option::Option::None,
            row_time: ::std::option::Option::None,
        }),
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"page\":{\"type\":\"integer\",\"minimum\":0,\"default\":0,\"description\":\"0-indexed page. Default `0`.\"},\"pageSize\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":100,\"default\":20,\"description\":\"Rows per page (max 100). Default `20`.\"},\"roleId\":{\"type\":\"string\",\"description\":\"Filter to leads linked to this role.\",\"examples\":[\"role_eng_be\"]},\"status\":{\"type\":\"string\",\"description\":\"Filter by lead status.\",\"examples\":[\"parsed\"]}},\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"A page of potential candidates.\",\"required\":[\"data\",\"pagination\"],\"properties\":{\"data\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"description\":\"A potential candidate: a sourced or CV-screened lead that exists before a candidate creates an account.\",\"required\":[\"id\",\"fullName\",\"email\",\"contactEmail\",\"phone\",\"status\",\"skills\",\"summary\",\"candidateId\",\"organizations\",\"roles\",\"createdAt\",\"updatedAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Potential-candidate ID.\",\"examples\":[\"pc_1\"]},\"fullName\":{\"type\":\"string\",\"description\":\"Lead's full name.\",\"examples\":[\"Sam Lee\"]},\"email\":{\"type\":[\"string\",\"null\"],\"description\":\"Email parsed from the CV.\",\"examples\":[\"sam.cv@example.com\"]},\"contactEmail\":{\"type\":[\"string\",\"null\"],\"description\":\"Account email used for invitations.\",\"examples\":[\"sam@example.com\"]},\"phone\":{\"type\":[\"string\",\"null\"],\"description\":\"Phone.\",\"examples\":[\"+905559998877\"]},\"status\":{\"type\":\"string\",\"description\":\"Lead status (free-form; `uploaded` on creation).\",\"examples\":[\"parsed\"]},\"skills\":{\"type\":\"array\",\"description\":\"Skill tags.\",\"items\":{\"type\":\"string\"},\"examples\":[[\"python\",\"sql\"]]},\"summary\":{\"type\":[\"string\",\"null\"],\"description\":\"Free-text summary.\",\"examples\":[\"5y data engineering.\"]},\"candidateId\":{\"type\":[\"string\",\"null\"],\"description\":\"Set once the lead is converted into a candidate.\"},\"organizations\":{\"type\":\"array\",\"description\":\"Organizations the lead is linked to.\",\"items\":{\"type\":\"object\",\"description\":\"An organization a lead is linked to.\",\"required\":[\"organizationId\",\"status\"],\"properties\":{\"organizationId\":{\"type\":\"string\",\"description\":\"Organization ID.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"The lead's status in this organization (free-form).\",\"examples\":[\"Pool\"]}}}},\"roles\":{\"type\":\"array\",\"description\":\"Roles the lead is linked to.\",\"items\":{\"type\":\"object\",\"description\":\"A role a lead is linked to.\",\"required\":[\"roleId\",\"roleName\",\"organizationId\",\"status\",\"resumeFitScore\",\"overallFitScore\"],\"properties\":{\"roleId\":{\"type\":\"string\",\"description\":\"Role ID.\",\"examples\":[\"role_eng_be\"]},\"roleName\":{\"type\":\"string\",\"description\":\"Role title.\",\"examples\":[\"Senior Backend Engineer\"]},\"organizationId\":{\"type\":\"string\",\"description\":\"The role's organization.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"The lead's status in this role (free-form).\",\"examples\":[\"Assigned\"]},\"resumeFitScore\":{\"type\":\"integer\",\"description\":\"Resume fit score: `-1` until scored, then `0`–`100`.\",\"minimum\":-1,\"maximum\":100,\"examples\":[71]},\"overallFitScore\":{\"type\":\"integer\",\"description\":\"Overall fit score: `-1` until scored, then `0`–`100`.\",\"minimum\":-1,\"maximum\":100,\"examples\":[-1]}}}},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T10:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T10:30:00Z\"]}}}},\"pagination\":{\"type\":\"object\",\"description\":\"Offset pagination of `/api/v1` lists.\",\"required\":[\"page\",\"pageSize\",\"totalCount\",\"totalPages\"],\"properties\":{\"page\":{\"type\":\"integer\",\"description\":\"0-indexed page.\",\"minimum\":0,\"examples\":[0]},\"pageSize\":{\"type\":\"integer\",\"description\":\"Rows per page.\",\"minimum\":1,\"maximum\":100,\"examples\":[20]},\"totalCount\":{\"type\":\"integer\",\"description\":\"Total rows across all pages.\",\"minimum\":0,\"examples\":[134]},\"totalPages\":{\"type\":\"integer\",\"description\":\"Total pages; request `page` up to `totalPages - 1`.\",\"minimum\":0,\"examples\":[7]}}}}}",
        ),
        example_args_json: "{\"roleId\":\"role_eng_be\",\"status\":\"parsed\"}",
        response_example_json: ::std::option::Option::Some(
            "{\"data\":[{\"id\":\"pc_1\",\"fullName\":\"Sam Lee\",\"email\":\"sam.cv@example.com\",\"contactEmail\":\"sam@example.com\",\"phone\":\"+905559998877\",\"status\":\"parsed\",\"skills\":[\"python\",\"sql\"],\"summary\":\"5y data engineering.\",\"candidateId\":null,\"organizations\":[{\"organizationId\":\"org_acme\",\"status\":\"Pool\"}],\"roles\":[{\"roleId\":\"role_eng_be\",\"roleName\":\"Senior Backend Engineer\",\"organizationId\":\"org_acme\",\"status\":\"Assigned\",\"resumeFitScore\":71,\"overallFitScore\":-1}],\"createdAt\":\"2026-06-01T10:00:00Z\",\"updatedAt\":\"2026-06-01T10:30:00Z\"}],\"pagination\":{\"page\":0,\"pageSize\":20,\"totalCount\":60,\"totalPages\":3}}",
        ),
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"body\":{\"type\":\"object\",\"description\":\"Request body of *Create a potential candidate*.\",\"required\":[\"fullName\",\"organizationId\"],\"properties\":{\"fullName\":{\"type\":\"string\",\"description\":\"Lead's full name.\",\"minLength\":1,\"examples\":[\"Sam Lee\"]},\"organizationId\":{\"type\":\"string\",\"description\":\"Organization to create the lead in.\",\"minLength\":1,\"examples\":[\"org_acme\"]},\"email\":{\"type\":\"string\",\"format\":\"email\",\"description\":\"CV email (validated).\"},\"contactEmail\":{\"type\":\"string\",\"format\":\"email\",\"description\":\"Account/contact email (validated).\",\"examples\":[\"sam@example.com\"]},\"phone\":{\"type\":\"string\",\"description\":\"Phone (validated).\"},\"summary\":{\"type\":\"string\",\"description\":\"Free-text summary.\"},\"skills\":{\"type\":\"array\",\"description\":\"Skill tags.\",\"items\":{\"type\":\"string\"},\"examples\":[[\"python\",\"sql\"]]},\"status\":{\"type\":\"string\",\"description\":\"Lead status. Defaults to `uploaded`.\",\"minLength\":1,\"default\":\"uploaded\"}},\"examples\":[{\"fullName\":\"Sam Lee\",\"organizationId\":\"org_acme\",\"contactEmail\":\"sam@example.com\",\"skills\":[\"python\",\"sql\"]}]}},\"required\":[\"body\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"A potential candidate: a sourced or CV-screened lead that exists before a candidate creates an account.\",\"required\":[\"id\",\"fullName\",\"email\",\"contactEmail\",\"phone\",\"status\",\"skills\",\"summary\",\"candidateId\",\"organizations\",\"roles\",\"createdAt\",\"updatedAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Potential-candidate ID.\",\"examples\":[\"pc_1\"]},\"fullName\":{\"type\":\"string\",\"description\":\"Lead's full name.\",\"examples\":[\"Sam Lee\"]},\"email\":{\"type\":[\"string\",\"null\"],\"description\":\"Email parsed from the CV.\",\"examples\":[\"sam.cv@example.com\"]},\"contactEmail\":{\"type\":[\"string\",\"null\"],\"description\":\"Account email used for invitations.\",\"examples\":[\"sam@example.com\"]},\"phone\":{\"type\":[\"string\",\"null\"],\"description\":\"Phone.\",\"examples\":[\"+905559998877\"]},\"status\":{\"type\":\"string\",\"description\":\"Lead status (free-form; `uploaded` on creation).\",\"examples\":[\"parsed\"]},\"skills\":{\"type\":\"array\",\"description\":\"Skill tags.\",\"items\":{\"type\":\"string\"},\"examples\":[[\"python\",\"sql\"]]},\"summary\":{\"type\":[\"string\",\"null\"],\"description\":\"Free-text summary.\",\"examples\":[\"5y data engineering.\"]},\"candidateId\":{\"type\":[\"string\",\"null\"],\"description\":\"Set once the lead is converted into a candidate.\"},\"organizations\":{\"type\":\"array\",\"description\":\"Organizations the lead is linked to.\",\"items\":{\"type\":\"object\",\"description\":\"An organization a lead is linked to.\",\"required\":[\"organizationId\",\"status\"],\"properties\":{\"organizationId\":{\"type\":\"string\",\"description\":\"Organization ID.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"The lead's status in this organization (free-form).\",\"examples\":[\"Pool\"]}}}},\"roles\":{\"type\":\"array\",\"description\":\"Roles the lead is linked to.\",\"items\":{\"type\":\"object\",\"description\":\"A role a lead is linked to.\",\"required\":[\"roleId\",\"roleName\",\"organizationId\",\"status\",\"resumeFitScore\",\"overallFitScore\"],\"properties\":{\"roleId\":{\"type\":\"string\",\"description\":\"Role ID.\",\"examples\":[\"role_eng_be\"]},\"roleName\":{\"type\":\"string\",\"description\":\"Role title.\",\"examples\":[\"Senior Backend Engineer\"]},\"organizationId\":{\"type\":\"string\",\"description\":\"The role's organization.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"The lead's status in this role (free-form).\",\"examples\":[\"Assigned\"]},\"resumeFitScore\":{\"type\":\"integer\",\"description\":\"Resume fit score: `-1` until scored, then `0`–`100`.\",\"minimum\":-1,\"maximum\":100,\"examples\":[71]},\"overallFitScore\":{\"type\":\"integer\",\"description\":\"Overall fit score: `-1` until scored, then `0`–`100`.\",\"minimum\":-1,\"maximum\":100,\"examples\":[-1]}}}},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T10:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T10:30:00Z\"]}}}",
        ),
        example_args_json: "{\"body\":{\"fullName\":\"Sam Lee\",\"organizationId\":\"org_acme\",\"contactEmail\":\"sam@example.com\",\"skills\":[\"python\",\"sql\"]}}",
        response_example_json: ::std::option::Option::None,
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"The potential-candidate id.\",\"examples\":[\"pc_1\"]}},\"required\":[\"id\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"A potential candidate: a sourced or CV-screened lead that exists before a candidate creates an account.\",\"required\":[\"id\",\"fullName\",\"email\",\"contactEmail\",\"phone\",\"status\",\"skills\",\"summary\",\"candidateId\",\"organizations\",\"roles\",\"createdAt\",\"updatedAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Potential-candidate ID.\",\"examples\":[\"pc_1\"]},\"fullName\":{\"type\":\"string\",\"description\":\"Lead's full name.\",\"examples\":[\"Sam Lee\"]},\"email\":{\"type\":[\"string\",\"null\"],\"description\":\"Email parsed from the CV.\",\"examples\":[\"sam.cv@example.com\"]},\"contactEmail\":{\"type\":[\"string\",\"null\"],\"description\":\"Account email used for invitations.\",\"examples\":[\"sam@example.com\"]},\"phone\":{\"type\":[\"string\",\"null\"],\"description\":\"Phone.\",\"examples\":[\"+905559998877\"]},\"status\":{\"type\":\"string\",\"description\":\"Lead status (free-form; `uploaded` on creation).\",\"examples\":[\"parsed\"]},\"skills\":{\"type\":\"array\",\"description\":\"Skill tags.\",\"items\":{\"type\":\"string\"},\"examples\":[[\"python\",\"sql\"]]},\"summary\":{\"type\":[\"string\",\"null\"],\"description\":\"Free-text summary.\",\"examples\":[\"5y data engineering.\"]},\"candidateId\":{\"type\":[\"string\",\"null\"],\"description\":\"Set once the lead is converted into a candidate.\"},\"organizations\":{\"type\":\"array\",\"description\":\"Organizations the lead is linked to.\",\"items\":{\"type\":\"object\",\"description\":\"An organization a lead is linked to.\",\"required\":[\"organizationId\",\"status\"],\"properties\":{\"organizationId\":{\"type\":\"string\",\"description\":\"Organization ID.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"The lead's status in this organization (free-form).\",\"examples\":[\"Pool\"]}}}},\"roles\":{\"type\":\"array\",\"description\":\"Roles the lead is linked to.\",\"items\":{\"type\":\"object\",\"description\":\"A role a lead is linked to.\",\"required\":[\"roleId\",\"roleName\",\"organizationId\",\"status\",\"resumeFitScore\",\"overallFitScore\"],\"properties\":{\"roleId\":{\"type\":\"string\",\"description\":\"Role ID.\",\"examples\":[\"role_eng_be\"]},\"roleName\":{\"type\":\"string\",\"description\":\"Role title.\",\"examples\":[\"Senior Backend Engineer\"]},\"organizationId\":{\"type\":\"string\",\"description\":\"The role's organization.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"The lead's status in this role (free-form).\",\"examples\":[\"Assigned\"]},\"resumeFitScore\":{\"type\":\"integer\",\"description\":\"Resume fit score: `-1` until scored, then `0`–`100`.\",\"minimum\":-1,\"maximum\":100,\"examples\":[71]},\"overallFitScore\":{\"type\":\"integer\",\"description\":\"Overall fit score: `-1` until scored, then `0`–`100`.\",\"minimum\":-1,\"maximum\":100,\"examples\":[-1]}}}},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T10:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T10:30:00Z\"]}}}",
        ),
        example_args_json: "{\"id\":\"pc_1\"}",
        response_example_json: ::std::option::Option::Some(
            "{\"id\":\"pc_1\",\"fullName\":\"Sam Lee\",\"email\":\"sam.cv@example.com\",\"contactEmail\":\"sam@example.com\",\"phone\":\"+905559998877\",\"status\":\"parsed\",\"skills\":[\"python\",\"sql\"],\"summary\":\"5y data engineering.\",\"candidateId\":null,\"organizations\":[{\"organizationId\":\"org_acme\",\"status\":\"Pool\"}],\"roles\":[{\"roleId\":\"role_eng_be\",\"roleName\":\"Senior Backend Engineer\",\"organizationId\":\"org_acme\",\"status\":\"Assigned\",\"resumeFitScore\":71,\"overallFitScore\":-1}],\"createdAt\":\"2026-06-01T10:00:00Z\",\"updatedAt\":\"2026-06-01T10:30:00Z\"}",
        ),
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"The potential-candidate id.\",\"examples\":[\"pc_1\"]}},\"required\":[\"id\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::None,
        example_args_json: "{\"id\":\"pc_1\"}",
        response_example_json: ::std::option::Option::None,
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
        admin_only: false,
        page_params: ::std::option::Option::None,
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"The potential-candidate id.\",\"examples\":[\"pc_1\"]},\"body\":{\"type\":\"object\",\"description\":\"Fields to change on a potential candidate. Send only the fields you want to change; unknown fields are ignored, wrong-typed fields and an empty body return `400`.\",\"properties\":{\"fullName\":{\"type\":\"string\",\"description\":\"Lead's full name.\",\"minLength\":1},\"status\":{\"type\":\"string\",\"description\":\"Lead status.\",\"minLength\":1,\"examples\":[\"parsed\"]},\"email\":{\"type\":[\"string\",\"null\"],\"format\":\"email\",\"description\":\"CV email (validated).\"},\"contactEmail\":{\"type\":[\"string\",\"null\"],\"format\":\"email\",\"description\":\"Account/contact email (validated).\"},\"phone\":{\"type\":[\"string\",\"null\"],\"description\":\"Phone (validated).\"},\"summary\":{\"type\":[\"string\",\"null\"],\"description\":\"Free-text summary.\"},\"skills\":{\"type\":\"array\",\"description\":\"Skill tags.\",\"items\":{\"type\":\"string\"},\"examples\":[[\"python\",\"sql\",\"airflow\"]]}},\"minProperties\":1,\"examples\":[{\"status\":\"parsed\",\"skills\":[\"python\",\"sql\",\"airflow\"]}]}},\"required\":[\"id\",\"body\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"A potential candidate: a sourced or CV-screened lead that exists before a candidate creates an account.\",\"required\":[\"id\",\"fullName\",\"email\",\"contactEmail\",\"phone\",\"status\",\"skills\",\"summary\",\"candidateId\",\"organizations\",\"roles\",\"createdAt\",\"updatedAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Potential-candidate ID.\",\"examples\":[\"pc_1\"]},\"fullName\":{\"type\":\"string\",\"description\":\"Lead's full name.\",\"examples\":[\"Sam Lee\"]},\"email\":{\"type\":[\"string\",\"null\"],\"description\":\"Email parsed from the CV.\",\"examples\":[\"sam.cv@example.com\"]},\"contactEmail\":{\"type\":[\"string\",\"null\"],\"description\":\"Account email used for invitations.\",\"examples\":[\"sam@example.com\"]},\"phone\":{\"type\":[\"string\",\"null\"],\"description\":\"Phone.\",\"examples\":[\"+905559998877\"]},\"status\":{\"type\":\"string\",\"description\":\"Lead status (free-form; `uploaded` on creation).\",\"examples\":[\"parsed\"]},\"skills\":{\"type\":\"array\",\"description\":\"Skill tags.\",\"items\":{\"type\":\"string\"},\"examples\":[[\"python\",\"sql\"]]},\"summary\":{\"type\":[\"string\",\"null\"],\"description\":\"Free-text summary.\",\"examples\":[\"5y data engineering.\"]},\"candidateId\":{\"type\":[\"string\",\"null\"],\"description\":\"Set once the lead is converted into a candidate.\"},\"organizations\":{\"type\":\"array\",\"description\":\"Organizations the lead is linked to.\",\"items\":{\"type\":\"object\",\"description\":\"An organization a lead is linked to.\",\"required\":[\"organizationId\",\"status\"],\"properties\":{\"organizationId\":{\"type\":\"string\",\"description\":\"Organization ID.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"The lead's status in this organization (free-form).\",\"examples\":[\"Pool\"]}}}},\"roles\":{\"type\":\"array\",\"description\":\"Roles the lead is linked to.\",\"items\":{\"type\":\"object\",\"description\":\"A role a lead is linked to.\",\"required\":[\"roleId\",\"roleName\",\"organizationId\",\"status\",\"resumeFitScore\",\"overallFitScore\"],\"properties\":{\"roleId\":{\"type\":\"string\",\"description\":\"Role ID.\",\"examples\":[\"role_eng_be\"]},\"roleName\":{\"type\":\"string\",\"description\":\"Role title.\",\"examples\":[\"Senior Backend Engineer\"]},\"organizationId\":{\"type\":\"string\",\"description\":\"The role's organization.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"The lead's status in this role (free-form).\",\"examples\":[\"Assigned\"]},\"resumeFitScore\":{\"type\":\"integer\",\"description\":\"Resume fit score: `-1` until scored, then `0`–`100`.\",\"minimum\":-1,\"maximum\":100,\"examples\":[71]},\"overallFitScore\":{\"type\":\"integer\",\"description\":\"Overall fit score: `-1` until scored, then `0`–`100`.\",\"minimum\":-1,\"maximum\":100,\"examples\":[-1]}}}},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T10:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T10:30:00Z\"]}}}",
        ),
        example_args_json: "{\"id\":\"pc_1\",\"body\":{\"status\":\"parsed\",\"skills\":[\"python\",\"sql\",\"airflow\"]}}",
        response_example_json: ::std::option::Option::None,
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
        admin_only: false,
        page_params: ::std::option::Option::Some(PageParams {
            page: ::std::option::Option::Some("page"),
            cursor: ::std::option::Option::None,
            size: PageSize {
                name: "pageSize",
                min: 1u64,
                max: 100u64,
                default: ::std::option::Option::Some(20u64),
            },
            items: "/data",
            pagination: "/pagination",
            row_id: ::std::option::Option::None,
            row_time: ::std::option::Option::None,
        }),
        input_schema_json: "{\"type\":\"object\",\"properties\":{\"batchId\":{\"type\":\"string\",\"description\":\"The CV-screening batch id.\",\"examples\":[\"batch_2026_06_01\"]},\"page\":{\"type\":\"integer\",\"minimum\":0,\"default\":0,\"description\":\"0-indexed page of members. Default `0`.\"},\"pageSize\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":100,\"default\":20,\"description\":\"Members per page (max 100). Default `20`.\"}},\"required\":[\"batchId\"],\"additionalProperties\":false}",
        output_schema_json: ::std::option::Option::Some(
            "{\"type\":\"object\",\"description\":\"A CV-screening batch's processing status with a page of its per-member results. Only members linked to an organization the key can see are counted and returned.\",\"required\":[\"batchId\",\"status\",\"totalCandidates\",\"completedCandidates\",\"processingCandidates\",\"data\",\"pagination\"],\"properties\":{\"batchId\":{\"type\":\"string\",\"description\":\"Batch ID.\",\"examples\":[\"batch_2026_06_01\"]},\"status\":{\"type\":\"string\",\"enum\":[\"processing\",\"completed\"],\"description\":\"`processing` while any member is still being processed, otherwise `completed`.\"},\"totalCandidates\":{\"type\":\"integer\",\"description\":\"Visible members in the batch.\",\"minimum\":0,\"examples\":[25]},\"completedCandidates\":{\"type\":\"integer\",\"description\":\"Visible members whose processing is complete.\",\"minimum\":0,\"examples\":[25]},\"processingCandidates\":{\"type\":\"integer\",\"description\":\"Visible members still being processed.\",\"minimum\":0,\"examples\":[0]},\"data\":{\"type\":\"array\",\"description\":\"This page of batch members (potential-candidate shape).\",\"items\":{\"type\":\"object\",\"description\":\"A potential candidate: a sourced or CV-screened lead that exists before a candidate creates an account.\",\"required\":[\"id\",\"fullName\",\"email\",\"contactEmail\",\"phone\",\"status\",\"skills\",\"summary\",\"candidateId\",\"organizations\",\"roles\",\"createdAt\",\"updatedAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Potential-candidate ID.\",\"examples\":[\"pc_1\"]},\"fullName\":{\"type\":\"string\",\"description\":\"Lead's full name.\",\"examples\":[\"Sam Lee\"]},\"email\":{\"type\":[\"string\",\"null\"],\"description\":\"Email parsed from the CV.\",\"examples\":[\"sam.cv@example.com\"]},\"contactEmail\":{\"type\":[\"string\",\"null\"],\"description\":\"Account email used for invitations.\",\"examples\":[\"sam@example.com\"]},\"phone\":{\"type\":[\"string\",\"null\"],\"description\":\"Phone.\",\"examples\":[\"+905559998877\"]},\"status\":{\"type\":\"string\",\"description\":\"Lead status (free-form; `uploaded` on creation).\",\"examples\":[\"parsed\"]},\"skills\":{\"type\":\"array\",\"description\":\"Skill tags.\",\"items\":{\"type\":\"string\"},\"examples\":[[\"python\",\"sql\"]]},\"summary\":{\"type\":[\"string\",\"null\"],\"description\":\"Free-text summary.\",\"examples\":[\"5y data engineering.\"]},\"candidateId\":{\"type\":[\"string\",\"null\"],\"description\":\"Set once the lead is converted into a candidate.\"},\"organizations\":{\"type\":\"array\",\"description\":\"Organizations the lead is linked to.\",\"items\":{\"type\":\"object\",\"description\":\"An organization a lead is linked to.\",\"required\":[\"organizationId\",\"status\"],\"properties\":{\"organizationId\":{\"type\":\"string\",\"description\":\"Organization ID.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"The lead's status in this organization (free-form).\",\"examples\":[\"Pool\"]}}}},\"roles\":{\"type\":\"array\",\"description\":\"Roles the lead is linked to.\",\"items\":{\"type\":\"object\",\"description\":\"A role a lead is linked to.\",\"required\":[\"roleId\",\"roleName\",\"organizationId\",\"status\",\"resumeFitScore\",\"overallFitScore\"],\"properties\":{\"roleId\":{\"type\":\"string\",\"description\":\"Role ID.\",\"examples\":[\"role_eng_be\"]},\"roleName\":{\"type\":\"string\",\"description\":\"Role title.\",\"examples\":[\"Senior Backend Engineer\"]},\"organizationId\":{\"type\":\"string\",\"description\":\"The role's organization.\",\"examples\":[\"org_acme\"]},\"status\":{\"type\":\"string\",\"description\":\"The lead's status in this role (free-form).\",\"examples\":[\"Assigned\"]},\"resumeFitScore\":{\"type\":\"integer\",\"description\":\"Resume fit score: `-1` until scored, then `0`–`100`.\",\"minimum\":-1,\"maximum\":100,\"examples\":[71]},\"overallFitScore\":{\"type\":\"integer\",\"description\":\"Overall fit score: `-1` until scored, then `0`–`100`.\",\"minimum\":-1,\"maximum\":100,\"examples\":[-1]}}}},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T10:00:00Z\"]},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\",\"description\":\"ISO 8601 timestamp in UTC.\",\"examples\":[\"2026-06-01T10:30:00Z\"]}}}},\"pagination\":{\"type\":\"object\",\"description\":\"Offset pagination of `/api/v1` lists.\",\"required\":[\"page\",\"pageSize\",\"totalCount\",\"totalPages\"],\"properties\":{\"page\":{\"type\":\"integer\",\"description\":\"0-indexed page.\",\"minimum\":0,\"examples\":[0]},\"pageSize\":{\"type\":\"integer\",\"description\":\"Rows per page.\",\"minimum\":1,\"maximum\":100,\"examples\":[20]},\"totalCount\":{\"type\":\"integer\",\"description\":\"Total rows across all pages.\",\"minimum\":0,\"examples\":[134]},\"totalPages\":{\"type\":\"integer\",\"description\":\"Total pages; request `page` up to `totalPages - 1`.\",\"minimum\":0,\"examples\":[7]}}}}}",
        ),
        example_args_json: "{\"batchId\":\"batch_2026_06_01\"}",
        response_example_json: ::std::option::Option::Some(
            "{\"batchId\":\"batch_2026_06_01\",\"status\":\"completed\",\"totalCandidates\":25,\"completedCandidates\":25,\"processingCandidates\":0,\"data\":[{\"id\":\"pc_1\",\"fullName\":\"Sam Lee\",\"email\":\"sam.cv@example.com\",\"contactEmail\":null,\"phone\":null,\"status\":\"parsed\",\"skills\":[\"python\"],\"summary\":null,\"candidateId\":null,\"organizations\":[{\"organizationId\":\"org_acme\",\"status\":\"Pool\"}],\"roles\":[],\"createdAt\":\"2026-06-01T10:00:00Z\",\"updatedAt\":\"2026-06-01T10:30:00Z\"}],\"pagination\":{\"page\":0,\"pageSize\":20,\"totalCount\":25,\"totalPages\":2}}",
        ),
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
