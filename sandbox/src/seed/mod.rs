//! Deterministic seed data, built from declarative tables that state their own counts:
//! `catalog` (organizations, users, roles, tests), `plan` (how many candidates and leads go
//! where, and who sees them), then one builder per table. The fixtures are read off the plan.

mod candidates;
mod catalog;
mod keys;
mod leads;
mod plan;
mod seeded_ids;
mod tables;

use chrono::{DateTime, Duration, TimeZone, Utc};

use crate::clock::{Clock, UtcSource};
use crate::rng::Rng;
use crate::state::Db;
use catalog::{ADMIN, EMPLOYER, HIRING_MANAGER, MEMBER};
use plan::{
    BATCHES, CANDIDATE_BLOCK, CONFIDENTIAL_ONLY, EMPLOYER_SEES_ROLES, EMPLOYER_SEES_TESTS,
    GLOBEX_LEADS, LEAD_BLOCKS, LEAD_GROUPS, MANAGERS, OTHER_ORG_ONLY, PLACEMENTS,
    VISIBLE_NOT_TO_MANAGER, block_order, group_sizes, placements,
};

/// Ready-made API keys (plaintext), deterministic per seed.
#[derive(Clone, Debug)]
pub struct Keys {
    /// Owned by the platform admin; every scope (of the spec's taxonomy, as every key below
    /// that holds "every scope").
    pub admin: String,
    /// Owned by the owner of the employer organization (`Fixtures::employer_org_id`); every scope.
    pub employer: String,
    /// Owned by a hiring manager of the employer organization; every scope (read-only owner).
    pub hiring_manager: String,
    /// Owned by the employer-org owner; no scopes.
    pub no_scopes: String,
    /// Owned by the employer-org owner; `candidates:read` and `roles:read` only.
    pub partial: String,
    /// Owned by the owner of another organization (`Fixtures::other_org_id`); every scope.
    pub other_employer: String,
    /// Owned by a user with no organization; every scope (sees only public tests).
    pub member: String,
}

/// Ids and counts of seeded records that tests can rely on.
#[derive(Clone, Debug)]
pub struct Fixtures {
    /// Portal slug of the employer's organization (portal enabled, `showSalary: true`).
    pub org_slug: String,
    /// The employer's organization.
    pub employer_org_id: String,
    /// An open, public role of the employer's organization (listed on its portal).
    pub public_role_id: String,
    /// A public role of the employer's organization that is not open (absent from the portal).
    pub closed_role_id: String,
    /// An open role of the employer's organization that is not public.
    pub private_role_id: String,
    /// A confidential role of the employer's organization the employer cannot see (404).
    pub confidential_role_id: String,
    /// A candidate visible to the employer key (and not to the hiring-manager key).
    pub candidate_id: String,
    /// A candidate only in `confidential_role_id`: the employer sees it (members see every
    /// candidate of their organization), though not that role.
    pub confidential_candidate_id: String,
    /// A candidate in another organization only (404 to the employer key).
    pub hidden_candidate_id: String,
    /// A candidate in one of the hiring manager's roles.
    pub hiring_manager_candidate_id: String,
    /// A role visible to the employer key, not assigned to the hiring manager.
    pub role_id: String,
    /// A role assigned to the hiring manager.
    pub hiring_manager_role_id: String,
    /// A role of another organization (404 to the employer key).
    pub hidden_role_id: String,
    /// A test linked to the employer's organization.
    pub test_id: String,
    /// A platform-global test (no organization, `isPublic: true`; admin-only writes).
    pub public_test_id: String,
    /// A test of another organization only (404 to the employer key).
    pub hidden_test_id: String,
    /// A lead linked to the employer's organization.
    pub lead_id: String,
    /// A lead of another organization only (404 to the employer key).
    pub hidden_lead_id: String,
    /// A completed CV-screening batch with members in the employer's and another organization.
    pub batch_id: String,
    /// A CV-screening batch still processing (employer-org members).
    pub processing_batch_id: String,
    /// A batch whose members are all in another organization (404 to the employer key).
    pub hidden_batch_id: String,
    /// Another organization (portal enabled, `showSalary: false`).
    pub other_org_id: String,
    /// Portal slug of `other_org_id`.
    pub other_org_slug: String,
    /// Slug of an organization whose portal is disabled (404).
    pub disabled_portal_slug: String,
    /// The platform admin.
    pub admin_user_id: String,
    /// Owner of the employer organization.
    pub employer_user_id: String,
    /// The hiring manager.
    pub hiring_manager_user_id: String,
    /// A user with no organization.
    pub member_user_id: String,
    /// Key id of `Keys::admin`.
    pub admin_key_id: String,
    /// Key id of `Keys::employer`.
    pub employer_key_id: String,
    /// Key id of `Keys::hiring_manager`.
    pub hiring_manager_key_id: String,
    /// Key id of `Keys::no_scopes`.
    pub no_scopes_key_id: String,
    /// Key id of `Keys::partial`.
    pub partial_key_id: String,
    /// Key id of `Keys::other_employer`.
    pub other_employer_key_id: String,
    /// Key id of `Keys::member`.
    pub member_key_id: String,
    /// Candidates the employer key can see (more than 100 by default). Like every count here,
    /// a sum over the seed's plan, not computed by the sandbox's visibility rules.
    pub employer_candidate_count: usize,
    /// Candidates the hiring-manager key can see.
    pub hiring_manager_candidate_count: usize,
    /// All seeded candidates.
    pub total_candidates: usize,
    /// Roles the employer key can see.
    pub employer_role_count: usize,
    /// Leads the employer key can see.
    pub employer_lead_count: usize,
    /// Tests the employer key can see (its organization's plus public ones).
    pub employer_test_count: usize,
    /// Members of `batch_id` visible to the employer key.
    pub employer_batch_member_count: usize,
}

/// Sizing and seed of the generated data.
#[derive(Clone)]
pub(crate) struct SeedConfig {
    pub seed: u64,
    pub candidates: usize,
    /// The clock the database reads.
    pub clock: UtcSource,
    /// The spec's scope taxonomy: what the keys that hold "every scope" get.
    pub every_scope: Vec<String>,
}

fn at(base: DateTime<Utc>, minutes: i64) -> DateTime<Utc> {
    base + Duration::minutes(minutes)
}

/// Build the seeded database, its ready-made keys and the fixtures.
pub(crate) fn seed(config: SeedConfig) -> (Db, Keys, Fixtures) {
    let mut rng = Rng::new(config.seed);
    let mut key_rng = Rng::new(config.seed ^ 0x007A_1E47_5241_u64.rotate_left(17));
    let base = Utc
        .with_ymd_and_hms(2026, 1, 5, 9, 0, 0)
        .single()
        .expect("valid base date");
    let total = config.candidates.max(CANDIDATE_BLOCK);

    let (roles, role_steps) = tables::roles(base);
    let (candidates, candidate_steps) =
        candidates::candidates(&mut rng, base, total, &roles, &role_steps);
    let (mut leads, lead_groups) = leads::leads(&mut rng, base, &roles, &candidates);
    let batches = leads::batches(&mut leads, &lead_groups);
    let (keys, ready) = keys::ready_made(&mut key_rng, base, &config.every_scope);
    let next_lead = leads.len() as u64;
    let fixtures = fixtures(total, &lead_groups);
    let db = Db {
        orgs: tables::orgs(),
        users: tables::users(),
        roles,
        role_steps,
        candidates,
        candidate_steps,
        tests: tables::tests(base),
        leads,
        batches,
        keys,
        usage: Vec::new(),
        audit: Vec::new(),
        sessions: Vec::new(),
        invites: Vec::new(),
        clock: Clock::new(config.clock),
        rng: Rng::new(
            config
                .seed
                .wrapping_mul(0x2545_F491_4F6C_DD1D)
                .wrapping_add(1),
        ),
        next_lead,
        next_key: 0,
        next_usage: 0,
    };
    (db, ready, fixtures)
}

/// Ids and counts read off the plan.
fn fixtures(total: usize, lead_groups: &[Vec<usize>]) -> Fixtures {
    let order = block_order(&PLACEMENTS.map(|p| p.per_block));
    let sizes = group_sizes(&order, PLACEMENTS.len(), total);
    let count = |sees: fn(&plan::Placement) -> bool| -> usize {
        PLACEMENTS
            .iter()
            .zip(&sizes)
            .filter(|(p, _)| sees(p))
            .map(|(_, n)| n)
            .sum()
    };
    let first_of = |placement: usize| -> String {
        let k = placements(total)
            .position(|p| p == placement)
            .expect("every placement is in the first block");
        format!("cand_{}", k + 1)
    };
    let lead_id = |index: usize| format!("pc_{}", index + 1);
    Fixtures {
        org_slug: "acme".into(),
        employer_org_id: "org_acme".into(),
        public_role_id: "role_1".into(),
        closed_role_id: "role_9".into(),
        private_role_id: "role_6".into(),
        confidential_role_id: "role_7".into(),
        candidate_id: first_of(VISIBLE_NOT_TO_MANAGER),
        confidential_candidate_id: first_of(CONFIDENTIAL_ONLY),
        hidden_candidate_id: first_of(OTHER_ORG_ONLY),
        hiring_manager_candidate_id: first_of(MANAGERS),
        role_id: "role_1".into(),
        hiring_manager_role_id: "role_2".into(),
        hidden_role_id: "role_10".into(),
        test_id: "test_1".into(),
        public_test_id: "test_9".into(),
        hidden_test_id: "test_6".into(),
        lead_id: lead_id(lead_groups[plan::ACME_LEADS][0]),
        hidden_lead_id: lead_id(lead_groups[GLOBEX_LEADS][0]),
        batch_id: BATCHES[0].id.into(),
        processing_batch_id: BATCHES[1].id.into(),
        hidden_batch_id: BATCHES[2].id.into(),
        other_org_id: "org_globex".into(),
        other_org_slug: "globex".into(),
        disabled_portal_slug: "initech".into(),
        admin_user_id: ADMIN.into(),
        employer_user_id: EMPLOYER.into(),
        hiring_manager_user_id: HIRING_MANAGER.into(),
        member_user_id: MEMBER.into(),
        admin_key_id: "apikey_admin".into(),
        employer_key_id: "apikey_employer".into(),
        hiring_manager_key_id: "apikey_hiring_manager".into(),
        no_scopes_key_id: "apikey_no_scopes".into(),
        partial_key_id: "apikey_partial".into(),
        other_employer_key_id: "apikey_other_employer".into(),
        member_key_id: "apikey_member".into(),
        employer_candidate_count: count(|p| p.employer_sees),
        hiring_manager_candidate_count: count(|p| p.hiring_manager_sees),
        total_candidates: total,
        employer_role_count: EMPLOYER_SEES_ROLES,
        employer_lead_count: LEAD_GROUPS
            .iter()
            .filter(|g| g.employer_sees)
            .map(|g| g.per_block * LEAD_BLOCKS)
            .sum(),
        employer_test_count: EMPLOYER_SEES_TESTS,
        employer_batch_member_count: BATCHES[0].acme_only,
    }
}

/// Lower-case ASCII form of a name for e-mail addresses.
fn ascii(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'ş' | 'Ş' => 's',
            'ç' | 'Ç' => 'c',
            'ğ' => 'g',
            'ı' | 'İ' => 'i',
            'ö' | 'Ö' => 'o',
            'ü' | 'Ü' => 'u',
            c => c.to_ascii_lowercase(),
        })
        .filter(|c| c.is_ascii_alphanumeric())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_per_seed() {
        let (a, ka, fa) = seed(SeedConfig {
            seed: 7,
            candidates: 250,
            clock: crate::clock::system_utc(),
            every_scope: Vec::new(),
        });
        let (b, kb, _) = seed(SeedConfig {
            seed: 7,
            candidates: 250,
            clock: crate::clock::system_utc(),
            every_scope: Vec::new(),
        });
        assert_eq!(ka.employer, kb.employer);
        assert_eq!(a.candidates.len(), 250);
        assert_eq!(
            a.candidates
                .iter()
                .map(|c| &c.full_name)
                .collect::<Vec<_>>(),
            b.candidates
                .iter()
                .map(|c| &c.full_name)
                .collect::<Vec<_>>()
        );
        assert!(
            fa.employer_candidate_count > 100,
            "{}",
            fa.employer_candidate_count
        );
        let (_, kc, _) = seed(SeedConfig {
            seed: 8,
            candidates: 250,
            clock: crate::clock::system_utc(),
            every_scope: Vec::new(),
        });
        assert_ne!(ka.employer, kc.employer);
    }

    #[test]
    fn keys_have_the_documented_format() {
        let (_, keys, _) = seed(SeedConfig {
            seed: 1,
            candidates: 10,
            clock: crate::clock::system_utc(),
            every_scope: Vec::new(),
        });
        for key in [
            &keys.admin,
            &keys.employer,
            &keys.hiring_manager,
            &keys.no_scopes,
            &keys.partial,
        ] {
            assert_eq!(key.len(), 67);
            assert!(key.starts_with("tr_"));
            assert!(key[3..].chars().all(|c| c.is_ascii_alphanumeric()));
        }
    }

    #[test]
    fn every_step_type_and_status_is_used() {
        let (db, _, _) = seed(SeedConfig {
            seed: 42,
            candidates: 250,
            clock: crate::clock::system_utc(),
            every_scope: Vec::new(),
        });
        for t in [
            "cv_screening",
            "ai_assessment",
            "interview",
            "application_form",
            "document_upload",
            "offer",
            "reference_check",
            "contract",
            "custom",
        ] {
            assert!(db.role_steps.iter().any(|s| s.step_type == t), "{t}");
        }
        for s in [
            "locked",
            "active",
            "completed",
            "validated",
            "rejected",
            "skipped",
        ] {
            assert!(db.candidate_steps.iter().any(|c| c.status == s), "{s}");
        }
        for v in ["auto", "manual", "score_threshold"] {
            assert!(db.role_steps.iter().any(|s| s.validation_type == v), "{v}");
        }
    }
}
