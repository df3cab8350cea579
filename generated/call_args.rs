///Arguments of `listApiKeys` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ListApiKeysArgs {}
///Arguments of `createApiKey` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateApiKeyArgs {
    ///The request body.
    #[serde(rename = "body")]
    pub body: types::CreateApiKeyRequest,
}
///Arguments of `getApiKeyUsage` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GetApiKeyUsageArgs {
    ///The API key ID.
    #[serde(rename = "id")]
    pub id: ::std::string::String,
    ///ISO 8601 cursor — return rows older than this timestamp. Pass the previous page's `pagination.nextBefore`.
    #[serde(rename = "before", default, skip_serializing_if = "Option::is_none")]
    pub before: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    ///Rows per page. Default `100`, range 1–500.
    #[serde(rename = "limit", default, skip_serializing_if = "Option::is_none")]
    pub limit: ::std::option::Option<::std::num::NonZeroU64>,
}
///Arguments of `revokeApiKey` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RevokeApiKeyArgs {
    ///The API key ID to revoke.
    #[serde(rename = "id")]
    pub id: ::std::string::String,
}
///Arguments of `getCareerPortal` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GetCareerPortalArgs {
    ///The organization's portal slug (e.g. `acme`).
    #[serde(rename = "orgSlug")]
    pub org_slug: ::std::string::String,
}
///Arguments of `getPublicJob` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GetPublicJobArgs {
    ///The organization's portal slug.
    #[serde(rename = "orgSlug")]
    pub org_slug: ::std::string::String,
    ///The role ID.
    #[serde(rename = "roleId")]
    pub role_id: ::std::string::String,
}
///Arguments of `applyToPublicJob` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ApplyToPublicJobArgs {
    ///The organization's portal slug.
    #[serde(rename = "orgSlug")]
    pub org_slug: ::std::string::String,
    ///The request body.
    #[serde(rename = "body")]
    pub body: types::ApplyToPublicJobRequest,
}
///Arguments of `getMe` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GetMeArgs {}
///Arguments of `listCandidates` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ListCandidatesArgs {
    ///0-indexed page. Default `0`.
    #[serde(rename = "page", default, skip_serializing_if = "Option::is_none")]
    pub page: ::std::option::Option<u64>,
    ///Rows per page (max 100). Default `20`.
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    pub page_size: ::std::option::Option<::std::num::NonZeroU64>,
    ///Filter to candidates actively assigned to this role.
    #[serde(rename = "roleId", default, skip_serializing_if = "Option::is_none")]
    pub role_id: ::std::option::Option<::std::string::String>,
}
///Arguments of `getCandidate` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GetCandidateArgs {
    ///The candidate id.
    #[serde(rename = "id")]
    pub id: ::std::string::String,
}
///Arguments of `updateCandidate` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateCandidateArgs {
    ///The candidate id.
    #[serde(rename = "id")]
    pub id: ::std::string::String,
    ///The request body.
    #[serde(rename = "body")]
    pub body: types::CandidateUpdate,
}
///Arguments of `getCandidateSteps` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GetCandidateStepsArgs {
    ///The candidate id.
    #[serde(rename = "id")]
    pub id: ::std::string::String,
}
///Arguments of `listRoles` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ListRolesArgs {
    ///Filter to a single organization.
    #[serde(rename = "organizationId", default, skip_serializing_if = "Option::is_none")]
    pub organization_id: ::std::option::Option<::std::string::String>,
    ///0-indexed page. Default `0`.
    #[serde(rename = "page", default, skip_serializing_if = "Option::is_none")]
    pub page: ::std::option::Option<u64>,
    ///Rows per page (max 100). Default `20`.
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    pub page_size: ::std::option::Option<::std::num::NonZeroU64>,
    ///Filter by role status.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}
///Arguments of `getRole` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GetRoleArgs {
    ///The role id.
    #[serde(rename = "id")]
    pub id: ::std::string::String,
}
///Arguments of `updateRole` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateRoleArgs {
    ///The role id.
    #[serde(rename = "id")]
    pub id: ::std::string::String,
    ///The request body.
    #[serde(rename = "body")]
    pub body: types::RoleUpdate,
}
///Arguments of `getRoleSteps` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GetRoleStepsArgs {
    ///The role id.
    #[serde(rename = "id")]
    pub id: ::std::string::String,
}
///Arguments of `listTests` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ListTestsArgs {
    ///Filter by analysis category.
    #[serde(
        rename = "analysisCategory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub analysis_category: ::std::option::Option<::std::string::String>,
    ///Filter by language (ISO 639-1).
    #[serde(rename = "language", default, skip_serializing_if = "Option::is_none")]
    pub language: ::std::option::Option<::std::string::String>,
    ///0-indexed page. Default `0`.
    #[serde(rename = "page", default, skip_serializing_if = "Option::is_none")]
    pub page: ::std::option::Option<u64>,
    ///Rows per page (max 100). Default `20`.
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    pub page_size: ::std::option::Option<::std::num::NonZeroU64>,
    ///Filter by test type.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
///Arguments of `getTest` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GetTestArgs {
    ///The test id.
    #[serde(rename = "id")]
    pub id: ::std::string::String,
}
///Arguments of `updateTest` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateTestArgs {
    ///The test id.
    #[serde(rename = "id")]
    pub id: ::std::string::String,
    ///The request body.
    #[serde(rename = "body")]
    pub body: types::TestUpdate,
}
///Arguments of `listPotentialCandidates` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ListPotentialCandidatesArgs {
    ///0-indexed page. Default `0`.
    #[serde(rename = "page", default, skip_serializing_if = "Option::is_none")]
    pub page: ::std::option::Option<u64>,
    ///Rows per page (max 100). Default `20`.
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    pub page_size: ::std::option::Option<::std::num::NonZeroU64>,
    ///Filter to leads linked to this role.
    #[serde(rename = "roleId", default, skip_serializing_if = "Option::is_none")]
    pub role_id: ::std::option::Option<::std::string::String>,
    ///Filter by lead status.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}
///Arguments of `createPotentialCandidate` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CreatePotentialCandidateArgs {
    ///The request body.
    #[serde(rename = "body")]
    pub body: types::PotentialCandidateCreate,
}
///Arguments of `getPotentialCandidate` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GetPotentialCandidateArgs {
    ///The potential-candidate id.
    #[serde(rename = "id")]
    pub id: ::std::string::String,
}
///Arguments of `deletePotentialCandidate` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeletePotentialCandidateArgs {
    ///The potential-candidate id.
    #[serde(rename = "id")]
    pub id: ::std::string::String,
}
///Arguments of `updatePotentialCandidate` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdatePotentialCandidateArgs {
    ///The potential-candidate id.
    #[serde(rename = "id")]
    pub id: ::std::string::String,
    ///The request body.
    #[serde(rename = "body")]
    pub body: types::PotentialCandidateUpdate,
}
///Arguments of `getCvScreeningBatch` for [`Client::call`](crate::Client::call): its parameters under their spec names and its body under `body`.
#[derive(::serde::Deserialize, ::serde::Serialize, Debug)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GetCvScreeningBatchArgs {
    ///The CV-screening batch id.
    #[serde(rename = "batchId")]
    pub batch_id: ::std::string::String,
    ///0-indexed page of members. Default `0`.
    #[serde(rename = "page", default, skip_serializing_if = "Option::is_none")]
    pub page: ::std::option::Option<u64>,
    ///Members per page (max 100). Default `20`.
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    pub page_size: ::std::option::Option<::std::num::NonZeroU64>,
}
/// Decodes `args` into the operation's arguments struct and sends it through its builder.
#[allow(unused_mut, unused_variables)]
pub(crate) async fn dispatch(
    client: &crate::Client,
    operation_id: &str,
    args: ::serde_json::Value,
) -> crate::Result<(u16, ::serde_json::Value)> {
    match operation_id {
        "listApiKeys" => {
            let args: ListApiKeysArgs = decode_args("listApiKeys", args)?;
            let mut request = client.list_api_keys();
            finish(request.send().await)
        }
        "createApiKey" => {
            let args: CreateApiKeyArgs = decode_args("createApiKey", args)?;
            let mut request = client.create_api_key();
            request = request.body(args.body);
            finish(request.send().await)
        }
        "getApiKeyUsage" => {
            let args: GetApiKeyUsageArgs = decode_args("getApiKeyUsage", args)?;
            let mut request = client.get_api_key_usage();
            request = request.id(args.id);
            if let ::std::option::Option::Some(value) = args.before {
                request = request.before(value);
            }
            if let ::std::option::Option::Some(value) = args.limit {
                request = request.limit(value);
            }
            finish(request.send().await)
        }
        "revokeApiKey" => {
            let args: RevokeApiKeyArgs = decode_args("revokeApiKey", args)?;
            let mut request = client.revoke_api_key();
            request = request.id(args.id);
            finish(request.send().await)
        }
        "getCareerPortal" => {
            let args: GetCareerPortalArgs = decode_args("getCareerPortal", args)?;
            let mut request = client.get_career_portal();
            request = request.org_slug(args.org_slug);
            finish(request.send().await)
        }
        "getPublicJob" => {
            let args: GetPublicJobArgs = decode_args("getPublicJob", args)?;
            let mut request = client.get_public_job();
            request = request.org_slug(args.org_slug);
            request = request.role_id(args.role_id);
            finish(request.send().await)
        }
        "applyToPublicJob" => {
            let args: ApplyToPublicJobArgs = decode_args("applyToPublicJob", args)?;
            let mut request = client.apply_to_public_job();
            request = request.org_slug(args.org_slug);
            request = request.body(args.body);
            finish(request.send().await)
        }
        "getMe" => {
            let args: GetMeArgs = decode_args("getMe", args)?;
            let mut request = client.get_me();
            finish(request.send().await)
        }
        "listCandidates" => {
            let args: ListCandidatesArgs = decode_args("listCandidates", args)?;
            let mut request = client.list_candidates();
            if let ::std::option::Option::Some(value) = args.page {
                request = request.page(value);
            }
            if let ::std::option::Option::Some(value) = args.page_size {
                request = request.page_size(value);
            }
            if let ::std::option::Option::Some(value) = args.role_id {
                request = request.role_id(value);
            }
            finish(request.send().await)
        }
        "getCandidate" => {
            let args: GetCandidateArgs = decode_args("getCandidate", args)?;
            let mut request = client.get_candidate();
            request = request.id(args.id);
            finish(request.send().await)
        }
        "updateCandidate" => {
            let args: UpdateCandidateArgs = decode_args("updateCandidate", args)?;
            let mut request = client.update_candidate();
            request = request.id(args.id);
            request = request.body(args.body);
            finish(request.send().await)
        }
        "getCandidateSteps" => {
            let args: GetCandidateStepsArgs = decode_args("getCandidateSteps", args)?;
            let mut request = client.get_candidate_steps();
            request = request.id(args.id);
            finish(request.send().await)
        }
        "listRoles" => {
            let args: ListRolesArgs = decode_args("listRoles", args)?;
            let mut request = client.list_roles();
            if let ::std::option::Option::Some(value) = args.organization_id {
                request = request.organization_id(value);
            }
            if let ::std::option::Option::Some(value) = args.page {
                request = request.page(value);
            }
            if let ::std::option::Option::Some(value) = args.page_size {
                request = request.page_size(value);
            }
            if let ::std::option::Option::Some(value) = args.status {
                request = request.status(value);
            }
            finish(request.send().await)
        }
        "getRole" => {
            let args: GetRoleArgs = decode_args("getRole", args)?;
            let mut request = client.get_role();
            request = request.id(args.id);
            finish(request.send().await)
        }
        "updateRole" => {
            let args: UpdateRoleArgs = decode_args("updateRole", args)?;
            let mut request = client.update_role();
            request = request.id(args.id);
            request = request.body(args.body);
            finish(request.send().await)
        }
        "getRoleSteps" => {
            let args: GetRoleStepsArgs = decode_args("getRoleSteps", args)?;
            let mut request = client.get_role_steps();
            request = request.id(args.id);
            finish(request.send().await)
        }
        "listTests" => {
            let args: ListTestsArgs = decode_args("listTests", args)?;
            let mut request = client.list_tests();
            if let ::std::option::Option::Some(value) = args.analysis_category {
                request = request.analysis_category(value);
            }
            if let ::std::option::Option::Some(value) = args.language {
                request = request.language(value);
            }
            if let ::std::option::Option::Some(value) = args.page {
                request = request.page(value);
            }
            if let ::std::option::Option::Some(value) = args.page_size {
                request = request.page_size(value);
            }
            if let ::std::option::Option::Some(value) = args.type_ {
                request = request.type_(value);
            }
            finish(request.send().await)
        }
        "getTest" => {
            let args: GetTestArgs = decode_args("getTest", args)?;
            let mut request = client.get_test();
            request = request.id(args.id);
            finish(request.send().await)
        }
        "updateTest" => {
            let args: UpdateTestArgs = decode_args("updateTest", args)?;
            let mut request = client.update_test();
            request = request.id(args.id);
            request = request.body(args.body);
            finish(request.send().await)
        }
        "listPotentialCandidates" => {
            let args: ListPotentialCandidatesArgs = decode_args(
                "listPotentialCandidates",
                args,
            )?;
            let mut request = client.list_potential_candidates();
            if let ::std::option::Option::Some(value) = args.page {
                request = request.page(value);
            }
            if let ::std::option::Option::Some(value) = args.page_size {
                request = request.page_size(value);
            }
            if let ::std::option::Option::Some(value) = args.role_id {
                request = request.role_id(value);
            }
            if let ::std::option::Option::Some(value) = args.status {
                request = request.status(value);
            }
            finish(request.send().await)
        }
        "createPotentialCandidate" => {
            let args: CreatePotentialCandidateArgs = decode_args(
                "createPotentialCandidate",
                args,
            )?;
            let mut request = client.create_potential_candidate();
            request = request.body(args.body);
            finish(request.send().await)
        }
        "getPotentialCandidate" => {
            let args: GetPotentialCandidateArgs = decode_args(
                "getPotentialCandidate",
                args,
            )?;
            let mut request = client.get_potential_candidate();
            request = request.id(args.id);
            finish(request.send().await)
        }
        "deletePotentialCandidate" => {
            let args: DeletePotentialCandidateArgs = decode_args(
                "deletePotentialCandidate",
                args,
            )?;
            let mut request = client.delete_potential_candidate();
            request = request.id(args.id);
            finish(request.send().await)
        }
        "updatePotentialCandidate" => {
            let args: UpdatePotentialCandidateArgs = decode_args(
                "updatePotentialCandidate",
                args,
            )?;
            let mut request = client.update_potential_candidate();
            request = request.id(args.id);
            request = request.body(args.body);
            finish(request.send().await)
        }
        "getCvScreeningBatch" => {
            let args: GetCvScreeningBatchArgs = decode_args(
                "getCvScreeningBatch",
                args,
            )?;
            let mut request = client.get_cv_screening_batch();
            request = request.batch_id(args.batch_id);
            if let ::std::option::Option::Some(value) = args.page {
                request = request.page(value);
            }
            if let ::std::option::Option::Some(value) = args.page_size {
                request = request.page_size(value);
            }
            finish(request.send().await)
        }
        _ => ::std::result::Result::Err(unknown_operation(operation_id)),
    }
}
/// The JSON Schema of an operation's arguments object, from its arguments struct.
#[cfg(feature = "schemars")]
pub fn input_schema(operation_id: &str) -> ::std::option::Option<::schemars::Schema> {
    match operation_id {
        "listApiKeys" => {
            ::std::option::Option::Some(::schemars::schema_for!(ListApiKeysArgs))
        }
        "createApiKey" => {
            ::std::option::Option::Some(::schemars::schema_for!(CreateApiKeyArgs))
        }
        "getApiKeyUsage" => {
            ::std::option::Option::Some(::schemars::schema_for!(GetApiKeyUsageArgs))
        }
        "revokeApiKey" => {
            ::std::option::Option::Some(::schemars::schema_for!(RevokeApiKeyArgs))
        }
        "getCareerPortal" => {
            ::std::option::Option::Some(::schemars::schema_for!(GetCareerPortalArgs))
        }
        "getPublicJob" => {
            ::std::option::Option::Some(::schemars::schema_for!(GetPublicJobArgs))
        }
        "applyToPublicJob" => {
            ::std::option::Option::Some(::schemars::schema_for!(ApplyToPublicJobArgs))
        }
        "getMe" => ::std::option::Option::Some(::schemars::schema_for!(GetMeArgs)),
        "listCandidates" => {
            ::std::option::Option::Some(::schemars::schema_for!(ListCandidatesArgs))
        }
        "getCandidate" => {
            ::std::option::Option::Some(::schemars::schema_for!(GetCandidateArgs))
        }
        "updateCandidate" => {
            ::std::option::Option::Some(::schemars::schema_for!(UpdateCandidateArgs))
        }
        "getCandidateSteps" => {
            ::std::option::Option::Some(::schemars::schema_for!(GetCandidateStepsArgs))
        }
        "listRoles" => {
            ::std::option::Option::Some(::schemars::schema_for!(ListRolesArgs))
        }
        "getRole" => ::std::option::Option::Some(::schemars::schema_for!(GetRoleArgs)),
        "updateRole" => {
            ::std::option::Option::Some(::schemars::schema_for!(UpdateRoleArgs))
        }
        "getRoleSteps" => {
            ::std::option::Option::Some(::schemars::schema_for!(GetRoleStepsArgs))
        }
        "listTests" => {
            ::std::option::Option::Some(::schemars::schema_for!(ListTestsArgs))
        }
        "getTest" => ::std::option::Option::Some(::schemars::schema_for!(GetTestArgs)),
        "updateTest" => {
            ::std::option::Option::Some(::schemars::schema_for!(UpdateTestArgs))
        }
        "listPotentialCandidates" => {
            ::std::option::Option::Some(
                ::schemars::schema_for!(ListPotentialCandidatesArgs),
            )
        }
        "createPotentialCandidate" => {
            ::std::option::Option::Some(
                ::schemars::schema_for!(CreatePotentialCandidateArgs),
            )
        }
        "getPotentialCandidate" => {
            ::std::option::Option::Some(
                ::schemars::schema_for!(GetPotentialCandidateArgs),
            )
        }
        "deletePotentialCandidate" => {
            ::std::option::Option::Some(
                ::schemars::schema_for!(DeletePotentialCandidateArgs),
            )
        }
        "updatePotentialCandidate" => {
            ::std::option::Option::Some(
                ::schemars::schema_for!(UpdatePotentialCandidateArgs),
            )
        }
        "getCvScreeningBatch" => {
            ::std::option::Option::Some(::schemars::schema_for!(GetCvScreeningBatchArgs))
        }
        _ => ::std::option::Option::None,
    }
}
/// The JSON Schema of an operation's success body, from its generated type; `None` when
/// the success has no body (or the spec has no such operation).
#[cfg(feature = "schemars")]
pub fn output_schema(operation_id: &str) -> ::std::option::Option<::schemars::Schema> {
    match operation_id {
        "listApiKeys" => {
            ::std::option::Option::Some(
                ::schemars::schema_for!(types::ApiKeyListResponse),
            )
        }
        "createApiKey" => {
            ::std::option::Option::Some(
                ::schemars::schema_for!(types::CreateApiKeyResponse),
            )
        }
        "getApiKeyUsage" => {
            ::std::option::Option::Some(
                ::schemars::schema_for!(types::ApiKeyUsageResponse),
            )
        }
        "revokeApiKey" => {
            ::std::option::Option::Some(
                ::schemars::schema_for!(types::RevokeApiKeyResponse),
            )
        }
        "getCareerPortal" => {
            ::std::option::Option::Some(::schemars::schema_for!(types::CareerPortal))
        }
        "getPublicJob" => {
            ::std::option::Option::Some(::schemars::schema_for!(types::PublicJob))
        }
        "applyToPublicJob" => {
            ::std::option::Option::Some(
                ::schemars::schema_for!(types::PublicApplication),
            )
        }
        "getMe" => ::std::option::Option::Some(::schemars::schema_for!(types::Me)),
        "listCandidates" => {
            ::std::option::Option::Some(::schemars::schema_for!(types::CandidateList))
        }
        "getCandidate" => {
            ::std::option::Option::Some(::schemars::schema_for!(types::Candidate))
        }
        "updateCandidate" => {
            ::std::option::Option::Some(::schemars::schema_for!(types::Candidate))
        }
        "getCandidateSteps" => {
            ::std::option::Option::Some(
                ::schemars::schema_for!(types::CandidateStepList),
            )
        }
        "listRoles" => {
            ::std::option::Option::Some(::schemars::schema_for!(types::RoleList))
        }
        "getRole" => ::std::option::Option::Some(::schemars::schema_for!(types::Role)),
        "updateRole" => ::std::option::Option::Some(::schemars::schema_for!(types::Role)),
        "getRoleSteps" => {
            ::std::option::Option::Some(::schemars::schema_for!(types::RoleStepList))
        }
        "listTests" => {
            ::std::option::Option::Some(::schemars::schema_for!(types::TestList))
        }
        "getTest" => ::std::option::Option::Some(::schemars::schema_for!(types::Test)),
        "updateTest" => ::std::option::Option::Some(::schemars::schema_for!(types::Test)),
        "listPotentialCandidates" => {
            ::std::option::Option::Some(
                ::schemars::schema_for!(types::PotentialCandidateList),
            )
        }
        "createPotentialCandidate" => {
            ::std::option::Option::Some(
                ::schemars::schema_for!(types::PotentialCandidate),
            )
        }
        "getPotentialCandidate" => {
            ::std::option::Option::Some(
                ::schemars::schema_for!(types::PotentialCandidate),
            )
        }
        "updatePotentialCandidate" => {
            ::std::option::Option::Some(
                ::schemars::schema_for!(types::PotentialCandidate),
            )
        }
        "getCvScreeningBatch" => {
            ::std::option::Option::Some(::schemars::schema_for!(types::CvScreeningBatch))
        }
        _ => ::std::option::Option::None,
    }
}
