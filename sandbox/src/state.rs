//! The sandbox's in-memory data model: the bottom layer, which knows no rules and no HTTP.

use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

use crate::clock::Clock;
use crate::credentials::hash_key;
use crate::rng::Rng;

/// An organization with its public career portal settings.
#[derive(Clone, Debug)]
pub(crate) struct Org {
    pub id: String,
    pub name: String,
    pub slug: String,
    pub logo: Option<String>,
    pub domain: Option<String>,
    pub primary_color: Option<String>,
    pub show_salary: bool,
    pub portal_enabled: bool,
}

/// A user's role inside their organization.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OrgRole {
    /// Organization owner: employer-write authority.
    Owner,
    /// Employer member: employer-write authority.
    Employer,
    /// Hiring manager: read-only, sees assigned roles only.
    HiringManager,
}

impl OrgRole {
    pub fn as_str(self) -> &'static str {
        match self {
            OrgRole::Owner => "owner",
            OrgRole::Employer => "employer",
            OrgRole::HiringManager => "hiring_manager",
        }
    }
}

/// A platform user (the owner an API key acts as).
#[derive(Clone, Debug)]
pub(crate) struct User {
    pub id: String,
    pub email: String,
    pub name: String,
    /// `admin` or `user`.
    pub platform_role: String,
    pub org_role: Option<OrgRole>,
    pub organization_id: Option<String>,
}

impl User {
    pub fn is_admin(&self) -> bool {
        self.platform_role == "admin"
    }

    /// Whether the user has employer-write authority in `org_id` (admins bypass).
    pub fn can_write_org(&self, org_id: &str) -> bool {
        self.is_admin()
            || (matches!(self.org_role, Some(OrgRole::Owner | OrgRole::Employer))
                && self.organization_id.as_deref() == Some(org_id))
    }

    /// Whether the user is a member (any org role) of `org_id`.
    pub fn member_of(&self, org_id: &str) -> bool {
        self.organization_id.as_deref() == Some(org_id)
    }
}

/// A role (job).
#[derive(Clone, Debug)]
pub(crate) struct Role {
    pub id: String,
    pub org_id: String,
    pub name: String,
    pub status: String,
    pub priority: Option<String>,
    pub is_public: bool,
    pub department: Option<String>,
    pub location: Option<String>,
    pub work_type: Option<String>,
    pub collar_type: Option<String>,
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    pub salary_currency: Option<String>,
    pub salary_period: Option<String>,
    pub target_hire_count: Option<i64>,
    pub role_level: Option<String>,
    pub description: Value,
    pub confidential: bool,
    pub hr_rep_id: Option<String>,
    pub hiring_manager_ids: Vec<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// One step of a role's pipeline template.
#[derive(Clone, Debug)]
pub(crate) struct RoleStep {
    pub id: String,
    pub role_id: String,
    pub name: String,
    pub description: Option<String>,
    pub order: i64,
    pub step_type: &'static str,
    pub validation_type: &'static str,
    pub passing_score: Option<i64>,
    pub is_required: bool,
    pub allow_skip: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A candidate's assignment to a role.
#[derive(Clone, Debug)]
pub(crate) struct Assignment {
    pub role_id: String,
    pub status: String,
    pub overall_fit_score: i64,
    pub approved: bool,
    pub active: bool,
}

/// A candidate.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub id: String,
    pub full_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub status: String,
    pub summary: Option<String>,
    pub assignments: Vec<Assignment>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A candidate's progress in one step of one role.
#[derive(Clone, Debug)]
pub(crate) struct CandidateStep {
    pub id: String,
    pub candidate_id: String,
    pub role_id: String,
    pub role_step_id: String,
    pub status: &'static str,
    pub started_at: Option<DateTime<Utc>>,
    pub completed_at: Option<DateTime<Utc>>,
    pub validated_at: Option<DateTime<Utc>>,
    pub rejected_at: Option<DateTime<Utc>>,
    pub validation_score: Option<i64>,
    pub rejection_reason: Option<String>,
    pub offer_response: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An assessment test (metadata only).
#[derive(Clone, Debug)]
pub(crate) struct Test {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub description: String,
    pub duration: i64,
    pub target_persona: Option<String>,
    pub analysis_category: String,
    pub language: String,
    pub organization_ids: Vec<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A lead's link to a role.
#[derive(Clone, Debug)]
pub(crate) struct LeadRole {
    pub role_id: String,
    pub status: String,
    pub resume_fit_score: i64,
    pub overall_fit_score: i64,
}

impl LeadRole {
    /// Whether the link is active (sandbox choice: every status but `Rejected`/`Withdrawn`).
    pub fn is_active(&self) -> bool {
        !matches!(self.status.as_str(), "Rejected" | "Withdrawn")
    }
}

/// A potential candidate (sourced or CV-screened lead).
#[derive(Clone, Debug)]
pub(crate) struct Lead {
    pub id: String,
    pub full_name: String,
    pub email: Option<String>,
    pub contact_email: Option<String>,
    pub phone: Option<String>,
    pub status: String,
    pub skills: Vec<String>,
    pub summary: Option<String>,
    pub candidate_id: Option<String>,
    /// `(organizationId, status)` links.
    pub organizations: Vec<(String, String)>,
    pub roles: Vec<LeadRole>,
    pub batch_id: Option<String>,
    /// Still being processed by its CV-screening batch.
    pub processing: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A CV-screening batch (its members are the leads carrying its id).
#[derive(Clone, Debug)]
pub(crate) struct Batch {
    pub id: String,
}

/// A stored API key (only its hash is kept).
#[derive(Clone, Debug)]
pub(crate) struct ApiKeyRecord {
    pub id: String,
    pub name: Option<String>,
    pub hash: String,
    pub start: String,
    pub user_id: String,
    pub scopes: Vec<String>,
    pub enabled: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub expires_at: Option<DateTime<Utc>>,
    pub last_request: Option<DateTime<Utc>>,
    pub request_count: u64,
}

/// One row of a key's usage log.
#[derive(Clone, Debug)]
pub(crate) struct UsageRow {
    pub id: String,
    pub key_id: String,
    pub timestamp: DateTime<Utc>,
    pub method: String,
    pub path: String,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

/// A role-activity audit entry (recorded for each active role link of a lead before it is
/// deleted, as the docs of `DELETE /api/v1/sourcing/{id}` say).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct AuditEntry {
    /// What happened: `potential_candidate_deleted`.
    pub action: String,
    /// The role whose activity this is.
    pub role_id: String,
    /// The deleted lead.
    pub potential_candidate_id: String,
    /// The user the calling key acts as.
    pub actor_user_id: String,
    /// When (ISO 8601 UTC).
    pub at: String,
}

/// A signed-in (cookie) session of a user.
#[derive(Clone, Debug)]
pub(crate) struct Session {
    /// SHA-256 of the cookie value.
    pub hash: String,
    pub user_id: String,
}

/// Everything the sandbox stores.
pub(crate) struct Db {
    pub orgs: Vec<Org>,
    pub users: Vec<User>,
    pub roles: Vec<Role>,
    pub role_steps: Vec<RoleStep>,
    pub candidates: Vec<Candidate>,
    pub candidate_steps: Vec<CandidateStep>,
    pub tests: Vec<Test>,
    pub leads: Vec<Lead>,
    pub batches: Vec<Batch>,
    pub keys: Vec<ApiKeyRecord>,
    pub usage: Vec<UsageRow>,
    pub audit: Vec<AuditEntry>,
    pub sessions: Vec<Session>,
    /// Invitation token per public role (reused across applications).
    pub invites: Vec<(String, String)>,
    pub clock: Clock,
    /// Randomness for keys and invitation tokens minted at run time.
    pub rng: Rng,
    pub next_lead: u64,
    pub next_key: u64,
    pub next_usage: u64,
}

impl Db {
    pub fn org(&self, id: &str) -> Option<&Org> {
        self.orgs.iter().find(|o| o.id == id)
    }

    pub fn org_by_slug(&self, slug: &str) -> Option<&Org> {
        self.orgs.iter().find(|o| o.slug == slug)
    }

    pub fn user(&self, id: &str) -> Option<&User> {
        self.users.iter().find(|u| u.id == id)
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    pub fn key_by_hash(&self, hash: &str) -> Option<&ApiKeyRecord> {
        self.keys.iter().find(|k| k.hash == hash)
    }

    /// Mint a key for `user_id`; returns `(key id, plaintext key)`.
    pub fn mint_key(
        &mut self,
        user_id: &str,
        name: Option<String>,
        scopes: Vec<String>,
        expires_in: Option<Duration>,
    ) -> (String, String) {
        self.next_key += 1;
        let id = format!("apikey_{}", self.next_key);
        let plaintext = self.rng.api_key();
        let now = self.clock.tick();
        self.keys.push(ApiKeyRecord {
            id: id.clone(),
            name,
            hash: hash_key(&plaintext),
            start: plaintext[..7].to_string(),
            user_id: user_id.to_string(),
            scopes,
            enabled: true,
            created_at: now,
            updated_at: now,
            expires_at: expires_in.map(|d| now + d),
            last_request: None,
            request_count: 0,
        });
        (id, plaintext)
    }
}
