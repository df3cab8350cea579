//! Deterministic seed data: organizations, users, keys, roles, candidates, tests, leads, batches.

use chrono::{DateTime, Duration, TimeZone, Utc};
use serde_json::json;

use crate::auth::{ALL_SCOPES, hash_key};
use crate::clock::Clock;
use crate::state::{
    ApiKeyRecord, Assignment, Batch, Candidate, CandidateStep, Db, Lead, LeadRole, Org, OrgRole,
    Role, RoleStep, Test, User,
};
use crate::visibility;

/// A small deterministic PRNG (SplitMix64).
#[derive(Clone, Debug)]
pub(crate) struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// `tr_` followed by 64 alphanumeric characters.
    pub fn api_key(&mut self) -> String {
        format!("tr_{}", self.alphanumeric(64))
    }

    pub fn alphanumeric(&mut self, len: usize) -> String {
        const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        (0..len)
            .map(|_| CHARS[self.below(CHARS.len() as u64) as usize] as char)
            .collect()
    }
}

/// Ready-made API keys (plaintext), deterministic per seed.
#[derive(Clone, Debug)]
pub struct Keys {
    /// Owned by the platform admin; every scope.
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
    /// Candidates the employer key can see (more than 100 by default).
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

const FIRST: [&str; 32] = [
    "Jane", "Ali", "Ayşe", "Mehmet", "Elif", "Can", "Zeynep", "Emre", "Selin", "Burak", "Deniz",
    "Ece", "Kerem", "Lena", "Jonas", "Mia", "Noah", "Sofia", "Lucas", "Emma", "Omar", "Nina",
    "Yusuf", "Hana", "Arda", "Irem", "Tom", "Sara", "Leo", "Maya", "Sam", "Derya",
];
const LAST: [&str; 30] = [
    "Doe", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan",
    "Müller", "Schmidt", "Weber", "Fischer", "Lee", "Kim", "Garcia", "Rossi", "Novak", "Silva",
    "Smith", "Brown", "Khan", "Haddad", "Ivanova", "Jansen", "Costa", "Berg", "Lund", "Park",
];
const SKILLS: [&str; 16] = [
    "python",
    "sql",
    "rust",
    "typescript",
    "react",
    "kubernetes",
    "excel",
    "sap",
    "forklift",
    "customer service",
    "figma",
    "go",
    "airflow",
    "accounting",
    "sales",
    "german",
];

/// A pipeline step template: name, stepType, validationType, passingScore, required, allowSkip.
type StepTemplate = (
    &'static str,
    &'static str,
    &'static str,
    Option<i64>,
    bool,
    bool,
);

const PIPELINES: [&[StepTemplate]; 3] = [
    &[
        (
            "CV Screening",
            "cv_screening",
            "auto",
            Some(70),
            true,
            false,
        ),
        (
            "AI Assessment",
            "ai_assessment",
            "score_threshold",
            Some(65),
            true,
            false,
        ),
        (
            "Technical Interview",
            "interview",
            "manual",
            None,
            true,
            false,
        ),
        (
            "Reference Check",
            "reference_check",
            "manual",
            None,
            false,
            true,
        ),
        ("Offer", "offer", "manual", None, true, false),
    ],
    &[
        (
            "Application Form",
            "application_form",
            "auto",
            None,
            true,
            false,
        ),
        (
            "Document Upload",
            "document_upload",
            "manual",
            None,
            true,
            true,
        ),
        (
            "On-site Interview",
            "interview",
            "manual",
            None,
            true,
            false,
        ),
        ("Contract", "contract", "manual", None, true, false),
    ],
    &[
        (
            "CV Screening",
            "cv_screening",
            "auto",
            Some(60),
            true,
            false,
        ),
        ("Culture Chat", "custom", "manual", None, false, true),
        (
            "Panel Interview",
            "interview",
            "score_threshold",
            Some(70),
            true,
            false,
        ),
        ("Offer", "offer", "manual", None, true, false),
    ],
];

/// A role row: org index, name, department, location, workType, collarType, status, public,
/// salary (min, max, currency, period), priority, level, hires, confidential, hr rep,
/// hiring managers, pipeline index.
struct RoleSpec {
    org: usize,
    name: &'static str,
    department: &'static str,
    location: &'static str,
    work_type: Option<&'static str>,
    collar: Option<&'static str>,
    status: &'static str,
    public: bool,
    salary: Option<(i64, i64, &'static str, &'static str)>,
    priority: Option<&'static str>,
    level: Option<&'static str>,
    hires: Option<i64>,
    confidential: bool,
    hr_rep: Option<&'static str>,
    hiring_managers: &'static [&'static str],
    pipeline: usize,
}

const ACME: usize = 0;
const GLOBEX: usize = 1;
const INITECH: usize = 2;

const ADMIN: &str = "user_admin";
const EMPLOYER: &str = "user_employer";
const RECRUITER: &str = "user_recruiter";
const HIRING_MANAGER: &str = "user_hiring_manager";
const GLOBEX_OWNER: &str = "user_globex_owner";
const INITECH_OWNER: &str = "user_initech_owner";
const MEMBER: &str = "user_member";

#[rustfmt::skip]
const ROLES: [RoleSpec; 15] = [
    RoleSpec { org: ACME, name: "Senior Backend Engineer", department: "Engineering", location: "Remote", work_type: Some("remote"), collar: Some("white"), status: "open", public: true, salary: Some((90000, 120000, "EUR", "year")), priority: Some("high"), level: Some("senior"), hires: Some(2), confidential: false, hr_rep: Some(RECRUITER), hiring_managers: &[], pipeline: 0 },
    RoleSpec { org: ACME, name: "Frontend Engineer", department: "Engineering", location: "Istanbul", work_type: Some("hybrid"), collar: Some("white"), status: "open", public: true, salary: Some((60000, 85000, "EUR", "year")), priority: Some("medium"), level: Some("mid"), hires: Some(1), confidential: false, hr_rep: Some(RECRUITER), hiring_managers: &[HIRING_MANAGER], pipeline: 0 },
    RoleSpec { org: ACME, name: "Data Analyst", department: "Data", location: "Berlin", work_type: Some("onsite"), collar: Some("white"), status: "open", public: true, salary: Some((55000, 70000, "EUR", "year")), priority: None, level: Some("junior"), hires: Some(1), confidential: false, hr_rep: None, hiring_managers: &[HIRING_MANAGER], pipeline: 2 },
    RoleSpec { org: ACME, name: "Warehouse Associate", department: "Operations", location: "Izmir", work_type: Some("onsite"), collar: Some("blue"), status: "open", public: true, salary: Some((18, 24, "EUR", "hour")), priority: Some("high"), level: None, hires: Some(10), confidential: false, hr_rep: None, hiring_managers: &[], pipeline: 1 },
    RoleSpec { org: ACME, name: "Product Designer", department: "Design", location: "Remote", work_type: Some("remote"), collar: Some("white"), status: "paused", public: true, salary: None, priority: Some("low"), level: Some("senior"), hires: Some(1), confidential: false, hr_rep: None, hiring_managers: &[], pipeline: 2 },
    RoleSpec { org: ACME, name: "Field Technician", department: "Operations", location: "Ankara", work_type: None, collar: Some("gray"), status: "open", public: false, salary: Some((30000, 38000, "EUR", "year")), priority: None, level: None, hires: None, confidential: false, hr_rep: None, hiring_managers: &[], pipeline: 1 },
    RoleSpec { org: ACME, name: "VP of Engineering", department: "Engineering", location: "Remote", work_type: Some("remote"), collar: Some("white"), status: "open", public: false, salary: Some((180000, 220000, "EUR", "year")), priority: Some("high"), level: Some("executive"), hires: Some(1), confidential: true, hr_rep: Some(RECRUITER), hiring_managers: &[], pipeline: 2 },
    RoleSpec { org: ACME, name: "Head of People", department: "People", location: "Istanbul", work_type: Some("hybrid"), collar: Some("white"), status: "open", public: false, salary: None, priority: Some("medium"), level: Some("lead"), hires: Some(1), confidential: true, hr_rep: Some(EMPLOYER), hiring_managers: &[], pipeline: 2 },
    RoleSpec { org: ACME, name: "Customer Support Specialist", department: "Support", location: "Izmir", work_type: Some("hybrid"), collar: Some("gray"), status: "closed", public: true, salary: Some((28000, 34000, "EUR", "year")), priority: None, level: Some("junior"), hires: Some(3), confidential: false, hr_rep: None, hiring_managers: &[], pipeline: 1 },
    RoleSpec { org: GLOBEX, name: "Site Reliability Engineer", department: "Engineering", location: "Remote", work_type: Some("remote"), collar: Some("white"), status: "open", public: true, salary: Some((100000, 130000, "USD", "year")), priority: Some("high"), level: Some("senior"), hires: Some(1), confidential: false, hr_rep: None, hiring_managers: &[], pipeline: 0 },
    RoleSpec { org: GLOBEX, name: "Sales Executive", department: "Sales", location: "London", work_type: Some("hybrid"), collar: Some("white"), status: "open", public: true, salary: Some((50000, 65000, "GBP", "year")), priority: None, level: Some("mid"), hires: Some(2), confidential: false, hr_rep: None, hiring_managers: &[], pipeline: 2 },
    RoleSpec { org: GLOBEX, name: "Accountant", department: "Finance", location: "London", work_type: Some("onsite"), collar: Some("white"), status: "open", public: false, salary: None, priority: None, level: Some("mid"), hires: Some(1), confidential: false, hr_rep: None, hiring_managers: &[], pipeline: 2 },
    RoleSpec { org: GLOBEX, name: "Machine Operator", department: "Manufacturing", location: "Manchester", work_type: Some("onsite"), collar: Some("blue"), status: "open", public: true, salary: Some((24000, 29000, "GBP", "year")), priority: Some("medium"), level: None, hires: Some(4), confidential: false, hr_rep: None, hiring_managers: &[], pipeline: 1 },
    RoleSpec { org: INITECH, name: "QA Engineer", department: "Engineering", location: "Austin", work_type: Some("hybrid"), collar: Some("white"), status: "open", public: true, salary: None, priority: None, level: Some("mid"), hires: Some(1), confidential: false, hr_rep: None, hiring_managers: &[], pipeline: 0 },
    RoleSpec { org: INITECH, name: "Office Manager", department: "Administration", location: "Austin", work_type: Some("onsite"), collar: Some("white"), status: "open", public: true, salary: None, priority: None, level: None, hires: Some(1), confidential: false, hr_rep: None, hiring_managers: &[], pipeline: 1 },
];

/// A test row: name, type, description, duration, persona, category, language, org indices.
type TestRow = (
    &'static str,
    &'static str,
    &'static str,
    i64,
    Option<&'static str>,
    &'static str,
    &'static str,
    &'static [usize],
);

#[rustfmt::skip]
const TESTS: [TestRow; 11] = [
    ("JavaScript Fundamentals", "multiple_choice", "Core JS assessment.", 30, Some("Backend Engineer"), "hard_skill", "en", &[ACME]),
    ("SQL for Analysts", "multiple_choice", "Joins, window functions and aggregation.", 25, Some("Data Analyst"), "hard_skill", "en", &[ACME]),
    ("İletişim Tarzı", "personality", "Communication style questionnaire.", 15, None, "soft_skill", "tr", &[ACME]),
    ("System Design Case", "case_study", "Design a rate-limited public API.", 60, Some("Senior Engineer"), "hard_skill", "en", &[ACME, GLOBEX]),
    ("Depo Güvenliği", "multiple_choice", "Warehouse safety basics.", 20, Some("Warehouse Associate"), "compliance", "tr", &[ACME]),
    ("Sales Role-Play", "video", "Record a discovery call.", 20, Some("Sales Executive"), "soft_skill", "en", &[GLOBEX]),
    ("Excel Skills", "multiple_choice", "Formulas, pivots and lookups.", 30, None, "hard_skill", "en", &[GLOBEX]),
    ("Manual Testing Basics", "multiple_choice", "Test design and bug reports.", 30, Some("QA Engineer"), "hard_skill", "en", &[INITECH]),
    ("General Aptitude", "cognitive", "Numerical, verbal and abstract reasoning.", 40, None, "cognitive", "en", &[]),
    ("English Proficiency", "language", "Reading and listening comprehension.", 30, None, "language", "en", &[]),
    ("Big Five Personality", "personality", "Big Five personality inventory.", 25, None, "soft_skill", "en", &[]),
];

/// Sizing and seed of the generated data.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SeedConfig {
    pub seed: u64,
    pub candidates: usize,
}

fn at(base: DateTime<Utc>, minutes: i64) -> DateTime<Utc> {
    base + Duration::minutes(minutes)
}

fn user(
    id: &str,
    email: &str,
    name: &str,
    admin: bool,
    role: Option<OrgRole>,
    org: Option<&str>,
) -> User {
    User {
        id: id.into(),
        email: email.into(),
        name: name.into(),
        platform_role: if admin { "admin" } else { "user" }.into(),
        org_role: role,
        organization_id: org.map(str::to_string),
    }
}

/// Build the seeded database, its ready-made keys and the fixtures.
pub(crate) fn seed(config: SeedConfig) -> (Db, Keys, Fixtures) {
    let mut rng = Rng::new(config.seed);
    let mut key_rng = Rng::new(config.seed ^ 0x007A_1E47_5241_u64.rotate_left(17));
    let base = Utc
        .with_ymd_and_hms(2026, 1, 5, 9, 0, 0)
        .single()
        .expect("valid base date");

    let orgs = vec![
        Org {
            id: "org_acme".into(),
            name: "Acme Inc.".into(),
            slug: "acme".into(),
            logo: Some("https://acme.com/assets/logo.png".into()),
            domain: Some("acme.com".into()),
            primary_color: Some("#4F1AD6".into()),
            show_salary: true,
            portal_enabled: true,
        },
        Org {
            id: "org_globex".into(),
            name: "Globex Corporation".into(),
            slug: "globex".into(),
            logo: None,
            domain: Some("globex.example".into()),
            primary_color: Some("#0B7A75".into()),
            show_salary: false,
            portal_enabled: true,
        },
        Org {
            id: "org_initech".into(),
            name: "Initech".into(),
            slug: "initech".into(),
            logo: None,
            domain: None,
            primary_color: None,
            show_salary: false,
            portal_enabled: false,
        },
    ];

    let users = vec![
        user(
            ADMIN,
            "admin@talent-ray.test",
            "Platform Admin",
            true,
            None,
            None,
        ),
        user(
            EMPLOYER,
            "owner@acme.com",
            "Elif Kaya",
            false,
            Some(OrgRole::Owner),
            Some("org_acme"),
        ),
        user(
            RECRUITER,
            "recruiter@acme.com",
            "Deniz Arslan",
            false,
            Some(OrgRole::Employer),
            Some("org_acme"),
        ),
        user(
            HIRING_MANAGER,
            "manager@acme.com",
            "Jonas Weber",
            false,
            Some(OrgRole::HiringManager),
            Some("org_acme"),
        ),
        user(
            GLOBEX_OWNER,
            "owner@globex.example",
            "Hana Park",
            false,
            Some(OrgRole::Owner),
            Some("org_globex"),
        ),
        user(
            INITECH_OWNER,
            "owner@initech.example",
            "Tom Smith",
            false,
            Some(OrgRole::Owner),
            Some("org_initech"),
        ),
        user(
            MEMBER,
            "integrations@talent-ray.test",
            "Integration Bot",
            false,
            None,
            None,
        ),
    ];

    // Roles and their pipeline templates.
    let mut roles = Vec::new();
    let mut role_steps = Vec::new();
    for (i, spec) in ROLES.iter().enumerate() {
        let id = format!("role_{}", i + 1);
        let created = at(base, (i as i64) * 24 * 60);
        roles.push(Role {
            id: id.clone(),
            org_id: orgs[spec.org].id.clone(),
            name: spec.name.into(),
            status: spec.status.into(),
            priority: spec.priority.map(Into::into),
            is_public: spec.public,
            department: Some(spec.department.into()),
            location: Some(spec.location.into()),
            work_type: spec.work_type.map(Into::into),
            collar_type: spec.collar.map(Into::into),
            salary_min: spec.salary.map(|s| s.0),
            salary_max: spec.salary.map(|s| s.1),
            salary_currency: spec.salary.map(|s| s.2.into()),
            salary_period: spec.salary.map(|s| s.3.into()),
            target_hire_count: spec.hires,
            role_level: spec.level.map(Into::into),
            description: json!({
                "type": "doc",
                "content": [
                    {"type": "heading", "attrs": {"level": 2}, "content": [{"type": "text", "text": spec.name}]},
                    {"type": "paragraph", "content": [{"type": "text", "text": format!("Join {}'s {} team.", orgs[spec.org].name, spec.department)}]}
                ]
            }),
            confidential: spec.confidential,
            hr_rep_id: spec.hr_rep.map(Into::into),
            hiring_manager_ids: spec.hiring_managers.iter().map(|s| s.to_string()).collect(),
            created_at: created,
            updated_at: at(created, 90),
        });
        for (order, step) in PIPELINES[spec.pipeline].iter().enumerate() {
            role_steps.push(RoleStep {
                id: format!("step_{}", role_steps.len() + 1),
                role_id: id.clone(),
                name: step.0.into(),
                description: if step.1 == "custom" {
                    Some("A free-form conversation with the team.".into())
                } else {
                    None
                },
                order: order as i64 + 1,
                step_type: step.1,
                validation_type: step.2,
                passing_score: step.3,
                is_required: step.4,
                allow_skip: step.5,
                created_at: created,
                updated_at: created,
            });
        }
    }

    // Candidates, interleaved across organizations (56% / 28% / 16%).
    let n = config.candidates.max(10);
    let shares = [14usize, 7, 4];
    let mut assigned = [0usize; 3];
    let pools: Vec<Vec<usize>> = (0..3)
        .map(|org| {
            ROLES
                .iter()
                .enumerate()
                .filter(|(_, r)| r.org == org && !(r.confidential && r.hr_rep != Some(EMPLOYER)))
                .map(|(i, _)| i)
                .collect()
        })
        .collect();
    let mut candidates = Vec::new();
    let mut candidate_steps = Vec::new();
    for k in 0..n {
        // The organization furthest behind its share gets the next candidate.
        let org = (0..3)
            .max_by_key(|&o| {
                let target = (shares[o] * (k + 1)) as i64 * 1000 / 25;
                (target - assigned[o] as i64 * 1000, -(o as i64))
            })
            .unwrap_or(0);
        let index = assigned[org];
        assigned[org] += 1;
        let id = format!("cand_{}", k + 1);
        let first = *rng.pick(&FIRST);
        let last = *rng.pick(&LAST);
        let created = at(base, 30 * 24 * 60 + (k as i64) * 97);
        let mut role_indices = vec![pools[org][index % pools[org].len()]];
        if index % 5 == 3 {
            let extra = pools[org][(index + 3) % pools[org].len()];
            if !role_indices.contains(&extra) {
                role_indices.push(extra);
            }
        }
        if org == ACME && index % 20 == 7 {
            role_indices.push(pools[GLOBEX][0]);
        }
        let mut assignments = Vec::new();
        for &ri in &role_indices {
            let status = match rng.below(100) {
                0..=59 => "In Pipeline",
                60..=79 => "Rejected",
                80..=87 => "Hired",
                _ => "Withdrawn",
            };
            let score = if rng.chance(20) {
                -1
            } else {
                rng.range(35, 98)
            };
            let role = &roles[ri];
            assignments.push(Assignment {
                role_id: role.id.clone(),
                status: status.into(),
                overall_fit_score: score,
                approved: score >= 80 && rng.chance(60),
                active: matches!(status, "In Pipeline" | "Hired"),
            });
            let steps: Vec<&RoleStep> =
                role_steps.iter().filter(|s| s.role_id == role.id).collect();
            let current = rng.below(steps.len() as u64) as usize;
            for (si, step) in steps.iter().enumerate() {
                let t0 = at(created, 60 * (si as i64 + 1));
                let done = t0 + Duration::minutes(45);
                let (state, validated_ok) = match status {
                    "Hired" => ("validated", true),
                    _ if si < current => {
                        if step.allow_skip && rng.chance(40) {
                            ("skipped", false)
                        } else {
                            ("validated", true)
                        }
                    }
                    "In Pipeline" if si == current => {
                        if rng.chance(30) {
                            ("completed", false)
                        } else {
                            ("active", false)
                        }
                    }
                    "Rejected" if si == current => ("rejected", false),
                    _ => ("locked", false),
                };
                let started = state != "locked";
                let score = step
                    .passing_score
                    .filter(|_| validated_ok || state == "rejected")
                    .map(|p| {
                        if state == "rejected" {
                            rng.range(10, p - 1)
                        } else {
                            rng.range(p, 100)
                        }
                    });
                candidate_steps.push(CandidateStep {
                    id: format!("crs_{}", candidate_steps.len() + 1),
                    candidate_id: id.clone(),
                    role_id: role.id.clone(),
                    role_step_id: step.id.clone(),
                    status: state,
                    started_at: started.then_some(t0),
                    completed_at: matches!(state, "completed" | "validated").then_some(done),
                    validated_at: (state == "validated").then_some(done + Duration::minutes(5)),
                    rejected_at: (state == "rejected").then_some(done),
                    validation_score: score,
                    rejection_reason: (state == "rejected")
                        .then(|| "Did not meet the passing criteria.".to_string()),
                    offer_response: (step.step_type == "offer" && state == "validated")
                        .then(|| "accepted".to_string()),
                    created_at: t0,
                    updated_at: if started {
                        done + Duration::minutes(5)
                    } else {
                        t0
                    },
                });
            }
        }
        candidates.push(Candidate {
            id,
            full_name: format!("{first} {last}"),
            email: (k % 13 != 6)
                .then(|| format!("{}.{}{}@example.com", ascii(first), ascii(last), k + 1)),
            phone: (k % 17 != 4).then(|| format!("+90555{:07}", rng.below(10_000_000))),
            status: rng
                .pick(&["Active", "Active", "Active", "Inactive", "Hired"])
                .to_string(),
            summary: (k % 3 == 0).then(|| format!("{} years of experience.", rng.range(1, 15))),
            assignments,
            created_at: created,
            updated_at: at(created, 600),
        });
    }

    // Tests.
    let tests: Vec<Test> = TESTS
        .iter()
        .enumerate()
        .map(|(i, t)| Test {
            id: format!("test_{}", i + 1),
            name: t.0.into(),
            kind: t.1.into(),
            description: t.2.into(),
            duration: t.3,
            target_persona: t.4.map(Into::into),
            analysis_category: t.5.into(),
            language: t.6.into(),
            organization_ids: t.7.iter().map(|&o| orgs[o].id.clone()).collect(),
            created_at: at(base, -(60 * 24 * 30) + (i as i64) * 24 * 60),
            updated_at: at(base, -(60 * 24 * 20) + (i as i64) * 24 * 60),
        })
        .collect();

    // Leads: 35 employer-org only, 20 other-org only, 5 in both; batches take some of them.
    let mut leads = Vec::new();
    let mut acme_only = Vec::new();
    let mut globex_only = Vec::new();
    for i in 0..60usize {
        let orgs_of: Vec<usize> = match i % 12 {
            0..=6 => vec![ACME],
            7..=10 => vec![GLOBEX],
            _ => vec![ACME, GLOBEX],
        };
        if orgs_of == [ACME] {
            acme_only.push(i);
        } else if orgs_of == [GLOBEX] {
            globex_only.push(i);
        }
        let first = *rng.pick(&FIRST);
        let last = *rng.pick(&LAST);
        let created = at(base, 100 * 24 * 60 + (i as i64) * 53);
        let mut role_links = Vec::new();
        for _ in 0..rng.below(3) {
            let org = *rng.pick(&orgs_of);
            let pool = &pools[org];
            let ri = pool[rng.below(pool.len() as u64) as usize];
            let role_id = roles[ri].id.clone();
            if role_links.iter().any(|l: &LeadRole| l.role_id == role_id) {
                continue;
            }
            role_links.push(LeadRole {
                role_id,
                status: rng
                    .pick(&["Assigned", "Assigned", "Shortlisted"])
                    .to_string(),
                resume_fit_score: if rng.chance(30) {
                    -1
                } else {
                    rng.range(30, 99)
                },
                overall_fit_score: if rng.chance(70) {
                    -1
                } else {
                    rng.range(30, 99)
                },
            });
        }
        let skill_count = rng.range(1, 4) as usize;
        let mut skills: Vec<String> = Vec::new();
        for _ in 0..skill_count {
            let s = rng.pick(&SKILLS).to_string();
            if !skills.contains(&s) {
                skills.push(s);
            }
        }
        let candidate_id = (i % 10 == 9)
            .then(|| {
                candidates
                    .iter()
                    .find(|c| {
                        c.assignments.iter().any(|a| {
                            roles
                                .iter()
                                .any(|r| r.id == a.role_id && r.org_id == orgs[orgs_of[0]].id)
                        })
                    })
                    .map(|c| c.id.clone())
            })
            .flatten();
        leads.push(Lead {
            id: format!("pc_{}", i + 1),
            full_name: format!("{first} {last}"),
            email: (i % 4 != 1)
                .then(|| format!("{}.{}.cv{}@example.com", ascii(first), ascii(last), i + 1)),
            contact_email: (i % 3 == 0).then(|| format!("{}{}@example.com", ascii(first), i + 1)),
            phone: (i % 5 != 2).then(|| format!("+90555{:07}", rng.below(10_000_000))),
            status: rng
                .pick(&["uploaded", "parsed", "parsed", "screened", "contacted"])
                .to_string(),
            skills,
            summary: (i % 2 == 0)
                .then(|| format!("{}y experience in {}.", rng.range(1, 12), rng.pick(&SKILLS))),
            candidate_id,
            organizations: orgs_of
                .iter()
                .map(|&o| {
                    (
                        orgs[o].id.clone(),
                        rng.pick(&["Pool", "Pool", "Shortlisted"]).to_string(),
                    )
                })
                .collect(),
            roles: role_links,
            batch_id: None,
            processing: false,
            created_at: created,
            updated_at: at(created, 30),
        });
    }
    let batches = vec![
        Batch {
            id: "batch_2026_06_01".into(),
        },
        Batch {
            id: "batch_2026_06_02".into(),
        },
        Batch {
            id: "batch_2026_05_globex".into(),
        },
    ];
    let members: [(usize, Vec<usize>); 3] = [
        (
            0,
            acme_only[..18]
                .iter()
                .chain(&globex_only[..7])
                .copied()
                .collect(),
        ),
        (1, acme_only[18..24].to_vec()),
        (2, globex_only[7..12].to_vec()),
    ];
    for (b, idxs) in &members {
        for (j, &li) in idxs.iter().enumerate() {
            let lead = &mut leads[li];
            lead.batch_id = Some(batches[*b].id.clone());
            lead.processing = *b == 1 && j < 2;
            lead.status = if lead.processing {
                "processing"
            } else {
                "parsed"
            }
            .into();
            for link in &mut lead.roles {
                if lead.processing {
                    link.resume_fit_score = -1;
                } else if link.resume_fit_score < 0 {
                    link.resume_fit_score = 50 + (li as i64 % 40);
                }
            }
        }
    }

    // Ready-made keys.
    let mut keys = Vec::new();
    let mut mint = |id: &str, name: &str, user_id: &str, scopes: &[&str]| -> String {
        let plaintext = key_rng.api_key();
        keys.push(ApiKeyRecord {
            id: id.into(),
            name: Some(name.into()),
            hash: hash_key(&plaintext),
            start: plaintext[..7].to_string(),
            user_id: user_id.into(),
            scopes: scopes.iter().map(|s| s.to_string()).collect(),
            enabled: true,
            created_at: base,
            updated_at: base,
            expires_at: None,
            last_request: None,
            request_count: 0,
        });
        plaintext
    };
    let ready = Keys {
        admin: mint("apikey_admin", "Sandbox admin", ADMIN, &ALL_SCOPES),
        employer: mint(
            "apikey_employer",
            "Sandbox employer (all scopes)",
            EMPLOYER,
            &ALL_SCOPES,
        ),
        hiring_manager: mint(
            "apikey_hiring_manager",
            "Sandbox hiring manager",
            HIRING_MANAGER,
            &ALL_SCOPES,
        ),
        no_scopes: mint(
            "apikey_no_scopes",
            "Sandbox employer (no scopes)",
            EMPLOYER,
            &[],
        ),
        partial: mint(
            "apikey_partial",
            "Sandbox employer (candidates:read, roles:read)",
            EMPLOYER,
            &["candidates:read", "roles:read"],
        ),
        other_employer: mint(
            "apikey_other_employer",
            "Sandbox other employer",
            GLOBEX_OWNER,
            &ALL_SCOPES,
        ),
        member: mint(
            "apikey_member",
            "Sandbox member without organization",
            MEMBER,
            &ALL_SCOPES,
        ),
    };

    let db = Db {
        orgs,
        users,
        roles,
        role_steps,
        candidates,
        candidate_steps,
        tests,
        leads,
        batches,
        keys,
        usage: Vec::new(),
        invites: Vec::new(),
        clock: Clock::new(),
        rng: Rng::new(
            config
                .seed
                .wrapping_mul(0x2545_F491_4F6C_DD1D)
                .wrapping_add(1),
        ),
        next_lead: 60,
        next_key: 0,
        next_usage: 0,
    };

    let employer = db.user(EMPLOYER).cloned().expect("seeded employer");
    let manager = db
        .user(HIRING_MANAGER)
        .cloned()
        .expect("seeded hiring manager");
    let first_with = |pred: &dyn Fn(&Candidate) -> bool| {
        db.candidates
            .iter()
            .find(|c| pred(c))
            .map(|c| c.id.clone())
            .expect("seeded candidate")
    };
    let fixtures = Fixtures {
        org_slug: "acme".into(),
        employer_org_id: "org_acme".into(),
        public_role_id: "role_1".into(),
        closed_role_id: "role_9".into(),
        private_role_id: "role_6".into(),
        confidential_role_id: "role_7".into(),
        candidate_id: first_with(&|c| {
            visibility::candidate_visible(&db, &employer, c)
                && !visibility::candidate_visible(&db, &manager, c)
        }),
        hidden_candidate_id: first_with(&|c| !visibility::candidate_visible(&db, &employer, c)),
        hiring_manager_candidate_id: first_with(&|c| {
            visibility::candidate_visible(&db, &manager, c)
        }),
        role_id: "role_1".into(),
        hiring_manager_role_id: "role_2".into(),
        hidden_role_id: "role_10".into(),
        test_id: "test_1".into(),
        public_test_id: "test_9".into(),
        hidden_test_id: "test_6".into(),
        lead_id: "pc_1".into(),
        hidden_lead_id: format!("pc_{}", globex_only[0] + 1),
        batch_id: "batch_2026_06_01".into(),
        processing_batch_id: "batch_2026_06_02".into(),
        hidden_batch_id: "batch_2026_05_globex".into(),
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
        employer_candidate_count: db
            .candidates
            .iter()
            .filter(|c| visibility::candidate_visible(&db, &employer, c))
            .count(),
        hiring_manager_candidate_count: db
            .candidates
            .iter()
            .filter(|c| visibility::candidate_visible(&db, &manager, c))
            .count(),
        total_candidates: db.candidates.len(),
        employer_role_count: db
            .roles
            .iter()
            .filter(|r| visibility::role_visible(&employer, r))
            .count(),
        employer_lead_count: db
            .leads
            .iter()
            .filter(|l| visibility::lead_visible(&employer, l))
            .count(),
        employer_test_count: db
            .tests
            .iter()
            .filter(|t| visibility::test_visible(&employer, t))
            .count(),
        employer_batch_member_count: db
            .leads
            .iter()
            .filter(|l| {
                l.batch_id.as_deref() == Some("batch_2026_06_01")
                    && visibility::lead_visible(&employer, l)
            })
            .count(),
    };
    (db, ready, fixtures)
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
        });
        let (b, kb, _) = seed(SeedConfig {
            seed: 7,
            candidates: 250,
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
        });
        assert_ne!(ka.employer, kc.employer);
    }

    #[test]
    fn keys_have_the_documented_format() {
        let (_, keys, _) = seed(SeedConfig {
            seed: 1,
            candidates: 10,
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
