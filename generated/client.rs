#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///An API key with owner and usage metadata. The full secret is never returned after creation — only `start` is shown for display.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ApiKey {
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Whether the key is active.
        pub enabled: bool,
        ///ISO 8601 expiry.
        #[serde(
            rename = "expiresAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Key ID.
        pub id: ::std::string::String,
        ///ISO 8601 timestamp of last use.
        #[serde(
            rename = "lastRequest",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub last_request: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Label set at creation.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The user the key acts as.
        pub owner: ApiKeyOwner,
        ///Always `tr_`.
        pub prefix: crate::types::ApiKeyPrefix,
        ///Lifetime request count.
        #[serde(rename = "requestCount")]
        pub request_count: u64,
        ///First characters of the key, for display.
        pub start: ::std::string::String,
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl ApiKey {
        pub fn builder() -> builder::ApiKey {
            Default::default()
        }
    }
    ///Legacy success envelope around every API key.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ApiKeyListResponse {
        pub data: ::std::vec::Vec<ApiKey>,
        ///Always `true` on success.
        pub success: bool,
    }
    impl ApiKeyListResponse {
        pub fn builder() -> builder::ApiKeyListResponse {
            Default::default()
        }
    }
    ///The user an API key acts as.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ApiKeyOwner {
        ///User email.
        pub email: ::std::string::String,
        ///User ID.
        pub id: ::std::string::String,
        ///User name.
        pub name: ::std::string::String,
        ///The owner's organization role, if any.
        #[serde(
            rename = "orgRole",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub org_role: ::std::option::Option<::std::string::String>,
        ///The owner's organization, if any.
        #[serde(
            rename = "organizationId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub organization_id: ::std::option::Option<::std::string::String>,
        ///The owner's platform role (e.g. `admin`).
        #[serde(rename = "platformRole")]
        pub platform_role: ::std::string::String,
    }
    impl ApiKeyOwner {
        pub fn builder() -> builder::ApiKeyOwner {
            Default::default()
        }
    }
    ///Short form of the user a key acts as.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ApiKeyOwnerSummary {
        ///User email.
        pub email: ::std::string::String,
        ///User ID.
        pub id: ::std::string::String,
        ///User name.
        pub name: ::std::string::String,
    }
    impl ApiKeyOwnerSummary {
        pub fn builder() -> builder::ApiKeyOwnerSummary {
            Default::default()
        }
    }
    ///A page of a key's forensic usage log.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ApiKeyUsage {
        pub key: ApiKeyUsageKey,
        pub pagination: CursorPagination,
        ///Requests made with the key, newest first.
        pub rows: ::std::vec::Vec<ApiKeyUsageEntry>,
    }
    impl ApiKeyUsage {
        pub fn builder() -> builder::ApiKeyUsage {
            Default::default()
        }
    }
    ///One request made with an API key.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ApiKeyUsageEntry {
        ///Authentication endpoint through which the key was verified.
        #[serde(rename = "authEndpoint")]
        pub auth_endpoint: ::std::string::String,
        ///Usage-row ID.
        pub id: ::std::string::String,
        ///Client IP address.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub ip: ::std::option::Option<::std::string::String>,
        ///HTTP method of the request.
        pub method: ::std::string::String,
        ///Request path.
        pub path: ::std::string::String,
        ///When the request was made (ISO 8601, UTC).
        pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Client `User-Agent`.
        #[serde(
            rename = "userAgent",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub user_agent: ::std::option::Option<::std::string::String>,
    }
    impl ApiKeyUsageEntry {
        pub fn builder() -> builder::ApiKeyUsageEntry {
            Default::default()
        }
    }
    ///The audited key, as summarized in the usage log.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ApiKeyUsageKey {
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Key ID.
        pub id: ::std::string::String,
        ///ISO 8601 timestamp of last use.
        #[serde(
            rename = "lastRequest",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub last_request: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Label set at creation.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        pub owner: ApiKeyOwnerSummary,
        ///Lifetime request count.
        #[serde(rename = "requestCount")]
        pub request_count: u64,
    }
    impl ApiKeyUsageKey {
        pub fn builder() -> builder::ApiKeyUsageKey {
            Default::default()
        }
    }
    ///Legacy success envelope around a page of the usage log.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ApiKeyUsageResponse {
        pub data: ApiKeyUsage,
        ///Always `true` on success.
        pub success: bool,
    }
    impl ApiKeyUsageResponse {
        pub fn builder() -> builder::ApiKeyUsageResponse {
            Default::default()
        }
    }
    ///Request body of *Apply to a public job*.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ApplyToPublicJobRequest {
        ///Language for the signup link. Default `en`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub locale: ::std::option::Option<::std::string::String>,
        ///The public role to apply for.
        #[serde(rename = "roleId")]
        pub role_id: ::std::string::String,
    }
    impl ApplyToPublicJobRequest {
        pub fn builder() -> builder::ApplyToPublicJobRequest {
            Default::default()
        }
    }
    ///A candidate in the stable v1 shape.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Candidate {
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Email.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Candidate's full name.
        #[serde(rename = "fullName")]
        pub full_name: ::std::string::String,
        ///Candidate ID.
        pub id: ::std::string::String,
        ///Phone.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///The roles the candidate is in.
        pub roles: ::std::vec::Vec<CandidateRoleAssignment>,
        ///Candidate status (free-form).
        pub status: ::std::string::String,
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl Candidate {
        pub fn builder() -> builder::Candidate {
            Default::default()
        }
    }
    ///A page of candidates.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CandidateList {
        pub data: ::std::vec::Vec<Candidate>,
        pub pagination: OffsetPagination,
    }
    impl CandidateList {
        pub fn builder() -> builder::CandidateList {
            Default::default()
        }
    }
    ///A role the candidate is assigned to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CandidateRoleAssignment {
        ///Whether the candidate is approved for this role.
        pub approved: bool,
        ///The role's organization.
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        ///Overall fit score: `-1` until scored, then `0`–`100`.
        #[serde(rename = "overallFitScore")]
        pub overall_fit_score: i64,
        ///Role ID.
        #[serde(rename = "roleId")]
        pub role_id: ::std::string::String,
        ///Role title.
        #[serde(rename = "roleName")]
        pub role_name: ::std::string::String,
        ///The candidate's status in this role (free-form).
        pub status: ::std::string::String,
    }
    impl CandidateRoleAssignment {
        pub fn builder() -> builder::CandidateRoleAssignment {
            Default::default()
        }
    }
    ///A candidate's progress in one step of one role's pipeline.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CandidateStep {
        ///ISO 8601 timestamp in UTC.
        #[serde(
            rename = "completedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub completed_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Candidate-step ID.
        pub id: ::std::string::String,
        ///Step name.
        pub name: ::std::string::String,
        ///The candidate's response to an offer step.
        #[serde(
            rename = "offerResponse",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub offer_response: ::std::option::Option<::std::string::String>,
        ///Position of the step in the role's pipeline.
        pub order: i64,
        ///ISO 8601 timestamp in UTC.
        #[serde(
            rename = "rejectedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub rejected_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Why the step was rejected.
        #[serde(
            rename = "rejectionReason",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub rejection_reason: ::std::option::Option<::std::string::String>,
        ///Role ID.
        #[serde(rename = "roleId")]
        pub role_id: ::std::string::String,
        ///The role's template step (see *Get a role's pipeline template*).
        #[serde(rename = "roleStepId")]
        pub role_step_id: ::std::string::String,
        ///ISO 8601 timestamp in UTC.
        #[serde(
            rename = "startedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub status: crate::types::CandidateStepStatus,
        #[serde(rename = "stepType")]
        pub step_type: crate::types::StepType,
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///ISO 8601 timestamp in UTC.
        #[serde(
            rename = "validatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub validated_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Score the step was validated with.
        #[serde(
            rename = "validationScore",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub validation_score: ::std::option::Option<i64>,
    }
    impl CandidateStep {
        pub fn builder() -> builder::CandidateStep {
            Default::default()
        }
    }
    ///A candidate's full step progress across all their roles.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CandidateStepList {
        ///Ordered by role, then step order. Not paginated.
        pub data: ::std::vec::Vec<CandidateStep>,
    }
    impl CandidateStepList {
        pub fn builder() -> builder::CandidateStepList {
            Default::default()
        }
    }
    ///Fields to change on a candidate. Send only the fields you want to change; unknown fields are ignored, wrong-typed fields and an empty body return `400`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CandidateUpdate {
        ///Email (validated).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub email: ::std::option::Option<crate::Nullable<::std::string::String>>,
        ///Candidate's full name.
        #[serde(
            rename = "fullName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub full_name: ::std::option::Option<::std::string::String>,
        ///Phone (validated).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub phone: ::std::option::Option<crate::Nullable<::std::string::String>>,
        ///Candidate status.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Free-text summary.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub summary: ::std::option::Option<crate::Nullable<::std::string::String>>,
    }
    impl CandidateUpdate {
        pub fn builder() -> builder::CandidateUpdate {
            Default::default()
        }
    }
    ///An organization's public career portal: branding/theme and every open, public role.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CareerPortal {
        pub org: PortalOrganization,
        ///All open, public roles for the org.
        pub roles: ::std::vec::Vec<PublicRole>,
    }
    impl CareerPortal {
        pub fn builder() -> builder::CareerPortal {
            Default::default()
        }
    }
    ///Request body of *Create an API key*.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreateApiKeyRequest {
        ///Days until expiry. Default `90`, range 1–365.
        #[serde(
            rename = "expiresInDays",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expires_in_days: ::std::option::Option<i64>,
        ///Human-readable label (max 255 chars).
        pub name: ::std::string::String,
        ///ID of the user the key acts as. Must exist.
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl CreateApiKeyRequest {
        pub fn builder() -> builder::CreateApiKeyRequest {
            Default::default()
        }
    }
    ///Legacy success envelope around the created key.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreateApiKeyResponse {
        pub data: CreatedApiKey,
        ///Always `true` on success.
        pub success: bool,
    }
    impl CreateApiKeyResponse {
        pub fn builder() -> builder::CreateApiKeyResponse {
            Default::default()
        }
    }
    ///A newly minted API key, including its plaintext `key` (returned only in the creation response).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreatedApiKey {
        ///ISO 8601 expiry timestamp.
        #[serde(rename = "expiresAt")]
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The key's ID — use it to revoke or audit the key.
        pub id: ::std::string::String,
        ///The plaintext key. Shown once: it is stored hashed and can never be retrieved again. 67 characters: the `tr_` prefix plus 64 characters.
        pub key: crate::ApiKey,
        ///Label set at creation.
        pub name: ::std::string::String,
        ///Always `tr_`.
        pub prefix: crate::types::CreatedApiKeyPrefix,
        ///First characters, for display.
        pub start: ::std::string::String,
        ///The owner the key acts as.
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl CreatedApiKey {
        pub fn builder() -> builder::CreatedApiKey {
            Default::default()
        }
    }
    ///Cursor pagination (API-key usage log), newest first.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CursorPagination {
        ///Whether older rows exist. When `false`, you have reached the end.
        #[serde(rename = "hasMore")]
        pub has_more: bool,
        ///Rows per page.
        pub limit: ::std::num::NonZeroU64,
        ///Pass as the `before` query parameter to fetch the next (older) page.
        #[serde(
            rename = "nextBefore",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_before: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
    }
    impl CursorPagination {
        pub fn builder() -> builder::CursorPagination {
            Default::default()
        }
    }
    ///A CV-screening batch's processing status with a page of its per-member results. Only members linked to an organization the key can see are counted and returned.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CvScreeningBatch {
        ///Batch ID.
        #[serde(rename = "batchId")]
        pub batch_id: ::std::string::String,
        ///Visible members whose processing is complete.
        #[serde(rename = "completedCandidates")]
        pub completed_candidates: u64,
        ///This page of batch members (potential-candidate shape).
        pub data: ::std::vec::Vec<PotentialCandidate>,
        pub pagination: OffsetPagination,
        ///Visible members still being processed.
        #[serde(rename = "processingCandidates")]
        pub processing_candidates: u64,
        ///`processing` while any member is still being processed, otherwise `completed`.
        pub status: crate::types::CvScreeningBatchStatus,
        ///Visible members in the batch.
        #[serde(rename = "totalCandidates")]
        pub total_candidates: u64,
    }
    impl CvScreeningBatch {
        pub fn builder() -> builder::CvScreeningBatch {
            Default::default()
        }
    }
    ///Error body of the legacy endpoints (`/api/admin/*` and `/api/public/*`): a human-readable message in `error`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct LegacyError {
        ///Human-readable error message, e.g. `Forbidden - Admin access required`, `Name is required`, `userId is required`.
        pub error: ::std::string::String,
    }
    impl LegacyError {
        pub fn builder() -> builder::LegacyError {
            Default::default()
        }
    }
    ///The authenticated principal.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Me {
        pub auth: MeAuth,
        pub user: MeUser,
    }
    impl Me {
        pub fn builder() -> builder::Me {
            Default::default()
        }
    }
    ///How the caller authenticated. For a session (cookie) caller, `type` is `session` and there is no `keyId`/`scopes`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MeAuth {
        ///API-key callers only: the calling key's ID.
        #[serde(
            rename = "keyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub key_id: ::std::option::Option<::std::string::String>,
        ///API-key callers only: the scopes granted to the calling key.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
        ///How the caller authenticated: `api_key`, or `session` for a signed-in (cookie) caller.
        #[serde(rename = "type")]
        pub type_: crate::types::MeAuthType,
    }
    impl MeAuth {
        pub fn builder() -> builder::MeAuth {
            Default::default()
        }
    }
    ///The authenticated user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MeUser {
        ///User email.
        pub email: ::std::string::String,
        ///User ID.
        pub id: ::std::string::String,
        ///The user's role.
        pub role: ::std::string::String,
    }
    impl MeUser {
        pub fn builder() -> builder::MeUser {
            Default::default()
        }
    }
    ///Offset pagination of `/api/v1` lists.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct OffsetPagination {
        ///0-indexed page.
        pub page: u64,
        ///Rows per page.
        #[serde(rename = "pageSize")]
        pub page_size: ::std::num::NonZeroU64,
        ///Total rows across all pages.
        #[serde(rename = "totalCount")]
        pub total_count: u64,
        ///Total pages; request `page` up to `totalPages - 1`.
        #[serde(rename = "totalPages")]
        pub total_pages: u64,
    }
    impl OffsetPagination {
        pub fn builder() -> builder::OffsetPagination {
            Default::default()
        }
    }
    ///Portal branding and metadata.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PortalOrganization {
        ///Organization domain.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub domain: ::std::option::Option<::std::string::String>,
        ///Logo URL.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub logo: ::std::option::Option<::std::string::String>,
        ///Organization name.
        pub name: ::std::string::String,
        #[serde(rename = "portalTheme")]
        pub portal_theme: PortalTheme,
        ///Portal slug.
        pub slug: ::std::string::String,
    }
    impl PortalOrganization {
        pub fn builder() -> builder::PortalOrganization {
            Default::default()
        }
    }
    ///Career-portal theme.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PortalTheme {
        ///Brand colour.
        #[serde(
            rename = "primaryColor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub primary_color: ::std::option::Option<::std::string::String>,
        ///Whether salary fields are included on roles.
        #[serde(rename = "showSalary")]
        pub show_salary: bool,
    }
    impl PortalTheme {
        pub fn builder() -> builder::PortalTheme {
            Default::default()
        }
    }
    ///A potential candidate: a sourced or CV-screened lead that exists before a candidate creates an account.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PotentialCandidate {
        ///Set once the lead is converted into a candidate.
        #[serde(
            rename = "candidateId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub candidate_id: ::std::option::Option<::std::string::String>,
        ///Account email used for invitations.
        #[serde(
            rename = "contactEmail",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub contact_email: ::std::option::Option<::std::string::String>,
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Email parsed from the CV.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Lead's full name.
        #[serde(rename = "fullName")]
        pub full_name: ::std::string::String,
        ///Potential-candidate ID.
        pub id: ::std::string::String,
        ///Organizations the lead is linked to.
        pub organizations: ::std::vec::Vec<PotentialCandidateOrganization>,
        ///Phone.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///Roles the lead is linked to.
        pub roles: ::std::vec::Vec<PotentialCandidateRole>,
        ///Skill tags.
        pub skills: ::std::vec::Vec<::std::string::String>,
        ///Lead status (free-form; `uploaded` on creation).
        pub status: ::std::string::String,
        ///Free-text summary.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub summary: ::std::option::Option<::std::string::String>,
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl PotentialCandidate {
        pub fn builder() -> builder::PotentialCandidate {
            Default::default()
        }
    }
    ///Request body of *Create a potential candidate*.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PotentialCandidateCreate {
        ///Account/contact email (validated).
        #[serde(
            rename = "contactEmail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub contact_email: ::std::option::Option<::std::string::String>,
        ///CV email (validated).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Lead's full name.
        #[serde(rename = "fullName")]
        pub full_name: ::std::string::String,
        ///Organization to create the lead in.
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        ///Phone (validated).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///Skill tags.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub skills: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Lead status. Defaults to `uploaded`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Free-text summary.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
    }
    impl PotentialCandidateCreate {
        pub fn builder() -> builder::PotentialCandidateCreate {
            Default::default()
        }
    }
    ///A page of potential candidates.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PotentialCandidateList {
        pub data: ::std::vec::Vec<PotentialCandidate>,
        pub pagination: OffsetPagination,
    }
    impl PotentialCandidateList {
        pub fn builder() -> builder::PotentialCandidateList {
            Default::default()
        }
    }
    ///An organization a lead is linked to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PotentialCandidateOrganization {
        ///Organization ID.
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        ///The lead's status in this organization (free-form).
        pub status: ::std::string::String,
    }
    impl PotentialCandidateOrganization {
        pub fn builder() -> builder::PotentialCandidateOrganization {
            Default::default()
        }
    }
    ///A role a lead is linked to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PotentialCandidateRole {
        ///The role's organization.
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        ///Overall fit score: `-1` until scored, then `0`–`100`.
        #[serde(rename = "overallFitScore")]
        pub overall_fit_score: i64,
        ///Resume fit score: `-1` until scored, then `0`–`100`.
        #[serde(rename = "resumeFitScore")]
        pub resume_fit_score: i64,
        ///Role ID.
        #[serde(rename = "roleId")]
        pub role_id: ::std::string::String,
        ///Role title.
        #[serde(rename = "roleName")]
        pub role_name: ::std::string::String,
        ///The lead's status in this role (free-form).
        pub status: ::std::string::String,
    }
    impl PotentialCandidateRole {
        pub fn builder() -> builder::PotentialCandidateRole {
            Default::default()
        }
    }
    ///Fields to change on a potential candidate. Send only the fields you want to change; unknown fields are ignored, wrong-typed fields and an empty body return `400`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PotentialCandidateUpdate {
        ///Account/contact email (validated).
        #[serde(
            rename = "contactEmail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub contact_email: ::std::option::Option<crate::Nullable<::std::string::String>>,
        ///CV email (validated).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub email: ::std::option::Option<crate::Nullable<::std::string::String>>,
        ///Lead's full name.
        #[serde(
            rename = "fullName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub full_name: ::std::option::Option<::std::string::String>,
        ///Phone (validated).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub phone: ::std::option::Option<crate::Nullable<::std::string::String>>,
        ///Skill tags.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub skills: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Lead status.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Free-text summary.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub summary: ::std::option::Option<crate::Nullable<::std::string::String>>,
    }
    impl PotentialCandidateUpdate {
        pub fn builder() -> builder::PotentialCandidateUpdate {
            Default::default()
        }
    }
    ///The candidate signup invitation link for a public role.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PublicApplication {
        ///Full signup URL to share with or redirect the candidate to.
        #[serde(rename = "inviteUrl")]
        pub invite_url: ::std::string::String,
    }
    impl PublicApplication {
        pub fn builder() -> builder::PublicApplication {
            Default::default()
        }
    }
    ///A single open, public role with its organization metadata.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PublicJob {
        pub org: PortalOrganization,
        pub role: PublicRole,
    }
    impl PublicJob {
        pub fn builder() -> builder::PublicJob {
            Default::default()
        }
    }
    ///An open, public role as shown on the career portal. Salary fields are omitted unless the organization enables salary display.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PublicRole {
        ///Collar type: `white`, `gray`, or `blue`.
        #[serde(
            rename = "collarType",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub collar_type: ::std::option::Option<crate::types::PublicRoleCollarType>,
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Department.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub department: ::std::option::Option<::std::string::String>,
        ///Role description as a JSON document (an object, not a string).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Role ID.
        pub id: ::std::string::String,
        ///Location.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub location: ::std::option::Option<::std::string::String>,
        ///Role title.
        pub name: ::std::string::String,
        ///Salary currency. Present only when `org.portalTheme.showSalary` is `true`.
        #[serde(
            rename = "salaryCurrency",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub salary_currency: ::std::option::Option<::std::string::String>,
        ///Salary band maximum. Present only when `org.portalTheme.showSalary` is `true`.
        #[serde(
            rename = "salaryMax",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub salary_max: ::std::option::Option<i64>,
        ///Salary band minimum. Present only when `org.portalTheme.showSalary` is `true`.
        #[serde(
            rename = "salaryMin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub salary_min: ::std::option::Option<i64>,
        ///Salary period. Present only when `org.portalTheme.showSalary` is `true`.
        #[serde(
            rename = "salaryPeriod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub salary_period: ::std::option::Option<::std::string::String>,
        ///Work arrangement: `remote`, `hybrid`, or `onsite`.
        #[serde(
            rename = "workType",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub work_type: ::std::option::Option<crate::types::PublicRoleWorkType>,
    }
    impl PublicRole {
        pub fn builder() -> builder::PublicRole {
            Default::default()
        }
    }
    ///Legacy success envelope with no payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct RevokeApiKeyResponse {
        ///Always `true` on success.
        pub success: bool,
    }
    impl RevokeApiKeyResponse {
        pub fn builder() -> builder::RevokeApiKeyResponse {
            Default::default()
        }
    }
    ///A role (job) in the stable v1 shape.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Role {
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Department.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub department: ::std::option::Option<::std::string::String>,
        ///Role ID.
        pub id: ::std::string::String,
        ///Whether the role is public.
        #[serde(rename = "isPublic")]
        pub is_public: bool,
        ///Location.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub location: ::std::option::Option<::std::string::String>,
        ///Role title.
        pub name: ::std::string::String,
        ///The role's organization.
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        ///Priority.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub priority: ::std::option::Option<::std::string::String>,
        ///Seniority.
        #[serde(
            rename = "roleLevel",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub role_level: ::std::option::Option<::std::string::String>,
        ///Salary currency.
        #[serde(
            rename = "salaryCurrency",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub salary_currency: ::std::option::Option<::std::string::String>,
        ///Salary band maximum.
        #[serde(
            rename = "salaryMax",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub salary_max: ::std::option::Option<i64>,
        ///Salary band minimum.
        #[serde(
            rename = "salaryMin",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub salary_min: ::std::option::Option<i64>,
        ///Salary period.
        #[serde(
            rename = "salaryPeriod",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub salary_period: ::std::option::Option<::std::string::String>,
        ///Role status (free-form).
        pub status: ::std::string::String,
        ///Target hires.
        #[serde(
            rename = "targetHireCount",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub target_hire_count: ::std::option::Option<i64>,
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Work arrangement: `remote`, `hybrid`, or `onsite`.
        #[serde(
            rename = "workType",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub work_type: ::std::option::Option<crate::types::RoleWorkType>,
    }
    impl Role {
        pub fn builder() -> builder::Role {
            Default::default()
        }
    }
    ///A page of roles.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct RoleList {
        pub data: ::std::vec::Vec<Role>,
        pub pagination: OffsetPagination,
    }
    impl RoleList {
        pub fn builder() -> builder::RoleList {
            Default::default()
        }
    }
    ///One step of a role's pipeline template.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct RoleStep {
        ///Whether the step may be skipped.
        #[serde(rename = "allowSkip")]
        pub allow_skip: bool,
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Step description.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Step ID.
        pub id: ::std::string::String,
        ///Whether the step is required.
        #[serde(rename = "isRequired")]
        pub is_required: bool,
        ///Step name.
        pub name: ::std::string::String,
        ///Position in the pipeline.
        pub order: i64,
        ///Score needed to pass the step.
        #[serde(
            rename = "passingScore",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub passing_score: ::std::option::Option<i64>,
        ///Role ID.
        #[serde(rename = "roleId")]
        pub role_id: ::std::string::String,
        #[serde(rename = "stepType")]
        pub step_type: crate::types::StepType,
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "validationType")]
        pub validation_type: crate::types::ValidationType,
    }
    impl RoleStep {
        pub fn builder() -> builder::RoleStep {
            Default::default()
        }
    }
    ///A role's full pipeline template.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct RoleStepList {
        ///Ordered by step order. Not paginated.
        pub data: ::std::vec::Vec<RoleStep>,
    }
    impl RoleStepList {
        pub fn builder() -> builder::RoleStepList {
            Default::default()
        }
    }
    ///Fields to change on a role. Send only the fields you want to change; unknown fields are ignored, wrong-typed fields and an empty body return `400`. Pipeline structure, fit criteria, confidentiality, and assignment fields cannot be changed here.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct RoleUpdate {
        ///Department.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub department: ::std::option::Option<crate::Nullable<::std::string::String>>,
        ///Whether the role is public.
        #[serde(
            rename = "isPublic",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_public: ::std::option::Option<bool>,
        ///Location.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub location: ::std::option::Option<crate::Nullable<::std::string::String>>,
        ///Role title.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Priority.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub priority: ::std::option::Option<crate::Nullable<::std::string::String>>,
        ///Seniority.
        #[serde(
            rename = "roleLevel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub role_level: ::std::option::Option<crate::Nullable<::std::string::String>>,
        ///Salary currency.
        #[serde(
            rename = "salaryCurrency",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub salary_currency: ::std::option::Option<
            crate::Nullable<::std::string::String>,
        >,
        ///Salary band maximum.
        #[serde(
            rename = "salaryMax",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub salary_max: ::std::option::Option<crate::Nullable<i64>>,
        ///Salary band minimum.
        #[serde(
            rename = "salaryMin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub salary_min: ::std::option::Option<crate::Nullable<i64>>,
        ///Salary period.
        #[serde(
            rename = "salaryPeriod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub salary_period: ::std::option::Option<crate::Nullable<::std::string::String>>,
        ///Role status.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Target hires.
        #[serde(
            rename = "targetHireCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub target_hire_count: ::std::option::Option<crate::Nullable<i64>>,
        ///Work arrangement: `remote`, `hybrid`, or `onsite`.
        #[serde(
            rename = "workType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub work_type: ::std::option::Option<
            crate::Nullable<crate::types::RoleUpdateWorkType>,
        >,
    }
    impl RoleUpdate {
        pub fn builder() -> builder::RoleUpdate {
            Default::default()
        }
    }
    ///An assessment test's metadata in the stable v1 shape. The question content is never included.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Test {
        ///Analysis category (free-form).
        #[serde(rename = "analysisCategory")]
        pub analysis_category: ::std::string::String,
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Test description.
        pub description: ::std::string::String,
        ///Duration in minutes.
        pub duration: i64,
        ///Test ID.
        pub id: ::std::string::String,
        ///`true` when the test has no linked organization (a platform-global template).
        #[serde(rename = "isPublic")]
        pub is_public: bool,
        ///Language (ISO 639-1).
        pub language: ::std::string::String,
        ///Test name.
        pub name: ::std::string::String,
        ///Organizations the test is linked to.
        #[serde(rename = "organizationIds")]
        pub organization_ids: ::std::vec::Vec<::std::string::String>,
        ///Target persona.
        #[serde(
            rename = "targetPersona",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub target_persona: ::std::option::Option<::std::string::String>,
        ///Test type (free-form).
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        ///ISO 8601 timestamp in UTC.
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl Test {
        pub fn builder() -> builder::Test {
            Default::default()
        }
    }
    ///A page of tests.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct TestList {
        pub data: ::std::vec::Vec<Test>,
        pub pagination: OffsetPagination,
    }
    impl TestList {
        pub fn builder() -> builder::TestList {
            Default::default()
        }
    }
    ///Metadata fields to change on a test (never the question content). Send only the fields you want to change; unknown fields are ignored, wrong-typed fields and an empty body return `400`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct TestUpdate {
        ///Analysis category.
        #[serde(
            rename = "analysisCategory",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub analysis_category: ::std::option::Option<::std::string::String>,
        ///Test description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Duration in minutes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<i64>,
        ///Language (ISO 639-1).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        ///Test name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Target persona.
        #[serde(
            rename = "targetPersona",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::Nullable::deserialize_present")]
        pub target_persona: ::std::option::Option<
            crate::Nullable<::std::string::String>,
        >,
        ///Test type.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl TestUpdate {
        pub fn builder() -> builder::TestUpdate {
            Default::default()
        }
    }
    ///Error body of the versioned `/api/v1/*` endpoints: a stable machine code in `error`, optionally with a `message` and extra fields. On `insufficient_scope`, read `requiredScopes` / `grantedScopes` to self-correct.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct V1Error {
        ///On `bad_request`: what is wrong with the request.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub details: ::std::vec::Vec<::std::string::String>,
        ///Stable machine code. Documented codes: `bad_request` (400), `insufficient_scope` (403), `forbidden` (403), `not_found` (404), `internal_error` (500). The code sent with 401 and 429 is not documented; treat unknown codes as possible.
        pub error: ::std::string::String,
        ///On `insufficient_scope`: the scopes granted to the calling key.
        #[serde(
            rename = "grantedScopes",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub granted_scopes: ::std::vec::Vec<::std::string::String>,
        ///Optional human-readable explanation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///On `insufficient_scope`: the scope(s) the endpoint requires.
        #[serde(
            rename = "requiredScopes",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub required_scopes: ::std::vec::Vec<::std::string::String>,
    }
    impl V1Error {
        pub fn builder() -> builder::V1Error {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ApiKey {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<bool, ::std::string::String>,
            expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            last_request: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<super::ApiKeyOwner, ::std::string::String>,
            prefix: ::std::result::Result<
                crate::types::ApiKeyPrefix,
                ::std::string::String,
            >,
            request_count: ::std::result::Result<u64, ::std::string::String>,
            start: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiKey {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    enabled: Err("no value supplied for enabled".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    last_request: Err("no value supplied for last_request".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    owner: Err("no value supplied for owner".to_string()),
                    prefix: Err("no value supplied for prefix".to_string()),
                    request_count: Err(
                        "no value supplied for request_count".to_string(),
                    ),
                    start: Err("no value supplied for start".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl ApiKey {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_request<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_request = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_request: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiKeyOwner>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn prefix<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ApiKeyPrefix>,
                T::Error: ::std::fmt::Display,
            {
                self.prefix = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prefix: {e}")
                    });
                self
            }
            pub fn request_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.request_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_count: {e}")
                    });
                self
            }
            pub fn start<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.start = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for start: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiKey> for super::ApiKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    enabled: value.enabled?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    last_request: value.last_request?,
                    name: value.name?,
                    owner: value.owner?,
                    prefix: value.prefix?,
                    request_count: value.request_count?,
                    start: value.start?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::ApiKey> for ApiKey {
            fn from(value: super::ApiKey) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    enabled: Ok(value.enabled),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    last_request: Ok(value.last_request),
                    name: Ok(value.name),
                    owner: Ok(value.owner),
                    prefix: Ok(value.prefix),
                    request_count: Ok(value.request_count),
                    start: Ok(value.start),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiKeyListResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::ApiKey>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for ApiKeyListResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl ApiKeyListResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ApiKey>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiKeyListResponse> for super::ApiKeyListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiKeyListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::ApiKeyListResponse> for ApiKeyListResponse {
            fn from(value: super::ApiKeyListResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiKeyOwner {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            org_role: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            platform_role: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiKeyOwner {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    org_role: Err("no value supplied for org_role".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    platform_role: Err("no value supplied for platform_role".to_string()),
                }
            }
        }
        impl ApiKeyOwner {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn org_role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_role: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn platform_role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.platform_role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for platform_role: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiKeyOwner> for super::ApiKeyOwner {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiKeyOwner,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    id: value.id?,
                    name: value.name?,
                    org_role: value.org_role?,
                    organization_id: value.organization_id?,
                    platform_role: value.platform_role?,
                })
            }
        }
        impl ::std::convert::From<super::ApiKeyOwner> for ApiKeyOwner {
            fn from(value: super::ApiKeyOwner) -> Self {
                Self {
                    email: Ok(value.email),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    org_role: Ok(value.org_role),
                    organization_id: Ok(value.organization_id),
                    platform_role: Ok(value.platform_role),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiKeyOwnerSummary {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ApiKeyOwnerSummary {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl ApiKeyOwnerSummary {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiKeyOwnerSummary> for super::ApiKeyOwnerSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiKeyOwnerSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::ApiKeyOwnerSummary> for ApiKeyOwnerSummary {
            fn from(value: super::ApiKeyOwnerSummary) -> Self {
                Self {
                    email: Ok(value.email),
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiKeyUsage {
            key: ::std::result::Result<super::ApiKeyUsageKey, ::std::string::String>,
            pagination: ::std::result::Result<
                super::CursorPagination,
                ::std::string::String,
            >,
            rows: ::std::result::Result<
                ::std::vec::Vec<super::ApiKeyUsageEntry>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiKeyUsage {
            fn default() -> Self {
                Self {
                    key: Err("no value supplied for key".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                    rows: Err("no value supplied for rows".to_string()),
                }
            }
        }
        impl ApiKeyUsage {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiKeyUsageKey>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CursorPagination>,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
            pub fn rows<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ApiKeyUsageEntry>>,
                T::Error: ::std::fmt::Display,
            {
                self.rows = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rows: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiKeyUsage> for super::ApiKeyUsage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiKeyUsage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    pagination: value.pagination?,
                    rows: value.rows?,
                })
            }
        }
        impl ::std::convert::From<super::ApiKeyUsage> for ApiKeyUsage {
            fn from(value: super::ApiKeyUsage) -> Self {
                Self {
                    key: Ok(value.key),
                    pagination: Ok(value.pagination),
                    rows: Ok(value.rows),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiKeyUsageEntry {
            auth_endpoint: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            ip: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            method: ::std::result::Result<::std::string::String, ::std::string::String>,
            path: ::std::result::Result<::std::string::String, ::std::string::String>,
            timestamp: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            user_agent: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiKeyUsageEntry {
            fn default() -> Self {
                Self {
                    auth_endpoint: Err(
                        "no value supplied for auth_endpoint".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    ip: Err("no value supplied for ip".to_string()),
                    method: Err("no value supplied for method".to_string()),
                    path: Err("no value supplied for path".to_string()),
                    timestamp: Err("no value supplied for timestamp".to_string()),
                    user_agent: Err("no value supplied for user_agent".to_string()),
                }
            }
        }
        impl ApiKeyUsageEntry {
            pub fn auth_endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.auth_endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auth_endpoint: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ip: {e}"));
                self
            }
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for method: {e}")
                    });
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for path: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            pub fn user_agent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_agent = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_agent: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiKeyUsageEntry> for super::ApiKeyUsageEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiKeyUsageEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auth_endpoint: value.auth_endpoint?,
                    id: value.id?,
                    ip: value.ip?,
                    method: value.method?,
                    path: value.path?,
                    timestamp: value.timestamp?,
                    user_agent: value.user_agent?,
                })
            }
        }
        impl ::std::convert::From<super::ApiKeyUsageEntry> for ApiKeyUsageEntry {
            fn from(value: super::ApiKeyUsageEntry) -> Self {
                Self {
                    auth_endpoint: Ok(value.auth_endpoint),
                    id: Ok(value.id),
                    ip: Ok(value.ip),
                    method: Ok(value.method),
                    path: Ok(value.path),
                    timestamp: Ok(value.timestamp),
                    user_agent: Ok(value.user_agent),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiKeyUsageKey {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            last_request: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<
                super::ApiKeyOwnerSummary,
                ::std::string::String,
            >,
            request_count: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for ApiKeyUsageKey {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    last_request: Err("no value supplied for last_request".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    owner: Err("no value supplied for owner".to_string()),
                    request_count: Err("no value supplied for request_count".to_string()),
                }
            }
        }
        impl ApiKeyUsageKey {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_request<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_request = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_request: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiKeyOwnerSummary>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn request_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.request_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiKeyUsageKey> for super::ApiKeyUsageKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiKeyUsageKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    last_request: value.last_request?,
                    name: value.name?,
                    owner: value.owner?,
                    request_count: value.request_count?,
                })
            }
        }
        impl ::std::convert::From<super::ApiKeyUsageKey> for ApiKeyUsageKey {
            fn from(value: super::ApiKeyUsageKey) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    last_request: Ok(value.last_request),
                    name: Ok(value.name),
                    owner: Ok(value.owner),
                    request_count: Ok(value.request_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiKeyUsageResponse {
            data: ::std::result::Result<super::ApiKeyUsage, ::std::string::String>,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for ApiKeyUsageResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl ApiKeyUsageResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiKeyUsage>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiKeyUsageResponse>
        for super::ApiKeyUsageResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiKeyUsageResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::ApiKeyUsageResponse> for ApiKeyUsageResponse {
            fn from(value: super::ApiKeyUsageResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApplyToPublicJobRequest {
            locale: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ApplyToPublicJobRequest {
            fn default() -> Self {
                Self {
                    locale: Ok(Default::default()),
                    role_id: Err(
                        "body /roleId: no value supplied (required)".to_string(),
                    ),
                }
            }
        }
        impl ApplyToPublicJobRequest {
            /**Language for the signup link. Default `en`.

Sets `locale`.*/
            pub fn locale(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.locale = Ok(Some(value.into()));
                self
            }
            ///Leaves `locale` out of the request (the default; unchanged on an update).
            pub fn omit_locale(mut self) -> Self {
                self.locale = Ok(None);
                self
            }
            /**The public role to apply for.

Sets `roleId` (required).*/
            pub fn role_id(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.role_id = Ok(value.into());
                self
            }
        }
        impl ::std::convert::TryFrom<ApplyToPublicJobRequest>
        for super::ApplyToPublicJobRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApplyToPublicJobRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    locale: value.locale?,
                    role_id: value.role_id?,
                })
            }
        }
        impl ::std::convert::From<super::ApplyToPublicJobRequest>
        for ApplyToPublicJobRequest {
            fn from(value: super::ApplyToPublicJobRequest) -> Self {
                Self {
                    locale: Ok(value.locale),
                    role_id: Ok(value.role_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Candidate {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            full_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::CandidateRoleAssignment>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Candidate {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    full_name: Err("no value supplied for full_name".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    phone: Err("no value supplied for phone".to_string()),
                    roles: Err("no value supplied for roles".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl Candidate {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn full_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.full_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for full_name: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CandidateRoleAssignment>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Candidate> for super::Candidate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Candidate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    email: value.email?,
                    full_name: value.full_name?,
                    id: value.id?,
                    phone: value.phone?,
                    roles: value.roles?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::Candidate> for Candidate {
            fn from(value: super::Candidate) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    email: Ok(value.email),
                    full_name: Ok(value.full_name),
                    id: Ok(value.id),
                    phone: Ok(value.phone),
                    roles: Ok(value.roles),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CandidateList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Candidate>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<
                super::OffsetPagination,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CandidateList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl CandidateList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Candidate>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OffsetPagination>,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CandidateList> for super::CandidateList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CandidateList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::CandidateList> for CandidateList {
            fn from(value: super::CandidateList) -> Self {
                Self {
                    data: Ok(value.data),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CandidateRoleAssignment {
            approved: ::std::result::Result<bool, ::std::string::String>,
            organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            overall_fit_score: ::std::result::Result<i64, ::std::string::String>,
            role_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            role_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CandidateRoleAssignment {
            fn default() -> Self {
                Self {
                    approved: Err("no value supplied for approved".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    overall_fit_score: Err(
                        "no value supplied for overall_fit_score".to_string(),
                    ),
                    role_id: Err("no value supplied for role_id".to_string()),
                    role_name: Err("no value supplied for role_name".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl CandidateRoleAssignment {
            pub fn approved<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.approved = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for approved: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn overall_fit_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.overall_fit_score = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for overall_fit_score: {e}"
                        )
                    });
                self
            }
            pub fn role_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_id: {e}")
                    });
                self
            }
            pub fn role_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CandidateRoleAssignment>
        for super::CandidateRoleAssignment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CandidateRoleAssignment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    approved: value.approved?,
                    organization_id: value.organization_id?,
                    overall_fit_score: value.overall_fit_score?,
                    role_id: value.role_id?,
                    role_name: value.role_name?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::CandidateRoleAssignment>
        for CandidateRoleAssignment {
            fn from(value: super::CandidateRoleAssignment) -> Self {
                Self {
                    approved: Ok(value.approved),
                    organization_id: Ok(value.organization_id),
                    overall_fit_score: Ok(value.overall_fit_score),
                    role_id: Ok(value.role_id),
                    role_name: Ok(value.role_name),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CandidateStep {
            completed_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            offer_response: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order: ::std::result::Result<i64, ::std::string::String>,
            rejected_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            rejection_reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            role_step_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            started_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::types::CandidateStepStatus,
                ::std::string::String,
            >,
            step_type: ::std::result::Result<
                crate::types::StepType,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            validated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            validation_score: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CandidateStep {
            fn default() -> Self {
                Self {
                    completed_at: Err("no value supplied for completed_at".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    offer_response: Err(
                        "no value supplied for offer_response".to_string(),
                    ),
                    order: Err("no value supplied for order".to_string()),
                    rejected_at: Err("no value supplied for rejected_at".to_string()),
                    rejection_reason: Err(
                        "no value supplied for rejection_reason".to_string(),
                    ),
                    role_id: Err("no value supplied for role_id".to_string()),
                    role_step_id: Err("no value supplied for role_step_id".to_string()),
                    started_at: Err("no value supplied for started_at".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    step_type: Err("no value supplied for step_type".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    validated_at: Err("no value supplied for validated_at".to_string()),
                    validation_score: Err(
                        "no value supplied for validation_score".to_string(),
                    ),
                }
            }
        }
        impl CandidateStep {
            pub fn completed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.completed_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for completed_at: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn offer_response<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.offer_response = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for offer_response: {e}"
                        )
                    });
                self
            }
            pub fn order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order: {e}")
                    });
                self
            }
            pub fn rejected_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.rejected_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rejected_at: {e}")
                    });
                self
            }
            pub fn rejection_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.rejection_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for rejection_reason: {e}"
                        )
                    });
                self
            }
            pub fn role_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_id: {e}")
                    });
                self
            }
            pub fn role_step_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role_step_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_step_id: {e}")
                    });
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.started_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for started_at: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::CandidateStepStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn step_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::StepType>,
                T::Error: ::std::fmt::Display,
            {
                self.step_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for step_type: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn validated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.validated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for validated_at: {e}")
                    });
                self
            }
            pub fn validation_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.validation_score = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for validation_score: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CandidateStep> for super::CandidateStep {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CandidateStep,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    completed_at: value.completed_at?,
                    created_at: value.created_at?,
                    id: value.id?,
                    name: value.name?,
                    offer_response: value.offer_response?,
                    order: value.order?,
                    rejected_at: value.rejected_at?,
                    rejection_reason: value.rejection_reason?,
                    role_id: value.role_id?,
                    role_step_id: value.role_step_id?,
                    started_at: value.started_at?,
                    status: value.status?,
                    step_type: value.step_type?,
                    updated_at: value.updated_at?,
                    validated_at: value.validated_at?,
                    validation_score: value.validation_score?,
                })
            }
        }
        impl ::std::convert::From<super::CandidateStep> for CandidateStep {
            fn from(value: super::CandidateStep) -> Self {
                Self {
                    completed_at: Ok(value.completed_at),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    offer_response: Ok(value.offer_response),
                    order: Ok(value.order),
                    rejected_at: Ok(value.rejected_at),
                    rejection_reason: Ok(value.rejection_reason),
                    role_id: Ok(value.role_id),
                    role_step_id: Ok(value.role_step_id),
                    started_at: Ok(value.started_at),
                    status: Ok(value.status),
                    step_type: Ok(value.step_type),
                    updated_at: Ok(value.updated_at),
                    validated_at: Ok(value.validated_at),
                    validation_score: Ok(value.validation_score),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CandidateStepList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::CandidateStep>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CandidateStepList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl CandidateStepList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CandidateStep>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CandidateStepList> for super::CandidateStepList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CandidateStepList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::CandidateStepList> for CandidateStepList {
            fn from(value: super::CandidateStepList) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CandidateUpdate {
            email: ::std::result::Result<
                ::std::option::Option<crate::Nullable<::std::string::String>>,
                ::std::string::String,
            >,
            full_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<crate::Nullable<::std::string::String>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            summary: ::std::result::Result<
                ::std::option::Option<crate::Nullable<::std::string::String>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CandidateUpdate {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    full_name: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    status: Ok(Default::default()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl CandidateUpdate {
            /**Email (validated).

Sets `email`.*/
            pub fn email(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.email = Ok(Some(crate::Nullable::Value(value.into())));
                self
            }
            ///Sends `email` as `null`: clears it.
            pub fn clear_email(mut self) -> Self {
                self.email = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `email` out of the request (the default; unchanged on an update).
            pub fn omit_email(mut self) -> Self {
                self.email = Ok(None);
                self
            }
            /**Candidate's full name.

Sets `fullName`.*/
            pub fn full_name(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.full_name = Ok(Some(value.into()));
                self
            }
            ///Leaves `fullName` out of the request (the default; unchanged on an update).
            pub fn omit_full_name(mut self) -> Self {
                self.full_name = Ok(None);
                self
            }
            /**Phone (validated).

Sets `phone`.*/
            pub fn phone(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.phone = Ok(Some(crate::Nullable::Value(value.into())));
                self
            }
            ///Sends `phone` as `null`: clears it.
            pub fn clear_phone(mut self) -> Self {
                self.phone = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `phone` out of the request (the default; unchanged on an update).
            pub fn omit_phone(mut self) -> Self {
                self.phone = Ok(None);
                self
            }
            /**Candidate status.

Sets `status`.*/
            pub fn status(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.status = Ok(Some(value.into()));
                self
            }
            ///Leaves `status` out of the request (the default; unchanged on an update).
            pub fn omit_status(mut self) -> Self {
                self.status = Ok(None);
                self
            }
            /**Free-text summary.

Sets `summary`.*/
            pub fn summary(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.summary = Ok(Some(crate::Nullable::Value(value.into())));
                self
            }
            ///Sends `summary` as `null`: clears it.
            pub fn clear_summary(mut self) -> Self {
                self.summary = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `summary` out of the request (the default; unchanged on an update).
            pub fn omit_summary(mut self) -> Self {
                self.summary = Ok(None);
                self
            }
        }
        impl ::std::convert::TryFrom<CandidateUpdate> for super::CandidateUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CandidateUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    full_name: value.full_name?,
                    phone: value.phone?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::CandidateUpdate> for CandidateUpdate {
            fn from(value: super::CandidateUpdate) -> Self {
                Self {
                    email: Ok(value.email),
                    full_name: Ok(value.full_name),
                    phone: Ok(value.phone),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CareerPortal {
            org: ::std::result::Result<super::PortalOrganization, ::std::string::String>,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::PublicRole>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CareerPortal {
            fn default() -> Self {
                Self {
                    org: Err("no value supplied for org".to_string()),
                    roles: Err("no value supplied for roles".to_string()),
                }
            }
        }
        impl CareerPortal {
            pub fn org<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PortalOrganization>,
                T::Error: ::std::fmt::Display,
            {
                self.org = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PublicRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CareerPortal> for super::CareerPortal {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CareerPortal,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    org: value.org?,
                    roles: value.roles?,
                })
            }
        }
        impl ::std::convert::From<super::CareerPortal> for CareerPortal {
            fn from(value: super::CareerPortal) -> Self {
                Self {
                    org: Ok(value.org),
                    roles: Ok(value.roles),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateApiKeyRequest {
            expires_in_days: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateApiKeyRequest {
            fn default() -> Self {
                Self {
                    expires_in_days: Ok(Default::default()),
                    name: Err("body /name: no value supplied (required)".to_string()),
                    user_id: Err(
                        "body /userId: no value supplied (required)".to_string(),
                    ),
                }
            }
        }
        impl CreateApiKeyRequest {
            /**Days until expiry. Default `90`, range 1–365.

Sets `expiresInDays`.*/
            pub fn expires_in_days(mut self, value: i64) -> Self {
                self.expires_in_days = Ok(Some(value));
                self
            }
            ///Leaves `expiresInDays` out of the request (the default; unchanged on an update).
            pub fn omit_expires_in_days(mut self) -> Self {
                self.expires_in_days = Ok(None);
                self
            }
            /**Human-readable label (max 255 chars).

Sets `name` (required).*/
            pub fn name(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.name = Ok(value.into());
                self
            }
            /**ID of the user the key acts as. Must exist.

Sets `userId` (required).*/
            pub fn user_id(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.user_id = Ok(value.into());
                self
            }
        }
        impl ::std::convert::TryFrom<CreateApiKeyRequest>
        for super::CreateApiKeyRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateApiKeyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    expires_in_days: value.expires_in_days?,
                    name: value.name?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateApiKeyRequest> for CreateApiKeyRequest {
            fn from(value: super::CreateApiKeyRequest) -> Self {
                Self {
                    expires_in_days: Ok(value.expires_in_days),
                    name: Ok(value.name),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateApiKeyResponse {
            data: ::std::result::Result<super::CreatedApiKey, ::std::string::String>,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for CreateApiKeyResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl CreateApiKeyResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreatedApiKey>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateApiKeyResponse>
        for super::CreateApiKeyResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateApiKeyResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::CreateApiKeyResponse> for CreateApiKeyResponse {
            fn from(value: super::CreateApiKeyResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreatedApiKey {
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            key: ::std::result::Result<crate::ApiKey, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            prefix: ::std::result::Result<
                crate::types::CreatedApiKeyPrefix,
                ::std::string::String,
            >,
            start: ::std::result::Result<::std::string::String, ::std::string::String>,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreatedApiKey {
            fn default() -> Self {
                Self {
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    key: Err("no value supplied for key".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    prefix: Err("no value supplied for prefix".to_string()),
                    start: Err("no value supplied for start".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl CreatedApiKey {
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::ApiKey>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn prefix<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::CreatedApiKeyPrefix>,
                T::Error: ::std::fmt::Display,
            {
                self.prefix = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prefix: {e}")
                    });
                self
            }
            pub fn start<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.start = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for start: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreatedApiKey> for super::CreatedApiKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreatedApiKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    expires_at: value.expires_at?,
                    id: value.id?,
                    key: value.key?,
                    name: value.name?,
                    prefix: value.prefix?,
                    start: value.start?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreatedApiKey> for CreatedApiKey {
            fn from(value: super::CreatedApiKey) -> Self {
                Self {
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    key: Ok(value.key),
                    name: Ok(value.name),
                    prefix: Ok(value.prefix),
                    start: Ok(value.start),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CursorPagination {
            has_more: ::std::result::Result<bool, ::std::string::String>,
            limit: ::std::result::Result<::std::num::NonZeroU64, ::std::string::String>,
            next_before: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CursorPagination {
            fn default() -> Self {
                Self {
                    has_more: Err("no value supplied for has_more".to_string()),
                    limit: Err("no value supplied for limit".to_string()),
                    next_before: Ok(Default::default()),
                }
            }
        }
        impl CursorPagination {
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limit: {e}")
                    });
                self
            }
            pub fn next_before<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.next_before = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_before: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CursorPagination> for super::CursorPagination {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CursorPagination,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_more: value.has_more?,
                    limit: value.limit?,
                    next_before: value.next_before?,
                })
            }
        }
        impl ::std::convert::From<super::CursorPagination> for CursorPagination {
            fn from(value: super::CursorPagination) -> Self {
                Self {
                    has_more: Ok(value.has_more),
                    limit: Ok(value.limit),
                    next_before: Ok(value.next_before),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CvScreeningBatch {
            batch_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            completed_candidates: ::std::result::Result<u64, ::std::string::String>,
            data: ::std::result::Result<
                ::std::vec::Vec<super::PotentialCandidate>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<
                super::OffsetPagination,
                ::std::string::String,
            >,
            processing_candidates: ::std::result::Result<u64, ::std::string::String>,
            status: ::std::result::Result<
                crate::types::CvScreeningBatchStatus,
                ::std::string::String,
            >,
            total_candidates: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for CvScreeningBatch {
            fn default() -> Self {
                Self {
                    batch_id: Err("no value supplied for batch_id".to_string()),
                    completed_candidates: Err(
                        "no value supplied for completed_candidates".to_string(),
                    ),
                    data: Err("no value supplied for data".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                    processing_candidates: Err(
                        "no value supplied for processing_candidates".to_string(),
                    ),
                    status: Err("no value supplied for status".to_string()),
                    total_candidates: Err(
                        "no value supplied for total_candidates".to_string(),
                    ),
                }
            }
        }
        impl CvScreeningBatch {
            pub fn batch_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.batch_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for batch_id: {e}")
                    });
                self
            }
            pub fn completed_candidates<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.completed_candidates = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for completed_candidates: {e}"
                        )
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PotentialCandidate>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OffsetPagination>,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
            pub fn processing_candidates<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.processing_candidates = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for processing_candidates: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::CvScreeningBatchStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn total_candidates<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_candidates = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_candidates: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CvScreeningBatch> for super::CvScreeningBatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CvScreeningBatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    batch_id: value.batch_id?,
                    completed_candidates: value.completed_candidates?,
                    data: value.data?,
                    pagination: value.pagination?,
                    processing_candidates: value.processing_candidates?,
                    status: value.status?,
                    total_candidates: value.total_candidates?,
                })
            }
        }
        impl ::std::convert::From<super::CvScreeningBatch> for CvScreeningBatch {
            fn from(value: super::CvScreeningBatch) -> Self {
                Self {
                    batch_id: Ok(value.batch_id),
                    completed_candidates: Ok(value.completed_candidates),
                    data: Ok(value.data),
                    pagination: Ok(value.pagination),
                    processing_candidates: Ok(value.processing_candidates),
                    status: Ok(value.status),
                    total_candidates: Ok(value.total_candidates),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LegacyError {
            error: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for LegacyError {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl LegacyError {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LegacyError> for super::LegacyError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LegacyError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { error: value.error? })
            }
        }
        impl ::std::convert::From<super::LegacyError> for LegacyError {
            fn from(value: super::LegacyError) -> Self {
                Self { error: Ok(value.error) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Me {
            auth: ::std::result::Result<super::MeAuth, ::std::string::String>,
            user: ::std::result::Result<super::MeUser, ::std::string::String>,
        }
        impl ::std::default::Default for Me {
            fn default() -> Self {
                Self {
                    auth: Err("no value supplied for auth".to_string()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl Me {
            pub fn auth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MeAuth>,
                T::Error: ::std::fmt::Display,
            {
                self.auth = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auth: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MeUser>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Me> for super::Me {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Me,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auth: value.auth?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::Me> for Me {
            fn from(value: super::Me) -> Self {
                Self {
                    auth: Ok(value.auth),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MeAuth {
            key_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::types::MeAuthType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MeAuth {
            fn default() -> Self {
                Self {
                    key_id: Ok(Default::default()),
                    scopes: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl MeAuth {
            pub fn key_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.key_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key_id: {e}")
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::MeAuthType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MeAuth> for super::MeAuth {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MeAuth,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key_id: value.key_id?,
                    scopes: value.scopes?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::MeAuth> for MeAuth {
            fn from(value: super::MeAuth) -> Self {
                Self {
                    key_id: Ok(value.key_id),
                    scopes: Ok(value.scopes),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MeUser {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            role: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for MeUser {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    role: Err("no value supplied for role".to_string()),
                }
            }
        }
        impl MeUser {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MeUser> for super::MeUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MeUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    id: value.id?,
                    role: value.role?,
                })
            }
        }
        impl ::std::convert::From<super::MeUser> for MeUser {
            fn from(value: super::MeUser) -> Self {
                Self {
                    email: Ok(value.email),
                    id: Ok(value.id),
                    role: Ok(value.role),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OffsetPagination {
            page: ::std::result::Result<u64, ::std::string::String>,
            page_size: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<u64, ::std::string::String>,
            total_pages: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for OffsetPagination {
            fn default() -> Self {
                Self {
                    page: Err("no value supplied for page".to_string()),
                    page_size: Err("no value supplied for page_size".to_string()),
                    total_count: Err("no value supplied for total_count".to_string()),
                    total_pages: Err("no value supplied for total_pages".to_string()),
                }
            }
        }
        impl OffsetPagination {
            pub fn page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
            pub fn total_pages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_pages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_pages: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OffsetPagination> for super::OffsetPagination {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OffsetPagination,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    page: value.page?,
                    page_size: value.page_size?,
                    total_count: value.total_count?,
                    total_pages: value.total_pages?,
                })
            }
        }
        impl ::std::convert::From<super::OffsetPagination> for OffsetPagination {
            fn from(value: super::OffsetPagination) -> Self {
                Self {
                    page: Ok(value.page),
                    page_size: Ok(value.page_size),
                    total_count: Ok(value.total_count),
                    total_pages: Ok(value.total_pages),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PortalOrganization {
            domain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            logo: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            portal_theme: ::std::result::Result<
                super::PortalTheme,
                ::std::string::String,
            >,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PortalOrganization {
            fn default() -> Self {
                Self {
                    domain: Err("no value supplied for domain".to_string()),
                    logo: Err("no value supplied for logo".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    portal_theme: Err("no value supplied for portal_theme".to_string()),
                    slug: Err("no value supplied for slug".to_string()),
                }
            }
        }
        impl PortalOrganization {
            pub fn domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for domain: {e}")
                    });
                self
            }
            pub fn logo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.logo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for logo: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn portal_theme<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PortalTheme>,
                T::Error: ::std::fmt::Display,
            {
                self.portal_theme = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for portal_theme: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PortalOrganization> for super::PortalOrganization {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PortalOrganization,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    domain: value.domain?,
                    logo: value.logo?,
                    name: value.name?,
                    portal_theme: value.portal_theme?,
                    slug: value.slug?,
                })
            }
        }
        impl ::std::convert::From<super::PortalOrganization> for PortalOrganization {
            fn from(value: super::PortalOrganization) -> Self {
                Self {
                    domain: Ok(value.domain),
                    logo: Ok(value.logo),
                    name: Ok(value.name),
                    portal_theme: Ok(value.portal_theme),
                    slug: Ok(value.slug),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PortalTheme {
            primary_color: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            show_salary: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for PortalTheme {
            fn default() -> Self {
                Self {
                    primary_color: Ok(Default::default()),
                    show_salary: Err("no value supplied for show_salary".to_string()),
                }
            }
        }
        impl PortalTheme {
            pub fn primary_color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.primary_color = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for primary_color: {e}")
                    });
                self
            }
            pub fn show_salary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.show_salary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for show_salary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PortalTheme> for super::PortalTheme {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PortalTheme,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    primary_color: value.primary_color?,
                    show_salary: value.show_salary?,
                })
            }
        }
        impl ::std::convert::From<super::PortalTheme> for PortalTheme {
            fn from(value: super::PortalTheme) -> Self {
                Self {
                    primary_color: Ok(value.primary_color),
                    show_salary: Ok(value.show_salary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PotentialCandidate {
            candidate_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            contact_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            full_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            organizations: ::std::result::Result<
                ::std::vec::Vec<super::PotentialCandidateOrganization>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::PotentialCandidateRole>,
                ::std::string::String,
            >,
            skills: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PotentialCandidate {
            fn default() -> Self {
                Self {
                    candidate_id: Err("no value supplied for candidate_id".to_string()),
                    contact_email: Err(
                        "no value supplied for contact_email".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    full_name: Err("no value supplied for full_name".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    organizations: Err(
                        "no value supplied for organizations".to_string(),
                    ),
                    phone: Err("no value supplied for phone".to_string()),
                    roles: Err("no value supplied for roles".to_string()),
                    skills: Err("no value supplied for skills".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    summary: Err("no value supplied for summary".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl PotentialCandidate {
            pub fn candidate_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.candidate_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for candidate_id: {e}")
                    });
                self
            }
            pub fn contact_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.contact_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contact_email: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn full_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.full_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for full_name: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn organizations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::PotentialCandidateOrganization>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.organizations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for organizations: {e}")
                    });
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::PotentialCandidateRole>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
            pub fn skills<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.skills = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for skills: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PotentialCandidate> for super::PotentialCandidate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PotentialCandidate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    candidate_id: value.candidate_id?,
                    contact_email: value.contact_email?,
                    created_at: value.created_at?,
                    email: value.email?,
                    full_name: value.full_name?,
                    id: value.id?,
                    organizations: value.organizations?,
                    phone: value.phone?,
                    roles: value.roles?,
                    skills: value.skills?,
                    status: value.status?,
                    summary: value.summary?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::PotentialCandidate> for PotentialCandidate {
            fn from(value: super::PotentialCandidate) -> Self {
                Self {
                    candidate_id: Ok(value.candidate_id),
                    contact_email: Ok(value.contact_email),
                    created_at: Ok(value.created_at),
                    email: Ok(value.email),
                    full_name: Ok(value.full_name),
                    id: Ok(value.id),
                    organizations: Ok(value.organizations),
                    phone: Ok(value.phone),
                    roles: Ok(value.roles),
                    skills: Ok(value.skills),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PotentialCandidateCreate {
            contact_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            full_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            skills: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PotentialCandidateCreate {
            fn default() -> Self {
                Self {
                    contact_email: Ok(Default::default()),
                    email: Ok(Default::default()),
                    full_name: Err(
                        "body /fullName: no value supplied (required)".to_string(),
                    ),
                    organization_id: Err(
                        "body /organizationId: no value supplied (required)".to_string(),
                    ),
                    phone: Ok(Default::default()),
                    skills: Ok(Default::default()),
                    status: Ok(Default::default()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl PotentialCandidateCreate {
            /**Account/contact email (validated).

Sets `contactEmail`.*/
            pub fn contact_email(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.contact_email = Ok(Some(value.into()));
                self
            }
            ///Leaves `contactEmail` out of the request (the default; unchanged on an update).
            pub fn omit_contact_email(mut self) -> Self {
                self.contact_email = Ok(None);
                self
            }
            /**CV email (validated).

Sets `email`.*/
            pub fn email(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.email = Ok(Some(value.into()));
                self
            }
            ///Leaves `email` out of the request (the default; unchanged on an update).
            pub fn omit_email(mut self) -> Self {
                self.email = Ok(None);
                self
            }
            /**Lead's full name.

Sets `fullName` (required).*/
            pub fn full_name(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.full_name = Ok(value.into());
                self
            }
            /**Organization to create the lead in.

Sets `organizationId` (required).*/
            pub fn organization_id(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.organization_id = Ok(value.into());
                self
            }
            /**Phone (validated).

Sets `phone`.*/
            pub fn phone(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.phone = Ok(Some(value.into()));
                self
            }
            ///Leaves `phone` out of the request (the default; unchanged on an update).
            pub fn omit_phone(mut self) -> Self {
                self.phone = Ok(None);
                self
            }
            /**Skill tags.

Sets `skills`.*/
            pub fn skills(
                mut self,
                value: impl ::std::iter::IntoIterator<
                    Item = impl ::std::convert::Into<::std::string::String>,
                >,
            ) -> Self {
                self.skills = Ok(
                    Some(value.into_iter().map(::std::convert::Into::into).collect()),
                );
                self
            }
            ///Leaves `skills` out of the request (the default; unchanged on an update).
            pub fn omit_skills(mut self) -> Self {
                self.skills = Ok(None);
                self
            }
            /**Lead status. Defaults to `uploaded`.

Sets `status`.*/
            pub fn status(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.status = Ok(Some(value.into()));
                self
            }
            ///Leaves `status` out of the request (the default; unchanged on an update).
            pub fn omit_status(mut self) -> Self {
                self.status = Ok(None);
                self
            }
            /**Free-text summary.

Sets `summary`.*/
            pub fn summary(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.summary = Ok(Some(value.into()));
                self
            }
            ///Leaves `summary` out of the request (the default; unchanged on an update).
            pub fn omit_summary(mut self) -> Self {
                self.summary = Ok(None);
                self
            }
        }
        impl ::std::convert::TryFrom<PotentialCandidateCreate>
        for super::PotentialCandidateCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PotentialCandidateCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contact_email: value.contact_email?,
                    email: value.email?,
                    full_name: value.full_name?,
                    organization_id: value.organization_id?,
                    phone: value.phone?,
                    skills: value.skills?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::PotentialCandidateCreate>
        for PotentialCandidateCreate {
            fn from(value: super::PotentialCandidateCreate) -> Self {
                Self {
                    contact_email: Ok(value.contact_email),
                    email: Ok(value.email),
                    full_name: Ok(value.full_name),
                    organization_id: Ok(value.organization_id),
                    phone: Ok(value.phone),
                    skills: Ok(value.skills),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PotentialCandidateList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::PotentialCandidate>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<
                super::OffsetPagination,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PotentialCandidateList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl PotentialCandidateList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PotentialCandidate>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OffsetPagination>,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PotentialCandidateList>
        for super::PotentialCandidateList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PotentialCandidateList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::PotentialCandidateList>
        for PotentialCandidateList {
            fn from(value: super::PotentialCandidateList) -> Self {
                Self {
                    data: Ok(value.data),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PotentialCandidateOrganization {
            organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PotentialCandidateOrganization {
            fn default() -> Self {
                Self {
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl PotentialCandidateOrganization {
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PotentialCandidateOrganization>
        for super::PotentialCandidateOrganization {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PotentialCandidateOrganization,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    organization_id: value.organization_id?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::PotentialCandidateOrganization>
        for PotentialCandidateOrganization {
            fn from(value: super::PotentialCandidateOrganization) -> Self {
                Self {
                    organization_id: Ok(value.organization_id),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PotentialCandidateRole {
            organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            overall_fit_score: ::std::result::Result<i64, ::std::string::String>,
            resume_fit_score: ::std::result::Result<i64, ::std::string::String>,
            role_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            role_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PotentialCandidateRole {
            fn default() -> Self {
                Self {
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    overall_fit_score: Err(
                        "no value supplied for overall_fit_score".to_string(),
                    ),
                    resume_fit_score: Err(
                        "no value supplied for resume_fit_score".to_string(),
                    ),
                    role_id: Err("no value supplied for role_id".to_string()),
                    role_name: Err("no value supplied for role_name".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl PotentialCandidateRole {
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn overall_fit_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.overall_fit_score = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for overall_fit_score: {e}"
                        )
                    });
                self
            }
            pub fn resume_fit_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.resume_fit_score = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for resume_fit_score: {e}"
                        )
                    });
                self
            }
            pub fn role_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_id: {e}")
                    });
                self
            }
            pub fn role_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PotentialCandidateRole>
        for super::PotentialCandidateRole {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PotentialCandidateRole,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    organization_id: value.organization_id?,
                    overall_fit_score: value.overall_fit_score?,
                    resume_fit_score: value.resume_fit_score?,
                    role_id: value.role_id?,
                    role_name: value.role_name?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::PotentialCandidateRole>
        for PotentialCandidateRole {
            fn from(value: super::PotentialCandidateRole) -> Self {
                Self {
                    organization_id: Ok(value.organization_id),
                    overall_fit_score: Ok(value.overall_fit_score),
                    resume_fit_score: Ok(value.resume_fit_score),
                    role_id: Ok(value.role_id),
                    role_name: Ok(value.role_name),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PotentialCandidateUpdate {
            contact_email: ::std::result::Result<
                ::std::option::Option<crate::Nullable<::std::string::String>>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<crate::Nullable<::std::string::String>>,
                ::std::string::String,
            >,
            full_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<crate::Nullable<::std::string::String>>,
                ::std::string::String,
            >,
            skills: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            summary: ::std::result::Result<
                ::std::option::Option<crate::Nullable<::std::string::String>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PotentialCandidateUpdate {
            fn default() -> Self {
                Self {
                    contact_email: Ok(Default::default()),
                    email: Ok(Default::default()),
                    full_name: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    skills: Ok(Default::default()),
                    status: Ok(Default::default()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl PotentialCandidateUpdate {
            /**Account/contact email (validated).

Sets `contactEmail`.*/
            pub fn contact_email(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.contact_email = Ok(Some(crate::Nullable::Value(value.into())));
                self
            }
            ///Sends `contactEmail` as `null`: clears it.
            pub fn clear_contact_email(mut self) -> Self {
                self.contact_email = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `contactEmail` out of the request (the default; unchanged on an update).
            pub fn omit_contact_email(mut self) -> Self {
                self.contact_email = Ok(None);
                self
            }
            /**CV email (validated).

Sets `email`.*/
            pub fn email(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.email = Ok(Some(crate::Nullable::Value(value.into())));
                self
            }
            ///Sends `email` as `null`: clears it.
            pub fn clear_email(mut self) -> Self {
                self.email = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `email` out of the request (the default; unchanged on an update).
            pub fn omit_email(mut self) -> Self {
                self.email = Ok(None);
                self
            }
            /**Lead's full name.

Sets `fullName`.*/
            pub fn full_name(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.full_name = Ok(Some(value.into()));
                self
            }
            ///Leaves `fullName` out of the request (the default; unchanged on an update).
            pub fn omit_full_name(mut self) -> Self {
                self.full_name = Ok(None);
                self
            }
            /**Phone (validated).

Sets `phone`.*/
            pub fn phone(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.phone = Ok(Some(crate::Nullable::Value(value.into())));
                self
            }
            ///Sends `phone` as `null`: clears it.
            pub fn clear_phone(mut self) -> Self {
                self.phone = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `phone` out of the request (the default; unchanged on an update).
            pub fn omit_phone(mut self) -> Self {
                self.phone = Ok(None);
                self
            }
            /**Skill tags.

Sets `skills`.*/
            pub fn skills(
                mut self,
                value: impl ::std::iter::IntoIterator<
                    Item = impl ::std::convert::Into<::std::string::String>,
                >,
            ) -> Self {
                self.skills = Ok(
                    Some(value.into_iter().map(::std::convert::Into::into).collect()),
                );
                self
            }
            ///Leaves `skills` out of the request (the default; unchanged on an update).
            pub fn omit_skills(mut self) -> Self {
                self.skills = Ok(None);
                self
            }
            /**Lead status.

Sets `status`.*/
            pub fn status(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.status = Ok(Some(value.into()));
                self
            }
            ///Leaves `status` out of the request (the default; unchanged on an update).
            pub fn omit_status(mut self) -> Self {
                self.status = Ok(None);
                self
            }
            /**Free-text summary.

Sets `summary`.*/
            pub fn summary(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.summary = Ok(Some(crate::Nullable::Value(value.into())));
                self
            }
            ///Sends `summary` as `null`: clears it.
            pub fn clear_summary(mut self) -> Self {
                self.summary = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `summary` out of the request (the default; unchanged on an update).
            pub fn omit_summary(mut self) -> Self {
                self.summary = Ok(None);
                self
            }
        }
        impl ::std::convert::TryFrom<PotentialCandidateUpdate>
        for super::PotentialCandidateUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PotentialCandidateUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contact_email: value.contact_email?,
                    email: value.email?,
                    full_name: value.full_name?,
                    phone: value.phone?,
                    skills: value.skills?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::PotentialCandidateUpdate>
        for PotentialCandidateUpdate {
            fn from(value: super::PotentialCandidateUpdate) -> Self {
                Self {
                    contact_email: Ok(value.contact_email),
                    email: Ok(value.email),
                    full_name: Ok(value.full_name),
                    phone: Ok(value.phone),
                    skills: Ok(value.skills),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PublicApplication {
            invite_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PublicApplication {
            fn default() -> Self {
                Self {
                    invite_url: Err("no value supplied for invite_url".to_string()),
                }
            }
        }
        impl PublicApplication {
            pub fn invite_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.invite_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invite_url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PublicApplication> for super::PublicApplication {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PublicApplication,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    invite_url: value.invite_url?,
                })
            }
        }
        impl ::std::convert::From<super::PublicApplication> for PublicApplication {
            fn from(value: super::PublicApplication) -> Self {
                Self {
                    invite_url: Ok(value.invite_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PublicJob {
            org: ::std::result::Result<super::PortalOrganization, ::std::string::String>,
            role: ::std::result::Result<super::PublicRole, ::std::string::String>,
        }
        impl ::std::default::Default for PublicJob {
            fn default() -> Self {
                Self {
                    org: Err("no value supplied for org".to_string()),
                    role: Err("no value supplied for role".to_string()),
                }
            }
        }
        impl PublicJob {
            pub fn org<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PortalOrganization>,
                T::Error: ::std::fmt::Display,
            {
                self.org = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org: {e}")
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PublicRole>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PublicJob> for super::PublicJob {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PublicJob,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    org: value.org?,
                    role: value.role?,
                })
            }
        }
        impl ::std::convert::From<super::PublicJob> for PublicJob {
            fn from(value: super::PublicJob) -> Self {
                Self {
                    org: Ok(value.org),
                    role: Ok(value.role),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PublicRole {
            collar_type: ::std::result::Result<
                ::std::option::Option<crate::types::PublicRoleCollarType>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            department: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            salary_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            salary_max: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            salary_min: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            salary_period: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            work_type: ::std::result::Result<
                ::std::option::Option<crate::types::PublicRoleWorkType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PublicRole {
            fn default() -> Self {
                Self {
                    collar_type: Err("no value supplied for collar_type".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    department: Err("no value supplied for department".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    location: Err("no value supplied for location".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    salary_currency: Ok(Default::default()),
                    salary_max: Ok(Default::default()),
                    salary_min: Ok(Default::default()),
                    salary_period: Ok(Default::default()),
                    work_type: Err("no value supplied for work_type".to_string()),
                }
            }
        }
        impl PublicRole {
            pub fn collar_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::PublicRoleCollarType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.collar_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for collar_type: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn department<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.department = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for department: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn salary_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.salary_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for salary_currency: {e}"
                        )
                    });
                self
            }
            pub fn salary_max<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.salary_max = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for salary_max: {e}")
                    });
                self
            }
            pub fn salary_min<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.salary_min = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for salary_min: {e}")
                    });
                self
            }
            pub fn salary_period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.salary_period = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for salary_period: {e}")
                    });
                self
            }
            pub fn work_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::PublicRoleWorkType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.work_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for work_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PublicRole> for super::PublicRole {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PublicRole,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    collar_type: value.collar_type?,
                    created_at: value.created_at?,
                    department: value.department?,
                    description: value.description?,
                    id: value.id?,
                    location: value.location?,
                    name: value.name?,
                    salary_currency: value.salary_currency?,
                    salary_max: value.salary_max?,
                    salary_min: value.salary_min?,
                    salary_period: value.salary_period?,
                    work_type: value.work_type?,
                })
            }
        }
        impl ::std::convert::From<super::PublicRole> for PublicRole {
            fn from(value: super::PublicRole) -> Self {
                Self {
                    collar_type: Ok(value.collar_type),
                    created_at: Ok(value.created_at),
                    department: Ok(value.department),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    location: Ok(value.location),
                    name: Ok(value.name),
                    salary_currency: Ok(value.salary_currency),
                    salary_max: Ok(value.salary_max),
                    salary_min: Ok(value.salary_min),
                    salary_period: Ok(value.salary_period),
                    work_type: Ok(value.work_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RevokeApiKeyResponse {
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for RevokeApiKeyResponse {
            fn default() -> Self {
                Self {
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl RevokeApiKeyResponse {
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RevokeApiKeyResponse>
        for super::RevokeApiKeyResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RevokeApiKeyResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { success: value.success? })
            }
        }
        impl ::std::convert::From<super::RevokeApiKeyResponse> for RevokeApiKeyResponse {
            fn from(value: super::RevokeApiKeyResponse) -> Self {
                Self { success: Ok(value.success) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Role {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            department: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_public: ::std::result::Result<bool, ::std::string::String>,
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            priority: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role_level: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            salary_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            salary_max: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            salary_min: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            salary_period: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            target_hire_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            work_type: ::std::result::Result<
                ::std::option::Option<crate::types::RoleWorkType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Role {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    department: Err("no value supplied for department".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_public: Err("no value supplied for is_public".to_string()),
                    location: Err("no value supplied for location".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    priority: Err("no value supplied for priority".to_string()),
                    role_level: Err("no value supplied for role_level".to_string()),
                    salary_currency: Err(
                        "no value supplied for salary_currency".to_string(),
                    ),
                    salary_max: Err("no value supplied for salary_max".to_string()),
                    salary_min: Err("no value supplied for salary_min".to_string()),
                    salary_period: Err(
                        "no value supplied for salary_period".to_string(),
                    ),
                    status: Err("no value supplied for status".to_string()),
                    target_hire_count: Err(
                        "no value supplied for target_hire_count".to_string(),
                    ),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    work_type: Err("no value supplied for work_type".to_string()),
                }
            }
        }
        impl Role {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn department<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.department = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for department: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_public<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_public = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_public: {e}")
                    });
                self
            }
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.priority = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for priority: {e}")
                    });
                self
            }
            pub fn role_level<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.role_level = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_level: {e}")
                    });
                self
            }
            pub fn salary_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.salary_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for salary_currency: {e}"
                        )
                    });
                self
            }
            pub fn salary_max<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.salary_max = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for salary_max: {e}")
                    });
                self
            }
            pub fn salary_min<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.salary_min = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for salary_min: {e}")
                    });
                self
            }
            pub fn salary_period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.salary_period = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for salary_period: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn target_hire_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.target_hire_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for target_hire_count: {e}"
                        )
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn work_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::RoleWorkType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.work_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for work_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Role> for super::Role {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Role,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    department: value.department?,
                    id: value.id?,
                    is_public: value.is_public?,
                    location: value.location?,
                    name: value.name?,
                    organization_id: value.organization_id?,
                    priority: value.priority?,
                    role_level: value.role_level?,
                    salary_currency: value.salary_currency?,
                    salary_max: value.salary_max?,
                    salary_min: value.salary_min?,
                    salary_period: value.salary_period?,
                    status: value.status?,
                    target_hire_count: value.target_hire_count?,
                    updated_at: value.updated_at?,
                    work_type: value.work_type?,
                })
            }
        }
        impl ::std::convert::From<super::Role> for Role {
            fn from(value: super::Role) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    department: Ok(value.department),
                    id: Ok(value.id),
                    is_public: Ok(value.is_public),
                    location: Ok(value.location),
                    name: Ok(value.name),
                    organization_id: Ok(value.organization_id),
                    priority: Ok(value.priority),
                    role_level: Ok(value.role_level),
                    salary_currency: Ok(value.salary_currency),
                    salary_max: Ok(value.salary_max),
                    salary_min: Ok(value.salary_min),
                    salary_period: Ok(value.salary_period),
                    status: Ok(value.status),
                    target_hire_count: Ok(value.target_hire_count),
                    updated_at: Ok(value.updated_at),
                    work_type: Ok(value.work_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RoleList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Role>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<
                super::OffsetPagination,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RoleList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl RoleList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Role>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OffsetPagination>,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RoleList> for super::RoleList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoleList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::RoleList> for RoleList {
            fn from(value: super::RoleList) -> Self {
                Self {
                    data: Ok(value.data),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RoleStep {
            allow_skip: ::std::result::Result<bool, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_required: ::std::result::Result<bool, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            order: ::std::result::Result<i64, ::std::string::String>,
            passing_score: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            role_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            step_type: ::std::result::Result<
                crate::types::StepType,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            validation_type: ::std::result::Result<
                crate::types::ValidationType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RoleStep {
            fn default() -> Self {
                Self {
                    allow_skip: Err("no value supplied for allow_skip".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_required: Err("no value supplied for is_required".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    order: Err("no value supplied for order".to_string()),
                    passing_score: Err(
                        "no value supplied for passing_score".to_string(),
                    ),
                    role_id: Err("no value supplied for role_id".to_string()),
                    step_type: Err("no value supplied for step_type".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    validation_type: Err(
                        "no value supplied for validation_type".to_string(),
                    ),
                }
            }
        }
        impl RoleStep {
            pub fn allow_skip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_skip = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for allow_skip: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_required = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_required: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order: {e}")
                    });
                self
            }
            pub fn passing_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.passing_score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for passing_score: {e}")
                    });
                self
            }
            pub fn role_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_id: {e}")
                    });
                self
            }
            pub fn step_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::StepType>,
                T::Error: ::std::fmt::Display,
            {
                self.step_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for step_type: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn validation_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ValidationType>,
                T::Error: ::std::fmt::Display,
            {
                self.validation_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for validation_type: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RoleStep> for super::RoleStep {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoleStep,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_skip: value.allow_skip?,
                    created_at: value.created_at?,
                    description: value.description?,
                    id: value.id?,
                    is_required: value.is_required?,
                    name: value.name?,
                    order: value.order?,
                    passing_score: value.passing_score?,
                    role_id: value.role_id?,
                    step_type: value.step_type?,
                    updated_at: value.updated_at?,
                    validation_type: value.validation_type?,
                })
            }
        }
        impl ::std::convert::From<super::RoleStep> for RoleStep {
            fn from(value: super::RoleStep) -> Self {
                Self {
                    allow_skip: Ok(value.allow_skip),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    is_required: Ok(value.is_required),
                    name: Ok(value.name),
                    order: Ok(value.order),
                    passing_score: Ok(value.passing_score),
                    role_id: Ok(value.role_id),
                    step_type: Ok(value.step_type),
                    updated_at: Ok(value.updated_at),
                    validation_type: Ok(value.validation_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RoleStepList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::RoleStep>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RoleStepList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl RoleStepList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RoleStep>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RoleStepList> for super::RoleStepList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoleStepList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::RoleStepList> for RoleStepList {
            fn from(value: super::RoleStepList) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RoleUpdate {
            department: ::std::result::Result<
                ::std::option::Option<crate::Nullable<::std::string::String>>,
                ::std::string::String,
            >,
            is_public: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            location: ::std::result::Result<
                ::std::option::Option<crate::Nullable<::std::string::String>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            priority: ::std::result::Result<
                ::std::option::Option<crate::Nullable<::std::string::String>>,
                ::std::string::String,
            >,
            role_level: ::std::result::Result<
                ::std::option::Option<crate::Nullable<::std::string::String>>,
                ::std::string::String,
            >,
            salary_currency: ::std::result::Result<
                ::std::option::Option<crate::Nullable<::std::string::String>>,
                ::std::string::String,
            >,
            salary_max: ::std::result::Result<
                ::std::option::Option<crate::Nullable<i64>>,
                ::std::string::String,
            >,
            salary_min: ::std::result::Result<
                ::std::option::Option<crate::Nullable<i64>>,
                ::std::string::String,
            >,
            salary_period: ::std::result::Result<
                ::std::option::Option<crate::Nullable<::std::string::String>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            target_hire_count: ::std::result::Result<
                ::std::option::Option<crate::Nullable<i64>>,
                ::std::string::String,
            >,
            work_type: ::std::result::Result<
                ::std::option::Option<crate::Nullable<crate::types::RoleUpdateWorkType>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RoleUpdate {
            fn default() -> Self {
                Self {
                    department: Ok(Default::default()),
                    is_public: Ok(Default::default()),
                    location: Ok(Default::default()),
                    name: Ok(Default::default()),
                    priority: Ok(Default::default()),
                    role_level: Ok(Default::default()),
                    salary_currency: Ok(Default::default()),
                    salary_max: Ok(Default::default()),
                    salary_min: Ok(Default::default()),
                    salary_period: Ok(Default::default()),
                    status: Ok(Default::default()),
                    target_hire_count: Ok(Default::default()),
                    work_type: Ok(Default::default()),
                }
            }
        }
        impl RoleUpdate {
            /**Department.

Sets `department`.*/
            pub fn department(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.department = Ok(Some(crate::Nullable::Value(value.into())));
                self
            }
            ///Sends `department` as `null`: clears it.
            pub fn clear_department(mut self) -> Self {
                self.department = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `department` out of the request (the default; unchanged on an update).
            pub fn omit_department(mut self) -> Self {
                self.department = Ok(None);
                self
            }
            /**Whether the role is public.

Sets `isPublic`.*/
            pub fn is_public(mut self, value: bool) -> Self {
                self.is_public = Ok(Some(value));
                self
            }
            ///Leaves `isPublic` out of the request (the default; unchanged on an update).
            pub fn omit_is_public(mut self) -> Self {
                self.is_public = Ok(None);
                self
            }
            /**Location.

Sets `location`.*/
            pub fn location(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.location = Ok(Some(crate::Nullable::Value(value.into())));
                self
            }
            ///Sends `location` as `null`: clears it.
            pub fn clear_location(mut self) -> Self {
                self.location = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `location` out of the request (the default; unchanged on an update).
            pub fn omit_location(mut self) -> Self {
                self.location = Ok(None);
                self
            }
            /**Role title.

Sets `name`.*/
            pub fn name(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.name = Ok(Some(value.into()));
                self
            }
            ///Leaves `name` out of the request (the default; unchanged on an update).
            pub fn omit_name(mut self) -> Self {
                self.name = Ok(None);
                self
            }
            /**Priority.

Sets `priority`.*/
            pub fn priority(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.priority = Ok(Some(crate::Nullable::Value(value.into())));
                self
            }
            ///Sends `priority` as `null`: clears it.
            pub fn clear_priority(mut self) -> Self {
                self.priority = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `priority` out of the request (the default; unchanged on an update).
            pub fn omit_priority(mut self) -> Self {
                self.priority = Ok(None);
                self
            }
            /**Seniority.

Sets `roleLevel`.*/
            pub fn role_level(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.role_level = Ok(Some(crate::Nullable::Value(value.into())));
                self
            }
            ///Sends `roleLevel` as `null`: clears it.
            pub fn clear_role_level(mut self) -> Self {
                self.role_level = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `roleLevel` out of the request (the default; unchanged on an update).
            pub fn omit_role_level(mut self) -> Self {
                self.role_level = Ok(None);
                self
            }
            /**Salary currency.

Sets `salaryCurrency`.*/
            pub fn salary_currency(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.salary_currency = Ok(Some(crate::Nullable::Value(value.into())));
                self
            }
            ///Sends `salaryCurrency` as `null`: clears it.
            pub fn clear_salary_currency(mut self) -> Self {
                self.salary_currency = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `salaryCurrency` out of the request (the default; unchanged on an update).
            pub fn omit_salary_currency(mut self) -> Self {
                self.salary_currency = Ok(None);
                self
            }
            /**Salary band maximum.

Sets `salaryMax`.*/
            pub fn salary_max(mut self, value: i64) -> Self {
                self.salary_max = Ok(Some(crate::Nullable::Value(value)));
                self
            }
            ///Sends `salaryMax` as `null`: clears it.
            pub fn clear_salary_max(mut self) -> Self {
                self.salary_max = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `salaryMax` out of the request (the default; unchanged on an update).
            pub fn omit_salary_max(mut self) -> Self {
                self.salary_max = Ok(None);
                self
            }
            /**Salary band minimum.

Sets `salaryMin`.*/
            pub fn salary_min(mut self, value: i64) -> Self {
                self.salary_min = Ok(Some(crate::Nullable::Value(value)));
                self
            }
            ///Sends `salaryMin` as `null`: clears it.
            pub fn clear_salary_min(mut self) -> Self {
                self.salary_min = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `salaryMin` out of the request (the default; unchanged on an update).
            pub fn omit_salary_min(mut self) -> Self {
                self.salary_min = Ok(None);
                self
            }
            /**Salary period.

Sets `salaryPeriod`.*/
            pub fn salary_period(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.salary_period = Ok(Some(crate::Nullable::Value(value.into())));
                self
            }
            ///Sends `salaryPeriod` as `null`: clears it.
            pub fn clear_salary_period(mut self) -> Self {
                self.salary_period = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `salaryPeriod` out of the request (the default; unchanged on an update).
            pub fn omit_salary_period(mut self) -> Self {
                self.salary_period = Ok(None);
                self
            }
            /**Role status.

Sets `status`.*/
            pub fn status(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.status = Ok(Some(value.into()));
                self
            }
            ///Leaves `status` out of the request (the default; unchanged on an update).
            pub fn omit_status(mut self) -> Self {
                self.status = Ok(None);
                self
            }
            /**Target hires.

Sets `targetHireCount`.*/
            pub fn target_hire_count(mut self, value: i64) -> Self {
                self.target_hire_count = Ok(Some(crate::Nullable::Value(value)));
                self
            }
            ///Sends `targetHireCount` as `null`: clears it.
            pub fn clear_target_hire_count(mut self) -> Self {
                self.target_hire_count = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `targetHireCount` out of the request (the default; unchanged on an update).
            pub fn omit_target_hire_count(mut self) -> Self {
                self.target_hire_count = Ok(None);
                self
            }
            /**Work arrangement: `remote`, `hybrid`, or `onsite`.

Sets `workType`.*/
            pub fn work_type(
                mut self,
                value: impl ::std::convert::Into<crate::types::RoleUpdateWorkType>,
            ) -> Self {
                self.work_type = Ok(Some(crate::Nullable::Value(value.into())));
                self
            }
            ///Sends `workType` as `null`: clears it.
            pub fn clear_work_type(mut self) -> Self {
                self.work_type = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `workType` out of the request (the default; unchanged on an update).
            pub fn omit_work_type(mut self) -> Self {
                self.work_type = Ok(None);
                self
            }
        }
        impl ::std::convert::TryFrom<RoleUpdate> for super::RoleUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoleUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    department: value.department?,
                    is_public: value.is_public?,
                    location: value.location?,
                    name: value.name?,
                    priority: value.priority?,
                    role_level: value.role_level?,
                    salary_currency: value.salary_currency?,
                    salary_max: value.salary_max?,
                    salary_min: value.salary_min?,
                    salary_period: value.salary_period?,
                    status: value.status?,
                    target_hire_count: value.target_hire_count?,
                    work_type: value.work_type?,
                })
            }
        }
        impl ::std::convert::From<super::RoleUpdate> for RoleUpdate {
            fn from(value: super::RoleUpdate) -> Self {
                Self {
                    department: Ok(value.department),
                    is_public: Ok(value.is_public),
                    location: Ok(value.location),
                    name: Ok(value.name),
                    priority: Ok(value.priority),
                    role_level: Ok(value.role_level),
                    salary_currency: Ok(value.salary_currency),
                    salary_max: Ok(value.salary_max),
                    salary_min: Ok(value.salary_min),
                    salary_period: Ok(value.salary_period),
                    status: Ok(value.status),
                    target_hire_count: Ok(value.target_hire_count),
                    work_type: Ok(value.work_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Test {
            analysis_category: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            duration: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_public: ::std::result::Result<bool, ::std::string::String>,
            language: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            target_persona: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Test {
            fn default() -> Self {
                Self {
                    analysis_category: Err(
                        "no value supplied for analysis_category".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    duration: Err("no value supplied for duration".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_public: Err("no value supplied for is_public".to_string()),
                    language: Err("no value supplied for language".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    organization_ids: Err(
                        "no value supplied for organization_ids".to_string(),
                    ),
                    target_persona: Err(
                        "no value supplied for target_persona".to_string(),
                    ),
                    type_: Err("no value supplied for type_".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl Test {
            pub fn analysis_category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.analysis_category = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for analysis_category: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_public<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_public = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_public: {e}")
                    });
                self
            }
            pub fn language<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.language = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn organization_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_ids: {e}"
                        )
                    });
                self
            }
            pub fn target_persona<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target_persona = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for target_persona: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Test> for super::Test {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Test,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    analysis_category: value.analysis_category?,
                    created_at: value.created_at?,
                    description: value.description?,
                    duration: value.duration?,
                    id: value.id?,
                    is_public: value.is_public?,
                    language: value.language?,
                    name: value.name?,
                    organization_ids: value.organization_ids?,
                    target_persona: value.target_persona?,
                    type_: value.type_?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::Test> for Test {
            fn from(value: super::Test) -> Self {
                Self {
                    analysis_category: Ok(value.analysis_category),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    duration: Ok(value.duration),
                    id: Ok(value.id),
                    is_public: Ok(value.is_public),
                    language: Ok(value.language),
                    name: Ok(value.name),
                    organization_ids: Ok(value.organization_ids),
                    target_persona: Ok(value.target_persona),
                    type_: Ok(value.type_),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TestList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Test>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<
                super::OffsetPagination,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TestList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl TestList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Test>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OffsetPagination>,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TestList> for super::TestList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TestList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::TestList> for TestList {
            fn from(value: super::TestList) -> Self {
                Self {
                    data: Ok(value.data),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TestUpdate {
            analysis_category: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            language: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            target_persona: ::std::result::Result<
                ::std::option::Option<crate::Nullable<::std::string::String>>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TestUpdate {
            fn default() -> Self {
                Self {
                    analysis_category: Ok(Default::default()),
                    description: Ok(Default::default()),
                    duration: Ok(Default::default()),
                    language: Ok(Default::default()),
                    name: Ok(Default::default()),
                    target_persona: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl TestUpdate {
            /**Analysis category.

Sets `analysisCategory`.*/
            pub fn analysis_category(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.analysis_category = Ok(Some(value.into()));
                self
            }
            ///Leaves `analysisCategory` out of the request (the default; unchanged on an update).
            pub fn omit_analysis_category(mut self) -> Self {
                self.analysis_category = Ok(None);
                self
            }
            /**Test description.

Sets `description`.*/
            pub fn description(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.description = Ok(Some(value.into()));
                self
            }
            ///Leaves `description` out of the request (the default; unchanged on an update).
            pub fn omit_description(mut self) -> Self {
                self.description = Ok(None);
                self
            }
            /**Duration in minutes.

Sets `duration`.*/
            pub fn duration(mut self, value: i64) -> Self {
                self.duration = Ok(Some(value));
                self
            }
            ///Leaves `duration` out of the request (the default; unchanged on an update).
            pub fn omit_duration(mut self) -> Self {
                self.duration = Ok(None);
                self
            }
            /**Language (ISO 639-1).

Sets `language`.*/
            pub fn language(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.language = Ok(Some(value.into()));
                self
            }
            ///Leaves `language` out of the request (the default; unchanged on an update).
            pub fn omit_language(mut self) -> Self {
                self.language = Ok(None);
                self
            }
            /**Test name.

Sets `name`.*/
            pub fn name(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.name = Ok(Some(value.into()));
                self
            }
            ///Leaves `name` out of the request (the default; unchanged on an update).
            pub fn omit_name(mut self) -> Self {
                self.name = Ok(None);
                self
            }
            /**Target persona.

Sets `targetPersona`.*/
            pub fn target_persona(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.target_persona = Ok(Some(crate::Nullable::Value(value.into())));
                self
            }
            ///Sends `targetPersona` as `null`: clears it.
            pub fn clear_target_persona(mut self) -> Self {
                self.target_persona = Ok(Some(crate::Nullable::Null));
                self
            }
            ///Leaves `targetPersona` out of the request (the default; unchanged on an update).
            pub fn omit_target_persona(mut self) -> Self {
                self.target_persona = Ok(None);
                self
            }
            /**Test type.

Sets `type`.*/
            pub fn type_(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.type_ = Ok(Some(value.into()));
                self
            }
            ///Leaves `type` out of the request (the default; unchanged on an update).
            pub fn omit_type_(mut self) -> Self {
                self.type_ = Ok(None);
                self
            }
        }
        impl ::std::convert::TryFrom<TestUpdate> for super::TestUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TestUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    analysis_category: value.analysis_category?,
                    description: value.description?,
                    duration: value.duration?,
                    language: value.language?,
                    name: value.name?,
                    target_persona: value.target_persona?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::TestUpdate> for TestUpdate {
            fn from(value: super::TestUpdate) -> Self {
                Self {
                    analysis_category: Ok(value.analysis_category),
                    description: Ok(value.description),
                    duration: Ok(value.duration),
                    language: Ok(value.language),
                    name: Ok(value.name),
                    target_persona: Ok(value.target_persona),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct V1Error {
            details: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<::std::string::String, ::std::string::String>,
            granted_scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            required_scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V1Error {
            fn default() -> Self {
                Self {
                    details: Ok(Default::default()),
                    error: Err("no value supplied for error".to_string()),
                    granted_scopes: Ok(Default::default()),
                    message: Ok(Default::default()),
                    required_scopes: Ok(Default::default()),
                }
            }
        }
        impl V1Error {
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn granted_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.granted_scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for granted_scopes: {e}"
                        )
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn required_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.required_scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for required_scopes: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<V1Error> for super::V1Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V1Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    details: value.details?,
                    error: value.error?,
                    granted_scopes: value.granted_scopes?,
                    message: value.message?,
                    required_scopes: value.required_scopes?,
                })
            }
        }
        impl ::std::convert::From<super::V1Error> for V1Error {
            fn from(value: super::V1Error) -> Self {
                Self {
                    details: Ok(value.details),
                    error: Ok(value.error),
                    granted_scopes: Ok(value.granted_scopes),
                    message: Ok(value.message),
                    required_scopes: Ok(value.required_scopes),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    /**Kind of pipeline step.

Open enum: a value the spec does not list decodes as `Unknown` and is kept verbatim.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum StepType {
        ///`cv_screening`
        CvScreening,
        ///`ai_assessment`
        AiAssessment,
        ///`interview`
        Interview,
        ///`application_form`
        ApplicationForm,
        ///`document_upload`
        DocumentUpload,
        ///`offer`
        Offer,
        ///`reference_check`
        ReferenceCheck,
        ///`contract`
        Contract,
        ///`custom`
        Custom,
        /// A value this version of the spec does not list, kept verbatim. Build values with
        /// `From<&str>`, which maps listed values to their variants; an `Unknown` holding a
        /// listed value would not compare equal to that variant.
        Unknown(::std::string::String),
    }
    impl StepType {
        /// Every value the spec lists.
        pub const KNOWN: &'static [Self] = &[
            Self::CvScreening,
            Self::AiAssessment,
            Self::Interview,
            Self::ApplicationForm,
            Self::DocumentUpload,
            Self::Offer,
            Self::ReferenceCheck,
            Self::Contract,
            Self::Custom,
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::CvScreening => "cv_screening",
                Self::AiAssessment => "ai_assessment",
                Self::Interview => "interview",
                Self::ApplicationForm => "application_form",
                Self::DocumentUpload => "document_upload",
                Self::Offer => "offer",
                Self::ReferenceCheck => "reference_check",
                Self::Contract => "contract",
                Self::Custom => "custom",
                Self::Unknown(other) => other.as_str(),
            }
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for StepType {
        fn from(value: &str) -> Self {
            match value {
                "cv_screening" => Self::CvScreening,
                "ai_assessment" => Self::AiAssessment,
                "interview" => Self::Interview,
                "application_form" => Self::ApplicationForm,
                "document_upload" => Self::DocumentUpload,
                "offer" => Self::Offer,
                "reference_check" => Self::ReferenceCheck,
                "contract" => Self::Contract,
                "custom" => Self::Custom,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for StepType {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for StepType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for StepType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for StepType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StepType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for StepType {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("StepType")
        }
        fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
            ::schemars::json_schema!(
                { "description" : "Kind of pipeline step.", "anyOf" : [{ "type" :
                "string", "enum" : ["cv_screening", "ai_assessment", "interview",
                "application_form", "document_upload", "offer", "reference_check",
                "contract", "custom"] }, { "type" : "string", "description" :
                "A value newer than this SDK's spec." }] }
            )
        }
    }
    /**A candidate's status in one pipeline step.

Open enum: a value the spec does not list decodes as `Unknown` and is kept verbatim.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CandidateStepStatus {
        ///`locked`
        Locked,
        ///`active`
        Active,
        ///`completed`
        Completed,
        ///`validated`
        Validated,
        ///`rejected`
        Rejected,
        ///`skipped`
        Skipped,
        /// A value this version of the spec does not list, kept verbatim. Build values with
        /// `From<&str>`, which maps listed values to their variants; an `Unknown` holding a
        /// listed value would not compare equal to that variant.
        Unknown(::std::string::String),
    }
    impl CandidateStepStatus {
        /// Every value the spec lists.
        pub const KNOWN: &'static [Self] = &[
            Self::Locked,
            Self::Active,
            Self::Completed,
            Self::Validated,
            Self::Rejected,
            Self::Skipped,
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Locked => "locked",
                Self::Active => "active",
                Self::Completed => "completed",
                Self::Validated => "validated",
                Self::Rejected => "rejected",
                Self::Skipped => "skipped",
                Self::Unknown(other) => other.as_str(),
            }
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for CandidateStepStatus {
        fn from(value: &str) -> Self {
            match value {
                "locked" => Self::Locked,
                "active" => Self::Active,
                "completed" => Self::Completed,
                "validated" => Self::Validated,
                "rejected" => Self::Rejected,
                "skipped" => Self::Skipped,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for CandidateStepStatus {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for CandidateStepStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CandidateStepStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CandidateStepStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CandidateStepStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for CandidateStepStatus {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("CandidateStepStatus")
        }
        fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
            ::schemars::json_schema!(
                { "description" : "A candidate's status in one pipeline step.", "anyOf" :
                [{ "type" : "string", "enum" : ["locked", "active", "completed",
                "validated", "rejected", "skipped"] }, { "type" : "string", "description"
                : "A value newer than this SDK's spec." }] }
            )
        }
    }
    /**How a pipeline step is validated.

Open enum: a value the spec does not list decodes as `Unknown` and is kept verbatim.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ValidationType {
        ///`auto`
        Auto,
        ///`manual`
        Manual,
        ///`score_threshold`
        ScoreThreshold,
        /// A value this version of the spec does not list, kept verbatim. Build values with
        /// `From<&str>`, which maps listed values to their variants; an `Unknown` holding a
        /// listed value would not compare equal to that variant.
        Unknown(::std::string::String),
    }
    impl ValidationType {
        /// Every value the spec lists.
        pub const KNOWN: &'static [Self] = &[
            Self::Auto,
            Self::Manual,
            Self::ScoreThreshold,
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Auto => "auto",
                Self::Manual => "manual",
                Self::ScoreThreshold => "score_threshold",
                Self::Unknown(other) => other.as_str(),
            }
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for ValidationType {
        fn from(value: &str) -> Self {
            match value {
                "auto" => Self::Auto,
                "manual" => Self::Manual,
                "score_threshold" => Self::ScoreThreshold,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ValidationType {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ValidationType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ValidationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ValidationType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ValidationType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ValidationType {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("ValidationType")
        }
        fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
            ::schemars::json_schema!(
                { "description" : "How a pipeline step is validated.", "anyOf" : [{
                "type" : "string", "enum" : ["auto", "manual", "score_threshold"] }, {
                "type" : "string", "description" : "A value newer than this SDK's spec."
                }] }
            )
        }
    }
    /**Always `tr_`.

Open enum: a value the spec does not list decodes as `Unknown` and is kept verbatim.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CreatedApiKeyPrefix {
        ///`tr_`
        Tr,
        /// A value this version of the spec does not list, kept verbatim. Build values with
        /// `From<&str>`, which maps listed values to their variants; an `Unknown` holding a
        /// listed value would not compare equal to that variant.
        Unknown(::std::string::String),
    }
    impl CreatedApiKeyPrefix {
        /// Every value the spec lists.
        pub const KNOWN: &'static [Self] = &[Self::Tr];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Tr => "tr_",
                Self::Unknown(other) => other.as_str(),
            }
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for CreatedApiKeyPrefix {
        fn from(value: &str) -> Self {
            match value {
                "tr_" => Self::Tr,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for CreatedApiKeyPrefix {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for CreatedApiKeyPrefix {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CreatedApiKeyPrefix {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CreatedApiKeyPrefix {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreatedApiKeyPrefix {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for CreatedApiKeyPrefix {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("CreatedApiKeyPrefix")
        }
        fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
            ::schemars::json_schema!(
                { "description" : "Always `tr_`.", "anyOf" : [{ "type" : "string", "enum"
                : ["tr_"] }, { "type" : "string", "description" :
                "A value newer than this SDK's spec." }] }
            )
        }
    }
    /**Always `tr_`.

Open enum: a value the spec does not list decodes as `Unknown` and is kept verbatim.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ApiKeyPrefix {
        ///`tr_`
        Tr,
        /// A value this version of the spec does not list, kept verbatim. Build values with
        /// `From<&str>`, which maps listed values to their variants; an `Unknown` holding a
        /// listed value would not compare equal to that variant.
        Unknown(::std::string::String),
    }
    impl ApiKeyPrefix {
        /// Every value the spec lists.
        pub const KNOWN: &'static [Self] = &[Self::Tr];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Tr => "tr_",
                Self::Unknown(other) => other.as_str(),
            }
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for ApiKeyPrefix {
        fn from(value: &str) -> Self {
            match value {
                "tr_" => Self::Tr,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ApiKeyPrefix {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ApiKeyPrefix {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ApiKeyPrefix {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ApiKeyPrefix {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ApiKeyPrefix {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ApiKeyPrefix {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("ApiKeyPrefix")
        }
        fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
            ::schemars::json_schema!(
                { "description" : "Always `tr_`.", "anyOf" : [{ "type" : "string", "enum"
                : ["tr_"] }, { "type" : "string", "description" :
                "A value newer than this SDK's spec." }] }
            )
        }
    }
    /**Work arrangement: `remote`, `hybrid`, or `onsite`.

Open enum: a value the spec does not list decodes as `Unknown` and is kept verbatim.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PublicRoleWorkType {
        ///`remote`
        Remote,
        ///`hybrid`
        Hybrid,
        ///`onsite`
        Onsite,
        /// A value this version of the spec does not list, kept verbatim. Build values with
        /// `From<&str>`, which maps listed values to their variants; an `Unknown` holding a
        /// listed value would not compare equal to that variant.
        Unknown(::std::string::String),
    }
    impl PublicRoleWorkType {
        /// Every value the spec lists.
        pub const KNOWN: &'static [Self] = &[Self::Remote, Self::Hybrid, Self::Onsite];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Remote => "remote",
                Self::Hybrid => "hybrid",
                Self::Onsite => "onsite",
                Self::Unknown(other) => other.as_str(),
            }
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for PublicRoleWorkType {
        fn from(value: &str) -> Self {
            match value {
                "remote" => Self::Remote,
                "hybrid" => Self::Hybrid,
                "onsite" => Self::Onsite,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for PublicRoleWorkType {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for PublicRoleWorkType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PublicRoleWorkType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PublicRoleWorkType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PublicRoleWorkType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for PublicRoleWorkType {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("PublicRoleWorkType")
        }
        fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
            ::schemars::json_schema!(
                { "description" : "Work arrangement: `remote`, `hybrid`, or `onsite`.",
                "anyOf" : [{ "type" : "string", "enum" : ["remote", "hybrid", "onsite"]
                }, { "type" : "string", "description" :
                "A value newer than this SDK's spec." }] }
            )
        }
    }
    /**Collar type: `white`, `gray`, or `blue`.

Open enum: a value the spec does not list decodes as `Unknown` and is kept verbatim.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PublicRoleCollarType {
        ///`white`
        White,
        ///`gray`
        Gray,
        ///`blue`
        Blue,
        /// A value this version of the spec does not list, kept verbatim. Build values with
        /// `From<&str>`, which maps listed values to their variants; an `Unknown` holding a
        /// listed value would not compare equal to that variant.
        Unknown(::std::string::String),
    }
    impl PublicRoleCollarType {
        /// Every value the spec lists.
        pub const KNOWN: &'static [Self] = &[Self::White, Self::Gray, Self::Blue];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::White => "white",
                Self::Gray => "gray",
                Self::Blue => "blue",
                Self::Unknown(other) => other.as_str(),
            }
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for PublicRoleCollarType {
        fn from(value: &str) -> Self {
            match value {
                "white" => Self::White,
                "gray" => Self::Gray,
                "blue" => Self::Blue,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for PublicRoleCollarType {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for PublicRoleCollarType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PublicRoleCollarType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PublicRoleCollarType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PublicRoleCollarType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for PublicRoleCollarType {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("PublicRoleCollarType")
        }
        fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
            ::schemars::json_schema!(
                { "description" : "Collar type: `white`, `gray`, or `blue`.", "anyOf" :
                [{ "type" : "string", "enum" : ["white", "gray", "blue"] }, { "type" :
                "string", "description" : "A value newer than this SDK's spec." }] }
            )
        }
    }
    /**How the caller authenticated: `api_key`, or `session` for a signed-in (cookie) caller.

Open enum: a value the spec does not list decodes as `Unknown` and is kept verbatim.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum MeAuthType {
        ///`api_key`
        ApiKey,
        ///`session`
        Session,
        /// A value this version of the spec does not list, kept verbatim. Build values with
        /// `From<&str>`, which maps listed values to their variants; an `Unknown` holding a
        /// listed value would not compare equal to that variant.
        Unknown(::std::string::String),
    }
    impl MeAuthType {
        /// Every value the spec lists.
        pub const KNOWN: &'static [Self] = &[Self::ApiKey, Self::Session];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::ApiKey => "api_key",
                Self::Session => "session",
                Self::Unknown(other) => other.as_str(),
            }
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for MeAuthType {
        fn from(value: &str) -> Self {
            match value {
                "api_key" => Self::ApiKey,
                "session" => Self::Session,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for MeAuthType {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for MeAuthType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for MeAuthType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for MeAuthType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MeAuthType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for MeAuthType {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("MeAuthType")
        }
        fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
            ::schemars::json_schema!(
                { "description" :
                "How the caller authenticated: `api_key`, or `session` for a signed-in (cookie) caller.",
                "anyOf" : [{ "type" : "string", "enum" : ["api_key", "session"] }, {
                "type" : "string", "description" : "A value newer than this SDK's spec."
                }] }
            )
        }
    }
    /**Work arrangement: `remote`, `hybrid`, or `onsite`.

Open enum: a value the spec does not list decodes as `Unknown` and is kept verbatim.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum RoleWorkType {
        ///`remote`
        Remote,
        ///`hybrid`
        Hybrid,
        ///`onsite`
        Onsite,
        /// A value this version of the spec does not list, kept verbatim. Build values with
        /// `From<&str>`, which maps listed values to their variants; an `Unknown` holding a
        /// listed value would not compare equal to that variant.
        Unknown(::std::string::String),
    }
    impl RoleWorkType {
        /// Every value the spec lists.
        pub const KNOWN: &'static [Self] = &[Self::Remote, Self::Hybrid, Self::Onsite];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Remote => "remote",
                Self::Hybrid => "hybrid",
                Self::Onsite => "onsite",
                Self::Unknown(other) => other.as_str(),
            }
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for RoleWorkType {
        fn from(value: &str) -> Self {
            match value {
                "remote" => Self::Remote,
                "hybrid" => Self::Hybrid,
                "onsite" => Self::Onsite,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for RoleWorkType {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for RoleWorkType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for RoleWorkType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for RoleWorkType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RoleWorkType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for RoleWorkType {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("RoleWorkType")
        }
        fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
            ::schemars::json_schema!(
                { "description" : "Work arrangement: `remote`, `hybrid`, or `onsite`.",
                "anyOf" : [{ "type" : "string", "enum" : ["remote", "hybrid", "onsite"]
                }, { "type" : "string", "description" :
                "A value newer than this SDK's spec." }] }
            )
        }
    }
    /**Work arrangement: `remote`, `hybrid`, or `onsite`.

Open enum: a value the spec does not list decodes as `Unknown` and is kept verbatim.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum RoleUpdateWorkType {
        ///`remote`
        Remote,
        ///`hybrid`
        Hybrid,
        ///`onsite`
        Onsite,
        /// A value this version of the spec does not list, kept verbatim. Build values with
        /// `From<&str>`, which maps listed values to their variants; an `Unknown` holding a
        /// listed value would not compare equal to that variant.
        Unknown(::std::string::String),
    }
    impl RoleUpdateWorkType {
        /// Every value the spec lists.
        pub const KNOWN: &'static [Self] = &[Self::Remote, Self::Hybrid, Self::Onsite];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Remote => "remote",
                Self::Hybrid => "hybrid",
                Self::Onsite => "onsite",
                Self::Unknown(other) => other.as_str(),
            }
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for RoleUpdateWorkType {
        fn from(value: &str) -> Self {
            match value {
                "remote" => Self::Remote,
                "hybrid" => Self::Hybrid,
                "onsite" => Self::Onsite,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for RoleUpdateWorkType {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for RoleUpdateWorkType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for RoleUpdateWorkType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for RoleUpdateWorkType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RoleUpdateWorkType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for RoleUpdateWorkType {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("RoleUpdateWorkType")
        }
        fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
            ::schemars::json_schema!(
                { "description" : "Work arrangement: `remote`, `hybrid`, or `onsite`.",
                "anyOf" : [{ "type" : "string", "enum" : ["remote", "hybrid", "onsite"]
                }, { "type" : "string", "description" :
                "A value newer than this SDK's spec." }] }
            )
        }
    }
    /**`processing` while any member is still being processed, otherwise `completed`.

Open enum: a value the spec does not list decodes as `Unknown` and is kept verbatim.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CvScreeningBatchStatus {
        ///`processing`
        Processing,
        ///`completed`
        Completed,
        /// A value this version of the spec does not list, kept verbatim. Build values with
        /// `From<&str>`, which maps listed values to their variants; an `Unknown` holding a
        /// listed value would not compare equal to that variant.
        Unknown(::std::string::String),
    }
    impl CvScreeningBatchStatus {
        /// Every value the spec lists.
        pub const KNOWN: &'static [Self] = &[Self::Processing, Self::Completed];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Processing => "processing",
                Self::Completed => "completed",
                Self::Unknown(other) => other.as_str(),
            }
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for CvScreeningBatchStatus {
        fn from(value: &str) -> Self {
            match value {
                "processing" => Self::Processing,
                "completed" => Self::Completed,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for CvScreeningBatchStatus {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for CvScreeningBatchStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CvScreeningBatchStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CvScreeningBatchStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CvScreeningBatchStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::string::String::deserialize(deserializer).map(Self::from)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for CvScreeningBatchStatus {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            ::std::borrow::Cow::Borrowed("CvScreeningBatchStatus")
        }
        fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
            ::schemars::json_schema!(
                { "description" :
                "`processing` while any member is still being processed, otherwise `completed`.",
                "anyOf" : [{ "type" : "string", "enum" : ["processing", "completed"] }, {
                "type" : "string", "description" : "A value newer than this SDK's spec."
                }] }
            )
        }
    }
    ///Equal when both hold the same wire value.
    impl ::std::cmp::PartialEq<ApiKeyPrefix> for CreatedApiKeyPrefix {
        fn eq(&self, other: &ApiKeyPrefix) -> bool {
            self.as_str() == other.as_str()
        }
    }
    ///Equal when both hold the same wire value.
    impl ::std::cmp::PartialEq<CreatedApiKeyPrefix> for ApiKeyPrefix {
        fn eq(&self, other: &CreatedApiKeyPrefix) -> bool {
            self.as_str() == other.as_str()
        }
    }
    ///Equal when both hold the same wire value.
    impl ::std::cmp::PartialEq<PublicRoleWorkType> for RoleWorkType {
        fn eq(&self, other: &PublicRoleWorkType) -> bool {
            self.as_str() == other.as_str()
        }
    }
    ///Equal when both hold the same wire value.
    impl ::std::cmp::PartialEq<RoleWorkType> for PublicRoleWorkType {
        fn eq(&self, other: &RoleWorkType) -> bool {
            self.as_str() == other.as_str()
        }
    }
    ///Equal when both hold the same wire value.
    impl ::std::cmp::PartialEq<RoleUpdateWorkType> for PublicRoleWorkType {
        fn eq(&self, other: &RoleUpdateWorkType) -> bool {
            self.as_str() == other.as_str()
        }
    }
    ///Equal when both hold the same wire value.
    impl ::std::cmp::PartialEq<PublicRoleWorkType> for RoleUpdateWorkType {
        fn eq(&self, other: &PublicRoleWorkType) -> bool {
            self.as_str() == other.as_str()
        }
    }
    ///By wire value: every value `RoleUpdateWorkType` lists is one `PublicRoleWorkType` lists.
    impl ::std::convert::From<RoleUpdateWorkType> for PublicRoleWorkType {
        fn from(value: RoleUpdateWorkType) -> Self {
            Self::from(value.as_str())
        }
    }
    ///Equal when both hold the same wire value.
    impl ::std::cmp::PartialEq<RoleUpdateWorkType> for RoleWorkType {
        fn eq(&self, other: &RoleUpdateWorkType) -> bool {
            self.as_str() == other.as_str()
        }
    }
    ///Equal when both hold the same wire value.
    impl ::std::cmp::PartialEq<RoleWorkType> for RoleUpdateWorkType {
        fn eq(&self, other: &RoleWorkType) -> bool {
            self.as_str() == other.as_str()
        }
    }
    ///By wire value: every value `RoleUpdateWorkType` lists is one `RoleWorkType` lists.
    impl ::std::convert::From<RoleUpdateWorkType> for RoleWorkType {
        fn from(value: RoleUpdateWorkType) -> Self {
            Self::from(value.as_str())
        }
    }
}
#[derive(Clone, Debug)]
#[doc = "Client for Talent-Ray API\n\nThe Talent-Ray API lets backend systems and AI agents authenticate with an API key and call platform endpoints. An API key inherits the permissions of the user it was minted for (its ceiling), and may additionally be granted **per-key scopes** that gate the versioned `/api/v1/*` endpoints. A scope never grants access the owner lacks — it only narrows. A key with no scopes authenticates but cannot call scope-gated `/api/v1` endpoints. The stable, curated `/api/v1/*` surface returns versioned response shapes (additive changes only). All requests are HTTPS; all timestamps are ISO 8601 in UTC.\n\nVersion: 2026-06-05"]
/**

# Calling an operation

Each operation is a method returning a request builder. Set its parameters and its body's fields with plain values (`&str` or `String`, numbers, `bool`, lists, enum variants), then `send()` it; its error is [`crate::Error`]. An optional field is left out unless set (`omit_{field}` leaves it out explicitly); a nullable one is cleared with `clear_{field}`, which sends `null`. A required field left unset, or a value that breaks a constraint of the spec (length, pattern, range, format), is refused by `send()` with [`crate::Error::InvalidRequest`] naming its JSON path and the rule, before anything is sent. `body(…)` still takes a whole body of the generated type, and `body_map(|b| …)` edits it with the same setters.

```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .create_api_key()
    .name("Karaca SAP nightly sync")
    .user_id("user_abc123")
    .expires_in_days(30)
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::client::ClientState,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::client::ClientState) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::client::ClientState,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::client::ClientState> for Client {
    fn api_version() -> &'static str {
        "2026-06-05"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::client::ClientState {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::client::ClientState>,
    {}
};
impl Client {
    /**List API keys

Retrieve all API keys with their owner and usage metadata.

Returns every API key with owner and usage metadata. The full secret is never returned after creation — only the `start` prefix is shown for display.

Requires an API key whose owner has the `admin` role; no per-key scope applies.

Sends a `GET` request to `/api/admin/api-keys`

```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .list_api_keys()
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn list_api_keys(&self) -> builder::ListApiKeys<'_> {
        builder::ListApiKeys::new(self)
    }
    /**Create an API key

Mint a new API key on behalf of a user — for example, to set up a SAP or HRIS integration.

Creates a new API key for a user. The plaintext key is returned **exactly once** in this response — store it securely. The key inherits the target user's role and organization memberships.

Requires an API key whose owner has the `admin` role; no per-key scope applies.

Sends a `POST` request to `/api/admin/api-keys`

```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .create_api_key()
    .name("Karaca SAP nightly sync")
    .user_id("user_abc123")
    .expires_in_days(30)
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn create_api_key(&self) -> builder::CreateApiKey<'_> {
        builder::CreateApiKey::new(self)
    }
    /**Get API key usage

Read a cursor-paginated forensic log of requests made with a key — useful for audits.

Returns a cursor-paginated log of requests made with a key, newest first. Use it to answer "what did this key touch?" during an audit or incident.

To fetch the next page, pass `pagination.nextBefore` as the `before` query parameter. When `hasMore` is `false`, there are no more rows.

Requires an API key whose owner has the `admin` role; no per-key scope applies.

Sends a `GET` request to `/api/admin/api-keys/{id}/usage`

Arguments:
- `id`: The API key ID.
- `before`: ISO 8601 cursor — return rows older than this timestamp. Pass the previous page's `pagination.nextBefore`.
- `limit`: Rows per page. Default `100`, range 1–500.
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .get_api_key_usage()
    .id("apikey_xyz789")
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn get_api_key_usage(&self) -> builder::GetApiKeyUsage<'_> {
        builder::GetApiKeyUsage::new(self)
    }
    /**Revoke an API key

Permanently revoke a key so it can no longer authenticate requests.

Permanently revokes a key. Any request using it afterward is rejected. Use this when a key is compromised or no longer needed.

Requires an API key whose owner has the `admin` role; no per-key scope applies.

Sends a `DELETE` request to `/api/admin/api-keys/{id}`

Arguments:
- `id`: The API key ID to revoke.
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .revoke_api_key()
    .id("apikey_xyz789")
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn revoke_api_key(&self) -> builder::RevokeApiKey<'_> {
        builder::RevokeApiKey::new(self)
    }
    /**Get a career portal

List an organization's public career portal — branding and all open roles. No authentication.

Returns an organization's public career portal: its branding/theme and every open, public role. This endpoint is **public** — no API key is required.

**Salary visibility:** each role may include `salaryMin`, `salaryMax`, `salaryCurrency`, and `salaryPeriod`. These are only present when the organization enables salary display (`org.portalTheme.showSalary` is `true`); otherwise they are omitted.

Sends a `GET` request to `/api/public/portal/{orgSlug}`

Arguments:
- `org_slug`: The organization's portal slug (e.g. `acme`).
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .get_career_portal()
    .org_slug("acme")
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn get_career_portal(&self) -> builder::GetCareerPortal<'_> {
        builder::GetCareerPortal::new(self)
    }
    /**Get a public job

Fetch a single open, public role with its organization metadata. No authentication.

Returns a single public, open role together with its organization metadata. This endpoint is **public** — no API key is required. The role must be public and open; otherwise a `404` is returned.

Salary fields are omitted unless `org.portalTheme.showSalary` is `true`.

Sends a `GET` request to `/api/public/portal/{orgSlug}/roles/{roleId}`

Arguments:
- `org_slug`: The organization's portal slug.
- `role_id`: The role ID.
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .get_public_job()
    .org_slug("acme")
    .role_id("clx123abc")
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn get_public_job(&self) -> builder::GetPublicJob<'_> {
        builder::GetPublicJob::new(self)
    }
    /**Apply to a public job

Generate a candidate signup invite link for a public role. No authentication.

Generates (or reuses) a candidate **signup invitation link** for a public, open role and returns its URL. This endpoint is **public** — no API key is required. Redirect the candidate to the returned `inviteUrl` to start their application.

Sends a `POST` request to `/api/public/portal/{orgSlug}/apply`

Arguments:
- `org_slug`: The organization's portal slug.
- `body`
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .apply_to_public_job()
    .org_slug("acme")
    .role_id("clx123abc")
    .locale("en")
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn apply_to_public_job(&self) -> builder::ApplyToPublicJob<'_> {
        builder::ApplyToPublicJob::new(self)
    }
    /**Get the authenticated principal

Resolve the current user and, for API-key callers, the key id and its granted scopes.

Returns the authenticated principal. For an API-key caller it also reports the key id and the scopes granted to it — the quickest way to verify a key's auth and scope setup. Works for both API-key and signed-in (session) callers.

For a session (cookie) caller, `auth.type` is `"session"` and there is no `keyId`/`scopes`.

No per-key scope is required.

Sends a `GET` request to `/api/v1/me`

```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .get_me()
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn get_me(&self) -> builder::GetMe<'_> {
        builder::GetMe::new(self)
    }
    /**List candidates

Page through candidates in a stable, curated shape.

Lists candidates your key can see, in the stable v1 shape. Required scope: `candidates:read`. Visibility is organization-membership based — admins see all; employer-write members see their org's candidates; hiring managers see candidates in roles assigned to them.

`overallFitScore` is `-1` until an assessment has been scored, then `0–100`.

Sends a `GET` request to `/api/v1/candidates`

Arguments:
- `page`: 0-indexed page. Default `0`.
- `page_size`: Rows per page (max 100). Default `20`.
- `role_id`: Filter to candidates actively assigned to this role.
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .list_candidates()
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn list_candidates(&self) -> builder::ListCandidates<'_> {
        builder::ListCandidates::new(self)
    }
    /**Get a candidate

Fetch one candidate in the curated v1 shape.

Fetches a single candidate. Required scope: `candidates:read`. A candidate the key cannot see returns `404` (no existence leak).

Sends a `GET` request to `/api/v1/candidates/{id}`

Arguments:
- `id`: The candidate id.
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .get_candidate()
    .id("cand_1")
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn get_candidate(&self) -> builder::GetCandidate<'_> {
        builder::GetCandidate::new(self)
    }
    /**Update a candidate

Update a curated set of candidate fields.

Updates a curated subset of a candidate's fields. Required scope: `candidates:write`. Requires employer-write authority in one of the candidate's organizations (admins bypass; hiring managers are read-only). Send only the fields you want to change — unknown fields are ignored, wrong-typed fields return `400`.

Sends a `PATCH` request to `/api/v1/candidates/{id}`

Arguments:
- `id`: The candidate id.
- `body`
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .update_candidate()
    .id("cand_1")
    .status("Active")
    .phone("+905551112233")
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn update_candidate(&self) -> builder::UpdateCandidate<'_> {
        builder::UpdateCandidate::new(self)
    }
    /**Get a candidate's pipeline progress

A candidate's step progress across all their roles.

Returns where a candidate stands in their hiring pipeline — their per-step progress across every role they're in. Required scope: `pipeline:read`. The parent candidate must be visible to the key (else `404`). The list is not paginated (it is inherently small, ordered by role then step order).

`status` is one of `locked`, `active`, `completed`, `validated`, `rejected`, `skipped`.

Sends a `GET` request to `/api/v1/candidates/{id}/steps`

Arguments:
- `id`: The candidate id.
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .get_candidate_steps()
    .id("cand_1")
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn get_candidate_steps(&self) -> builder::GetCandidateSteps<'_> {
        builder::GetCandidateSteps::new(self)
    }
    /**List roles

Page through roles (jobs) in a stable, curated shape.

Lists roles (jobs) your key can see, in the stable v1 shape. Required scope: `roles:read`. Visibility: admins all; employer-write members see their org's roles (confidential roles only if they're the HR rep or hiring manager); hiring managers see assigned roles.

Sends a `GET` request to `/api/v1/roles`

Arguments:
- `organization_id`: Filter to a single organization.
- `page`: 0-indexed page. Default `0`.
- `page_size`: Rows per page (max 100). Default `20`.
- `status`: Filter by role status.
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .list_roles()
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn list_roles(&self) -> builder::ListRoles<'_> {
        builder::ListRoles::new(self)
    }
    /**Get a role

Fetch one role in the curated v1 shape.

Fetches a single role (job). Required scope: `roles:read`. A role the key cannot see returns `404` (no existence leak).

Sends a `GET` request to `/api/v1/roles/{id}`

Arguments:
- `id`: The role id.
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .get_role()
    .id("role_eng_be")
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn get_role(&self) -> builder::GetRole<'_> {
        builder::GetRole::new(self)
    }
    /**Update a role

Update a curated set of role fields.

Updates a curated subset of a role's fields. Required scope: `roles:write`. Requires employer-write authority in the role's organization (admins bypass). Pipeline structure, fit criteria, confidentiality, and assignment fields are intentionally excluded — those stay on the internal product. Send only the fields you want to change.

Sends a `PATCH` request to `/api/v1/roles/{id}`

Arguments:
- `id`: The role id.
- `body`
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .update_role()
    .id("role_eng_be")
    .status("open")
    .priority("high")
    .salary_max(130000)
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn update_role(&self) -> builder::UpdateRole<'_> {
        builder::UpdateRole::new(self)
    }
    /**Get a role's pipeline template

A role's ordered pipeline steps (the template).

Returns the role's pipeline **template** — the ordered list of steps a candidate moves through. Required scope: `pipeline:read`. The parent role must be visible to the key (else `404`). The list is not paginated (small, ordered by step order).

`stepType` is one of `cv_screening`, `ai_assessment`, `interview`, `application_form`, `document_upload`, `offer`, `reference_check`, `contract`, `custom`. `validationType` is `auto`, `manual`, or `score_threshold`.

Sends a `GET` request to `/api/v1/roles/{id}/steps`

Arguments:
- `id`: The role id.
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .get_role_steps()
    .id("role_eng_be")
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn get_role_steps(&self) -> builder::GetRoleSteps<'_> {
        builder::GetRoleSteps::new(self)
    }
    /**List tests

Page through assessment tests in a stable, curated shape.

Lists assessment tests in the stable v1 shape. The question **content is never included** — only metadata. Required scope: `tests:read`. Visibility: admins all; everyone else sees their org's tests plus platform-global (public) tests.

`isPublic` is `true` when the test has no linked organization (a platform-global template). `duration` is in minutes.

Sends a `GET` request to `/api/v1/tests`

Arguments:
- `analysis_category`: Filter by analysis category.
- `language`: Filter by language (ISO 639-1).
- `page`: 0-indexed page. Default `0`.
- `page_size`: Rows per page (max 100). Default `20`.
- `type_`: Filter by test type.
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .list_tests()
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn list_tests(&self) -> builder::ListTests<'_> {
        builder::ListTests::new(self)
    }
    /**Get a test

Fetch one test's metadata in the curated v1 shape.

Fetches a single test's metadata (never the question `content`). Required scope: `tests:read`. A test the key cannot see returns `404`.

Sends a `GET` request to `/api/v1/tests/{id}`

Arguments:
- `id`: The test id.
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .get_test()
    .id("test_js")
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn get_test(&self) -> builder::GetTest<'_> {
        builder::GetTest::new(self)
    }
    /**Update a test

Update a curated set of test metadata fields.

Updates a curated subset of a test's **metadata** — never the question `content`. Required scope: `tests:write`. Requires employer-write authority in one of the test's organizations (admins bypass; platform-global tests with no organization are admin-only). Send only the fields you want to change.

Sends a `PATCH` request to `/api/v1/tests/{id}`

Arguments:
- `id`: The test id.
- `body`
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .update_test()
    .id("test_js")
    .name("JavaScript Fundamentals (2026)")
    .duration(35)
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn update_test(&self) -> builder::UpdateTest<'_> {
        builder::UpdateTest::new(self)
    }
    /**List potential candidates

Page through sourced/CV-screened leads.

Lists potential candidates — sourced or CV-screened **leads** that exist before a candidate creates an account. Required scope: `sourcing:read`. Visibility: admins all; everyone else sees leads linked to an organization they belong to.

`email` is parsed from the CV; `contactEmail` is the account email used for invitations. `candidateId` is set once the lead is converted into a candidate. Fit scores are `-1` until screened/scored.

Sends a `GET` request to `/api/v1/sourcing`

Arguments:
- `page`: 0-indexed page. Default `0`.
- `page_size`: Rows per page (max 100). Default `20`.
- `role_id`: Filter to leads linked to this role.
- `status`: Filter by lead status.
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .list_potential_candidates()
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn list_potential_candidates(&self) -> builder::ListPotentialCandidates<'_> {
        builder::ListPotentialCandidates::new(self)
    }
    /**Create a potential candidate

Create a sourced lead in an organization.

Creates a potential candidate (lead) in a target organization. Required scope: `sourcing:write`. Requires employer-write authority in `organizationId` (admins bypass) and that the organization exists. The lead is linked to that organization on creation.

Sends a `POST` request to `/api/v1/sourcing`

```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .create_potential_candidate()
    .full_name("Sam Lee")
    .organization_id("org_acme")
    .contact_email("sam@example.com")
    .skills(["python", "sql"])
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn create_potential_candidate(&self) -> builder::CreatePotentialCandidate<'_> {
        builder::CreatePotentialCandidate::new(self)
    }
    /**Get a potential candidate

Fetch one sourced lead in the curated v1 shape.

Fetches a single potential candidate (lead). Required scope: `sourcing:read`. A lead the key cannot see returns `404` (no existence leak).

Sends a `GET` request to `/api/v1/sourcing/{id}`

Arguments:
- `id`: The potential-candidate id.
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .get_potential_candidate()
    .id("pc_1")
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn get_potential_candidate(&self) -> builder::GetPotentialCandidate<'_> {
        builder::GetPotentialCandidate::new(self)
    }
    /**Delete a potential candidate

Permanently delete a sourced lead.

Permanently deletes a potential candidate. The delete cascades to its role and organization links. Required scope: `sourcing:write`. Requires employer-write authority in one of the lead's organizations (admins bypass). A role-activity audit entry is recorded for each active role before deletion.

Sends a `DELETE` request to `/api/v1/sourcing/{id}`

Arguments:
- `id`: The potential-candidate id.
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .delete_potential_candidate()
    .id("pc_1")
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn delete_potential_candidate(&self) -> builder::DeletePotentialCandidate<'_> {
        builder::DeletePotentialCandidate::new(self)
    }
    /**Update a potential candidate

Update a curated set of lead fields.

Updates a curated subset of a potential candidate's fields. Required scope: `sourcing:write`. Requires employer-write authority in one of the lead's organizations (admins bypass). Send only the fields you want to change.

Sends a `PATCH` request to `/api/v1/sourcing/{id}`

Arguments:
- `id`: The potential-candidate id.
- `body`
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .update_potential_candidate()
    .id("pc_1")
    .status("parsed")
    .skills(["python", "sql", "airflow"])
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn update_potential_candidate(&self) -> builder::UpdatePotentialCandidate<'_> {
        builder::UpdatePotentialCandidate::new(self)
    }
    /**Get a CV-screening batch

Batch processing status plus per-member screening results.

Returns a CV-screening batch's **processing status** together with its per-member results (each member uses the potential-candidate shape). Required scope: `cv-screening:read`. Only batch members linked to an organization the key can see are counted and returned; a batch with no visible members returns `404`.

`status` is `processing` while any member is still being processed, otherwise `completed`. Poll this endpoint after an upload to track completion.

Sends a `GET` request to `/api/v1/cv-screening/batches/{batchId}`

Arguments:
- `batch_id`: The CV-screening batch id.
- `page`: 0-indexed page of members. Default `0`.
- `page_size`: Members per page (max 100). Default `20`.
```no_run
# async fn example(client: talent_ray::Client) -> talent_ray::Result<()> {
let response = client
    .get_cv_screening_batch()
    .batch_id("batch_2026_06_01")
    .send()
    .await?;
# let _ = response;
# Ok(())
# }
```*/
    pub fn get_cv_screening_batch(&self) -> builder::GetCvScreeningBatch<'_> {
        builder::GetCvScreeningBatch::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_api_keys`]

[`Client::list_api_keys`]: super::Client::list_api_keys*/
    #[derive(Debug, Clone)]
    pub struct ListApiKeys<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListApiKeys<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /**Sends a `GET` request to `/api/admin/api-keys`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ApiKeyListResponse>,
            crate::Error,
        > {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<
            ResponseValue<types::ApiKeyListResponse>,
            Error<types::LegacyError>,
        > {
            let Self { client } = self;
            let url = format!("{}/api/admin/api-keys", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_api_keys",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_api_key`]

[`Client::create_api_key`]: super::Client::create_api_key*/
    #[derive(Debug, Clone)]
    pub struct CreateApiKey<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateApiKeyRequest, String>,
    }
    impl<'a> CreateApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateApiKeyRequest>,
            <V as std::convert::TryInto<
                types::CreateApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateApiKeyRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateApiKeyRequest,
            ) -> types::builder::CreateApiKeyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /**Sends a `POST` request to `/api/admin/api-keys`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CreateApiKeyResponse>,
            crate::Error,
        > {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<
            ResponseValue<types::CreateApiKeyResponse>,
            Error<types::LegacyError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateApiKeyRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/admin/api-keys", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_api_key_usage`]

[`Client::get_api_key_usage`]: super::Client::get_api_key_usage*/
    #[derive(Debug, Clone)]
    pub struct GetApiKeyUsage<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        pub(crate) before: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        pub(crate) limit: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> GetApiKeyUsage<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                before: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for before failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        /**Sends a `GET` request to `/api/admin/api-keys/{id}/usage`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ApiKeyUsageResponse>,
            crate::Error,
        > {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<
            ResponseValue<types::ApiKeyUsageResponse>,
            Error<types::LegacyError>,
        > {
            let Self { client, id, before, limit } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let before = before.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/admin/api-keys/{}/usage", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("before", &before))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_api_key_usage",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::revoke_api_key`]

[`Client::revoke_api_key`]: super::Client::revoke_api_key*/
    #[derive(Debug, Clone)]
    pub struct RevokeApiKey<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> RevokeApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        /**Sends a `DELETE` request to `/api/admin/api-keys/{id}`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::RevokeApiKeyResponse>,
            crate::Error,
        > {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<
            ResponseValue<types::RevokeApiKeyResponse>,
            Error<types::LegacyError>,
        > {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/admin/api-keys/{}", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "revoke_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_career_portal`]

[`Client::get_career_portal`]: super::Client::get_career_portal*/
    #[derive(Debug, Clone)]
    pub struct GetCareerPortal<'a> {
        client: &'a super::Client,
        org_slug: Result<::std::string::String, String>,
    }
    impl<'a> GetCareerPortal<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_slug: Err("org_slug was not initialized".to_string()),
            }
        }
        pub fn org_slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.org_slug = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for org_slug failed"
                        .to_string()
                });
            self
        }
        /**Sends a `GET` request to `/api/public/portal/{orgSlug}`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::CareerPortal>, crate::Error> {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::CareerPortal>, Error<types::LegacyError>> {
            let Self { client, org_slug } = self;
            let org_slug = org_slug.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/portal/{}", client.baseurl, encode_path(& org_slug
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_career_portal",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_public_job`]

[`Client::get_public_job`]: super::Client::get_public_job*/
    #[derive(Debug, Clone)]
    pub struct GetPublicJob<'a> {
        client: &'a super::Client,
        org_slug: Result<::std::string::String, String>,
        role_id: Result<::std::string::String, String>,
    }
    impl<'a> GetPublicJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_slug: Err("org_slug was not initialized".to_string()),
                role_id: Err("role_id was not initialized".to_string()),
            }
        }
        pub fn org_slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.org_slug = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for org_slug failed"
                        .to_string()
                });
            self
        }
        pub fn role_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_id failed"
                        .to_string()
                });
            self
        }
        /**Sends a `GET` request to `/api/public/portal/{orgSlug}/roles/{roleId}`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::PublicJob>, crate::Error> {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::PublicJob>, Error<types::LegacyError>> {
            let Self { client, org_slug, role_id } = self;
            let org_slug = org_slug.map_err(Error::InvalidRequest)?;
            let role_id = role_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/portal/{}/roles/{}", client.baseurl, encode_path(&
                org_slug.to_string()), encode_path(& role_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_public_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::apply_to_public_job`]

[`Client::apply_to_public_job`]: super::Client::apply_to_public_job*/
    #[derive(Debug, Clone)]
    pub struct ApplyToPublicJob<'a> {
        client: &'a super::Client,
        org_slug: Result<::std::string::String, String>,
        body: Result<types::builder::ApplyToPublicJobRequest, String>,
    }
    impl<'a> ApplyToPublicJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_slug: Err("org_slug was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn org_slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.org_slug = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for org_slug failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ApplyToPublicJobRequest>,
            <V as std::convert::TryInto<
                types::ApplyToPublicJobRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ApplyToPublicJobRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ApplyToPublicJobRequest,
            ) -> types::builder::ApplyToPublicJobRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /**Sends a `POST` request to `/api/public/portal/{orgSlug}/apply`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::PublicApplication>,
            crate::Error,
        > {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::PublicApplication>, Error<types::LegacyError>> {
            let Self { client, org_slug, body } = self;
            let org_slug = org_slug.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ApplyToPublicJobRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/portal/{}/apply", client.baseurl, encode_path(& org_slug
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "apply_to_public_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_me`]

[`Client::get_me`]: super::Client::get_me*/
    #[derive(Debug, Clone)]
    pub struct GetMe<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetMe<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /**Sends a `GET` request to `/api/v1/me`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Me>, crate::Error> {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::Me>, Error<types::V1Error>> {
            let Self { client } = self;
            let url = format!("{}/api/v1/me", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_me",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_candidates`]

[`Client::list_candidates`]: super::Client::list_candidates*/
    #[derive(Debug, Clone)]
    pub struct ListCandidates<'a> {
        client: &'a super::Client,
        pub(crate) page: Result<Option<u64>, String>,
        pub(crate) page_size: Result<Option<::std::num::NonZeroU64>, String>,
        role_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListCandidates<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                page_size: Ok(None),
                role_id: Ok(None),
            }
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for page failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn role_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_id failed"
                        .to_string()
                });
            self
        }
        /**Sends a `GET` request to `/api/v1/candidates`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::CandidateList>, crate::Error> {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::CandidateList>, Error<types::V1Error>> {
            let Self { client, page, page_size, role_id } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let role_id = role_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/candidates", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("roleId", &role_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_candidates",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_candidate`]

[`Client::get_candidate`]: super::Client::get_candidate*/
    #[derive(Debug, Clone)]
    pub struct GetCandidate<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetCandidate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        /**Sends a `GET` request to `/api/v1/candidates/{id}`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Candidate>, crate::Error> {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::Candidate>, Error<types::V1Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/candidates/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_candidate",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_candidate`]

[`Client::update_candidate`]: super::Client::update_candidate*/
    #[derive(Debug, Clone)]
    pub struct UpdateCandidate<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::CandidateUpdate, String>,
    }
    impl<'a> UpdateCandidate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CandidateUpdate>,
            <V as std::convert::TryInto<
                types::CandidateUpdate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CandidateUpdate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CandidateUpdate,
            ) -> types::builder::CandidateUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        /**Sends a `PATCH` request to `/api/v1/candidates/{id}`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Candidate>, crate::Error> {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::Candidate>, Error<types::V1Error>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CandidateUpdate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/candidates/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_candidate",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_candidate_steps`]

[`Client::get_candidate_steps`]: super::Client::get_candidate_steps*/
    #[derive(Debug, Clone)]
    pub struct GetCandidateSteps<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetCandidateSteps<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        /**Sends a `GET` request to `/api/v1/candidates/{id}/steps`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CandidateStepList>,
            crate::Error,
        > {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::CandidateStepList>, Error<types::V1Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/candidates/{}/steps", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_candidate_steps",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_roles`]

[`Client::list_roles`]: super::Client::list_roles*/
    #[derive(Debug, Clone)]
    pub struct ListRoles<'a> {
        client: &'a super::Client,
        organization_id: Result<Option<::std::string::String>, String>,
        pub(crate) page: Result<Option<u64>, String>,
        pub(crate) page_size: Result<Option<::std::num::NonZeroU64>, String>,
        status: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListRoles<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                status: Ok(None),
            }
        }
        pub fn organization_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.organization_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for organization_id failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for page failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for status failed"
                        .to_string()
                });
            self
        }
        /**Sends a `GET` request to `/api/v1/roles`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::RoleList>, crate::Error> {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::RoleList>, Error<types::V1Error>> {
            let Self { client, organization_id, page, page_size, status } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/roles", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "organizationId",
                        &organization_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_roles",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_role`]

[`Client::get_role`]: super::Client::get_role*/
    #[derive(Debug, Clone)]
    pub struct GetRole<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetRole<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        /**Sends a `GET` request to `/api/v1/roles/{id}`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Role>, crate::Error> {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::Role>, Error<types::V1Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/roles/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_role",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_role`]

[`Client::update_role`]: super::Client::update_role*/
    #[derive(Debug, Clone)]
    pub struct UpdateRole<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::RoleUpdate, String>,
    }
    impl<'a> UpdateRole<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RoleUpdate>,
            <V as std::convert::TryInto<types::RoleUpdate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RoleUpdate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RoleUpdate,
            ) -> types::builder::RoleUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        /**Sends a `PATCH` request to `/api/v1/roles/{id}`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Role>, crate::Error> {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::Role>, Error<types::V1Error>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::RoleUpdate::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/roles/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_role",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_role_steps`]

[`Client::get_role_steps`]: super::Client::get_role_steps*/
    #[derive(Debug, Clone)]
    pub struct GetRoleSteps<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetRoleSteps<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        /**Sends a `GET` request to `/api/v1/roles/{id}/steps`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::RoleStepList>, crate::Error> {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::RoleStepList>, Error<types::V1Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/roles/{}/steps", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_role_steps",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_tests`]

[`Client::list_tests`]: super::Client::list_tests*/
    #[derive(Debug, Clone)]
    pub struct ListTests<'a> {
        client: &'a super::Client,
        analysis_category: Result<Option<::std::string::String>, String>,
        language: Result<Option<::std::string::String>, String>,
        pub(crate) page: Result<Option<u64>, String>,
        pub(crate) page_size: Result<Option<::std::num::NonZeroU64>, String>,
        type_: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListTests<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                analysis_category: Ok(None),
                language: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                type_: Ok(None),
            }
        }
        pub fn analysis_category<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.analysis_category = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for analysis_category failed"
                        .to_string()
                });
            self
        }
        pub fn language<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.language = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for language failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for page failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.type_ = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for type_ failed"
                        .to_string()
                });
            self
        }
        /**Sends a `GET` request to `/api/v1/tests`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::TestList>, crate::Error> {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::TestList>, Error<types::V1Error>> {
            let Self { client, analysis_category, language, page, page_size, type_ } = self;
            let analysis_category = analysis_category.map_err(Error::InvalidRequest)?;
            let language = language.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/tests", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "analysisCategory",
                        &analysis_category,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("language", &language))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_tests",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_test`]

[`Client::get_test`]: super::Client::get_test*/
    #[derive(Debug, Clone)]
    pub struct GetTest<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetTest<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        /**Sends a `GET` request to `/api/v1/tests/{id}`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Test>, crate::Error> {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::Test>, Error<types::V1Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/tests/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_test",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_test`]

[`Client::update_test`]: super::Client::update_test*/
    #[derive(Debug, Clone)]
    pub struct UpdateTest<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::TestUpdate, String>,
    }
    impl<'a> UpdateTest<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TestUpdate>,
            <V as std::convert::TryInto<types::TestUpdate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `TestUpdate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TestUpdate,
            ) -> types::builder::TestUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        /**Sends a `PATCH` request to `/api/v1/tests/{id}`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<types::Test>, crate::Error> {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::Test>, Error<types::V1Error>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::TestUpdate::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/tests/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_test",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_potential_candidates`]

[`Client::list_potential_candidates`]: super::Client::list_potential_candidates*/
    #[derive(Debug, Clone)]
    pub struct ListPotentialCandidates<'a> {
        client: &'a super::Client,
        pub(crate) page: Result<Option<u64>, String>,
        pub(crate) page_size: Result<Option<::std::num::NonZeroU64>, String>,
        role_id: Result<Option<::std::string::String>, String>,
        status: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListPotentialCandidates<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                page_size: Ok(None),
                role_id: Ok(None),
                status: Ok(None),
            }
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for page failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn role_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_id failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for status failed"
                        .to_string()
                });
            self
        }
        /**Sends a `GET` request to `/api/v1/sourcing`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::PotentialCandidateList>,
            crate::Error,
        > {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<
            ResponseValue<types::PotentialCandidateList>,
            Error<types::V1Error>,
        > {
            let Self { client, page, page_size, role_id, status } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let role_id = role_id.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/sourcing", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("roleId", &role_id))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_potential_candidates",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_potential_candidate`]

[`Client::create_potential_candidate`]: super::Client::create_potential_candidate*/
    #[derive(Debug, Clone)]
    pub struct CreatePotentialCandidate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PotentialCandidateCreate, String>,
    }
    impl<'a> CreatePotentialCandidate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PotentialCandidateCreate>,
            <V as std::convert::TryInto<
                types::PotentialCandidateCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PotentialCandidateCreate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PotentialCandidateCreate,
            ) -> types::builder::PotentialCandidateCreate,
        {
            self.body = self.body.map(f);
            self
        }
        /**Sends a `POST` request to `/api/v1/sourcing`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::PotentialCandidate>,
            crate::Error,
        > {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::PotentialCandidate>, Error<types::V1Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PotentialCandidateCreate::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/sourcing", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_potential_candidate",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_potential_candidate`]

[`Client::get_potential_candidate`]: super::Client::get_potential_candidate*/
    #[derive(Debug, Clone)]
    pub struct GetPotentialCandidate<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetPotentialCandidate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        /**Sends a `GET` request to `/api/v1/sourcing/{id}`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::PotentialCandidate>,
            crate::Error,
        > {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::PotentialCandidate>, Error<types::V1Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/sourcing/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_potential_candidate",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_potential_candidate`]

[`Client::delete_potential_candidate`]: super::Client::delete_potential_candidate*/
    #[derive(Debug, Clone)]
    pub struct DeletePotentialCandidate<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> DeletePotentialCandidate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        /**Sends a `DELETE` request to `/api/v1/sourcing/{id}`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<ResponseValue<()>, crate::Error> {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<()>, Error<types::V1Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/sourcing/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_potential_candidate",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_potential_candidate`]

[`Client::update_potential_candidate`]: super::Client::update_potential_candidate*/
    #[derive(Debug, Clone)]
    pub struct UpdatePotentialCandidate<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::PotentialCandidateUpdate, String>,
    }
    impl<'a> UpdatePotentialCandidate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PotentialCandidateUpdate>,
            <V as std::convert::TryInto<
                types::PotentialCandidateUpdate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PotentialCandidateUpdate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PotentialCandidateUpdate,
            ) -> types::builder::PotentialCandidateUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        /**Sends a `PATCH` request to `/api/v1/sourcing/{id}`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::PotentialCandidate>,
            crate::Error,
        > {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::PotentialCandidate>, Error<types::V1Error>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PotentialCandidateUpdate::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/sourcing/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_potential_candidate",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_cv_screening_batch`]

[`Client::get_cv_screening_batch`]: super::Client::get_cv_screening_batch*/
    #[derive(Debug, Clone)]
    pub struct GetCvScreeningBatch<'a> {
        client: &'a super::Client,
        batch_id: Result<::std::string::String, String>,
        pub(crate) page: Result<Option<u64>, String>,
        pub(crate) page_size: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> GetCvScreeningBatch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                batch_id: Err("batch_id was not initialized".to_string()),
                page: Ok(None),
                page_size: Ok(None),
            }
        }
        pub fn batch_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.batch_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for batch_id failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for page failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        /**Sends a `GET` request to `/api/v1/cv-screening/batches/{batchId}`

Fails with [`crate::Error`]; a request that breaks a constraint of the spec is refused before sending ([`crate::Error::InvalidRequest`]).*/
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CvScreeningBatch>,
            crate::Error,
        > {
            crate::wire::classify(self.send_unclassified()).await
        }
        async fn send_unclassified(
            self,
        ) -> Result<ResponseValue<types::CvScreeningBatch>, Error<types::V1Error>> {
            let Self { client, batch_id, page, page_size } = self;
            let batch_id = batch_id.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/cv-screening/batches/{}", client.baseurl, encode_path(&
                batch_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_cv_screening_batch",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request body's fields, set one by one with plain values.
    impl<'a> CreateApiKey<'a> {
        /**Days until expiry. Default `90`, range 1–365.

Sets `expiresInDays`.*/
        pub fn expires_in_days(self, value: i64) -> Self {
            self.body_map(|b| b.expires_in_days(value))
        }
        ///Leaves `expiresInDays` out of the request (the default; unchanged on an update).
        pub fn omit_expires_in_days(self) -> Self {
            self.body_map(|b| b.omit_expires_in_days())
        }
        /**Human-readable label (max 255 chars).

Sets `name` (required).*/
        pub fn name(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.name(value))
        }
        /**ID of the user the key acts as. Must exist.

Sets `userId` (required).*/
        pub fn user_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.user_id(value))
        }
    }
    /// The request body's fields, set one by one with plain values.
    impl<'a> ApplyToPublicJob<'a> {
        /**Language for the signup link. Default `en`.

Sets `locale`.*/
        pub fn locale(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.locale(value))
        }
        ///Leaves `locale` out of the request (the default; unchanged on an update).
        pub fn omit_locale(self) -> Self {
            self.body_map(|b| b.omit_locale())
        }
        /**The public role to apply for.

Sets `roleId` (required).*/
        pub fn role_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.role_id(value))
        }
    }
    /// The request body's fields, set one by one with plain values.
    impl<'a> UpdateCandidate<'a> {
        /**Email (validated).

Sets `email`.*/
        pub fn email(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.email(value))
        }
        ///Sends `email` as `null`: clears it.
        pub fn clear_email(self) -> Self {
            self.body_map(|b| b.clear_email())
        }
        ///Leaves `email` out of the request (the default; unchanged on an update).
        pub fn omit_email(self) -> Self {
            self.body_map(|b| b.omit_email())
        }
        /**Candidate's full name.

Sets `fullName`.*/
        pub fn full_name(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.full_name(value))
        }
        ///Leaves `fullName` out of the request (the default; unchanged on an update).
        pub fn omit_full_name(self) -> Self {
            self.body_map(|b| b.omit_full_name())
        }
        /**Phone (validated).

Sets `phone`.*/
        pub fn phone(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.phone(value))
        }
        ///Sends `phone` as `null`: clears it.
        pub fn clear_phone(self) -> Self {
            self.body_map(|b| b.clear_phone())
        }
        ///Leaves `phone` out of the request (the default; unchanged on an update).
        pub fn omit_phone(self) -> Self {
            self.body_map(|b| b.omit_phone())
        }
        /**Candidate status.

Sets `status`.*/
        pub fn status(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.status(value))
        }
        ///Leaves `status` out of the request (the default; unchanged on an update).
        pub fn omit_status(self) -> Self {
            self.body_map(|b| b.omit_status())
        }
        /**Free-text summary.

Sets `summary`.*/
        pub fn summary(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.summary(value))
        }
        ///Sends `summary` as `null`: clears it.
        pub fn clear_summary(self) -> Self {
            self.body_map(|b| b.clear_summary())
        }
        ///Leaves `summary` out of the request (the default; unchanged on an update).
        pub fn omit_summary(self) -> Self {
            self.body_map(|b| b.omit_summary())
        }
    }
    /// The request body's fields, set one by one with plain values.
    impl<'a> UpdateRole<'a> {
        /**Department.

Sets `department`.*/
        pub fn department(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.department(value))
        }
        ///Sends `department` as `null`: clears it.
        pub fn clear_department(self) -> Self {
            self.body_map(|b| b.clear_department())
        }
        ///Leaves `department` out of the request (the default; unchanged on an update).
        pub fn omit_department(self) -> Self {
            self.body_map(|b| b.omit_department())
        }
        /**Whether the role is public.

Sets `isPublic`.*/
        pub fn is_public(self, value: bool) -> Self {
            self.body_map(|b| b.is_public(value))
        }
        ///Leaves `isPublic` out of the request (the default; unchanged on an update).
        pub fn omit_is_public(self) -> Self {
            self.body_map(|b| b.omit_is_public())
        }
        /**Location.

Sets `location`.*/
        pub fn location(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.location(value))
        }
        ///Sends `location` as `null`: clears it.
        pub fn clear_location(self) -> Self {
            self.body_map(|b| b.clear_location())
        }
        ///Leaves `location` out of the request (the default; unchanged on an update).
        pub fn omit_location(self) -> Self {
            self.body_map(|b| b.omit_location())
        }
        /**Role title.

Sets `name`.*/
        pub fn name(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.name(value))
        }
        ///Leaves `name` out of the request (the default; unchanged on an update).
        pub fn omit_name(self) -> Self {
            self.body_map(|b| b.omit_name())
        }
        /**Priority.

Sets `priority`.*/
        pub fn priority(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.priority(value))
        }
        ///Sends `priority` as `null`: clears it.
        pub fn clear_priority(self) -> Self {
            self.body_map(|b| b.clear_priority())
        }
        ///Leaves `priority` out of the request (the default; unchanged on an update).
        pub fn omit_priority(self) -> Self {
            self.body_map(|b| b.omit_priority())
        }
        /**Seniority.

Sets `roleLevel`.*/
        pub fn role_level(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.role_level(value))
        }
        ///Sends `roleLevel` as `null`: clears it.
        pub fn clear_role_level(self) -> Self {
            self.body_map(|b| b.clear_role_level())
        }
        ///Leaves `roleLevel` out of the request (the default; unchanged on an update).
        pub fn omit_role_level(self) -> Self {
            self.body_map(|b| b.omit_role_level())
        }
        /**Salary currency.

Sets `salaryCurrency`.*/
        pub fn salary_currency(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.salary_currency(value))
        }
        ///Sends `salaryCurrency` as `null`: clears it.
        pub fn clear_salary_currency(self) -> Self {
            self.body_map(|b| b.clear_salary_currency())
        }
        ///Leaves `salaryCurrency` out of the request (the default; unchanged on an update).
        pub fn omit_salary_currency(self) -> Self {
            self.body_map(|b| b.omit_salary_currency())
        }
        /**Salary band maximum.

Sets `salaryMax`.*/
        pub fn salary_max(self, value: i64) -> Self {
            self.body_map(|b| b.salary_max(value))
        }
        ///Sends `salaryMax` as `null`: clears it.
        pub fn clear_salary_max(self) -> Self {
            self.body_map(|b| b.clear_salary_max())
        }
        ///Leaves `salaryMax` out of the request (the default; unchanged on an update).
        pub fn omit_salary_max(self) -> Self {
            self.body_map(|b| b.omit_salary_max())
        }
        /**Salary band minimum.

Sets `salaryMin`.*/
        pub fn salary_min(self, value: i64) -> Self {
            self.body_map(|b| b.salary_min(value))
        }
        ///Sends `salaryMin` as `null`: clears it.
        pub fn clear_salary_min(self) -> Self {
            self.body_map(|b| b.clear_salary_min())
        }
        ///Leaves `salaryMin` out of the request (the default; unchanged on an update).
        pub fn omit_salary_min(self) -> Self {
            self.body_map(|b| b.omit_salary_min())
        }
        /**Salary period.

Sets `salaryPeriod`.*/
        pub fn salary_period(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.salary_period(value))
        }
        ///Sends `salaryPeriod` as `null`: clears it.
        pub fn clear_salary_period(self) -> Self {
            self.body_map(|b| b.clear_salary_period())
        }
        ///Leaves `salaryPeriod` out of the request (the default; unchanged on an update).
        pub fn omit_salary_period(self) -> Self {
            self.body_map(|b| b.omit_salary_period())
        }
        /**Role status.

Sets `status`.*/
        pub fn status(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.status(value))
        }
        ///Leaves `status` out of the request (the default; unchanged on an update).
        pub fn omit_status(self) -> Self {
            self.body_map(|b| b.omit_status())
        }
        /**Target hires.

Sets `targetHireCount`.*/
        pub fn target_hire_count(self, value: i64) -> Self {
            self.body_map(|b| b.target_hire_count(value))
        }
        ///Sends `targetHireCount` as `null`: clears it.
        pub fn clear_target_hire_count(self) -> Self {
            self.body_map(|b| b.clear_target_hire_count())
        }
        ///Leaves `targetHireCount` out of the request (the default; unchanged on an update).
        pub fn omit_target_hire_count(self) -> Self {
            self.body_map(|b| b.omit_target_hire_count())
        }
        /**Work arrangement: `remote`, `hybrid`, or `onsite`.

Sets `workType`.*/
        pub fn work_type(
            self,
            value: impl ::std::convert::Into<crate::types::RoleUpdateWorkType>,
        ) -> Self {
            self.body_map(|b| b.work_type(value))
        }
        ///Sends `workType` as `null`: clears it.
        pub fn clear_work_type(self) -> Self {
            self.body_map(|b| b.clear_work_type())
        }
        ///Leaves `workType` out of the request (the default; unchanged on an update).
        pub fn omit_work_type(self) -> Self {
            self.body_map(|b| b.omit_work_type())
        }
    }
    /// The request body's fields, set one by one with plain values.
    impl<'a> UpdateTest<'a> {
        /**Analysis category.

Sets `analysisCategory`.*/
        pub fn analysis_category(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.analysis_category(value))
        }
        ///Leaves `analysisCategory` out of the request (the default; unchanged on an update).
        pub fn omit_analysis_category(self) -> Self {
            self.body_map(|b| b.omit_analysis_category())
        }
        /**Test description.

Sets `description`.*/
        pub fn description(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.description(value))
        }
        ///Leaves `description` out of the request (the default; unchanged on an update).
        pub fn omit_description(self) -> Self {
            self.body_map(|b| b.omit_description())
        }
        /**Duration in minutes.

Sets `duration`.*/
        pub fn duration(self, value: i64) -> Self {
            self.body_map(|b| b.duration(value))
        }
        ///Leaves `duration` out of the request (the default; unchanged on an update).
        pub fn omit_duration(self) -> Self {
            self.body_map(|b| b.omit_duration())
        }
        /**Language (ISO 639-1).

Sets `language`.*/
        pub fn language(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.language(value))
        }
        ///Leaves `language` out of the request (the default; unchanged on an update).
        pub fn omit_language(self) -> Self {
            self.body_map(|b| b.omit_language())
        }
        /**Test name.

Sets `name`.*/
        pub fn name(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.name(value))
        }
        ///Leaves `name` out of the request (the default; unchanged on an update).
        pub fn omit_name(self) -> Self {
            self.body_map(|b| b.omit_name())
        }
        /**Target persona.

Sets `targetPersona`.*/
        pub fn target_persona(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.target_persona(value))
        }
        ///Sends `targetPersona` as `null`: clears it.
        pub fn clear_target_persona(self) -> Self {
            self.body_map(|b| b.clear_target_persona())
        }
        ///Leaves `targetPersona` out of the request (the default; unchanged on an update).
        pub fn omit_target_persona(self) -> Self {
            self.body_map(|b| b.omit_target_persona())
        }
        /**Test type.

Sets `type`.*/
        pub fn type_(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.type_(value))
        }
        ///Leaves `type` out of the request (the default; unchanged on an update).
        pub fn omit_type_(self) -> Self {
            self.body_map(|b| b.omit_type_())
        }
    }
    /// The request body's fields, set one by one with plain values.
    impl<'a> CreatePotentialCandidate<'a> {
        /**Account/contact email (validated).

Sets `contactEmail`.*/
        pub fn contact_email(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.contact_email(value))
        }
        ///Leaves `contactEmail` out of the request (the default; unchanged on an update).
        pub fn omit_contact_email(self) -> Self {
            self.body_map(|b| b.omit_contact_email())
        }
        /**CV email (validated).

Sets `email`.*/
        pub fn email(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.email(value))
        }
        ///Leaves `email` out of the request (the default; unchanged on an update).
        pub fn omit_email(self) -> Self {
            self.body_map(|b| b.omit_email())
        }
        /**Lead's full name.

Sets `fullName` (required).*/
        pub fn full_name(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.full_name(value))
        }
        /**Organization to create the lead in.

Sets `organizationId` (required).*/
        pub fn organization_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.organization_id(value))
        }
        /**Phone (validated).

Sets `phone`.*/
        pub fn phone(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.phone(value))
        }
        ///Leaves `phone` out of the request (the default; unchanged on an update).
        pub fn omit_phone(self) -> Self {
            self.body_map(|b| b.omit_phone())
        }
        /**Skill tags.

Sets `skills`.*/
        pub fn skills(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.body_map(|b| b.skills(value))
        }
        ///Leaves `skills` out of the request (the default; unchanged on an update).
        pub fn omit_skills(self) -> Self {
            self.body_map(|b| b.omit_skills())
        }
        /**Lead status. Defaults to `uploaded`.

Sets `status`.*/
        pub fn status(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.status(value))
        }
        ///Leaves `status` out of the request (the default; unchanged on an update).
        pub fn omit_status(self) -> Self {
            self.body_map(|b| b.omit_status())
        }
        /**Free-text summary.

Sets `summary`.*/
        pub fn summary(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.summary(value))
        }
        ///Leaves `summary` out of the request (the default; unchanged on an update).
        pub fn omit_summary(self) -> Self {
            self.body_map(|b| b.omit_summary())
        }
    }
    /// The request body's fields, set one by one with plain values.
    impl<'a> UpdatePotentialCandidate<'a> {
        /**Account/contact email (validated).

Sets `contactEmail`.*/
        pub fn contact_email(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.contact_email(value))
        }
        ///Sends `contactEmail` as `null`: clears it.
        pub fn clear_contact_email(self) -> Self {
            self.body_map(|b| b.clear_contact_email())
        }
        ///Leaves `contactEmail` out of the request (the default; unchanged on an update).
        pub fn omit_contact_email(self) -> Self {
            self.body_map(|b| b.omit_contact_email())
        }
        /**CV email (validated).

Sets `email`.*/
        pub fn email(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.email(value))
        }
        ///Sends `email` as `null`: clears it.
        pub fn clear_email(self) -> Self {
            self.body_map(|b| b.clear_email())
        }
        ///Leaves `email` out of the request (the default; unchanged on an update).
        pub fn omit_email(self) -> Self {
            self.body_map(|b| b.omit_email())
        }
        /**Lead's full name.

Sets `fullName`.*/
        pub fn full_name(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.full_name(value))
        }
        ///Leaves `fullName` out of the request (the default; unchanged on an update).
        pub fn omit_full_name(self) -> Self {
            self.body_map(|b| b.omit_full_name())
        }
        /**Phone (validated).

Sets `phone`.*/
        pub fn phone(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.phone(value))
        }
        ///Sends `phone` as `null`: clears it.
        pub fn clear_phone(self) -> Self {
            self.body_map(|b| b.clear_phone())
        }
        ///Leaves `phone` out of the request (the default; unchanged on an update).
        pub fn omit_phone(self) -> Self {
            self.body_map(|b| b.omit_phone())
        }
        /**Skill tags.

Sets `skills`.*/
        pub fn skills(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.body_map(|b| b.skills(value))
        }
        ///Leaves `skills` out of the request (the default; unchanged on an update).
        pub fn omit_skills(self) -> Self {
            self.body_map(|b| b.omit_skills())
        }
        /**Lead status.

Sets `status`.*/
        pub fn status(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.status(value))
        }
        ///Leaves `status` out of the request (the default; unchanged on an update).
        pub fn omit_status(self) -> Self {
            self.body_map(|b| b.omit_status())
        }
        /**Free-text summary.

Sets `summary`.*/
        pub fn summary(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.body_map(|b| b.summary(value))
        }
        ///Sends `summary` as `null`: clears it.
        pub fn clear_summary(self) -> Self {
            self.body_map(|b| b.clear_summary())
        }
        ///Leaves `summary` out of the request (the default; unchanged on an update).
        pub fn omit_summary(self) -> Self {
            self.body_map(|b| b.omit_summary())
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
