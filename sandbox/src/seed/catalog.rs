//! The fixed catalog of the seed: organizations, users, roles with their pipelines, tests,
//! and the name pools. Plain data; `plan.rs` says how many candidates and leads go where.

use crate::state::OrgRole;

/// An organization row: id, name, slug, logo, domain, primary colour, showSalary, portal enabled.
pub(super) struct OrgSpec {
    pub id: &'static str,
    pub name: &'static str,
    pub slug: &'static str,
    pub logo: Option<&'static str>,
    pub domain: Option<&'static str>,
    pub primary_color: Option<&'static str>,
    pub show_salary: bool,
    pub portal_enabled: bool,
}

#[rustfmt::skip]
pub(super) const ORGS: [OrgSpec; 3] = [
    OrgSpec { id: "org_acme", name: "Acme Inc.", slug: "acme", logo: Some("https://acme.com/assets/logo.png"), domain: Some("acme.com"), primary_color: Some("#4F1AD6"), show_salary: true, portal_enabled: true },
    OrgSpec { id: "org_globex", name: "Globex Corporation", slug: "globex", logo: None, domain: Some("globex.example"), primary_color: Some("#0B7A75"), show_salary: false, portal_enabled: true },
    OrgSpec { id: "org_initech", name: "Initech", slug: "initech", logo: None, domain: None, primary_color: None, show_salary: false, portal_enabled: false },
];

/// A user row: id, email, name, platform admin, role in their organization, organization index.
pub(super) struct UserSpec {
    pub id: &'static str,
    pub email: &'static str,
    pub name: &'static str,
    pub admin: bool,
    pub org_role: Option<OrgRole>,
    pub org: Option<usize>,
}

#[rustfmt::skip]
pub(super) const USERS: [UserSpec; 7] = [
    UserSpec { id: ADMIN, email: "admin@talent-ray.test", name: "Platform Admin", admin: true, org_role: None, org: None },
    UserSpec { id: EMPLOYER, email: "owner@acme.com", name: "Elif Kaya", admin: false, org_role: Some(OrgRole::Owner), org: Some(ACME) },
    UserSpec { id: RECRUITER, email: "recruiter@acme.com", name: "Deniz Arslan", admin: false, org_role: Some(OrgRole::Employer), org: Some(ACME) },
    UserSpec { id: HIRING_MANAGER, email: "manager@acme.com", name: "Jonas Weber", admin: false, org_role: Some(OrgRole::HiringManager), org: Some(ACME) },
    UserSpec { id: GLOBEX_OWNER, email: "owner@globex.example", name: "Hana Park", admin: false, org_role: Some(OrgRole::Owner), org: Some(GLOBEX) },
    UserSpec { id: INITECH_OWNER, email: "owner@initech.example", name: "Tom Smith", admin: false, org_role: Some(OrgRole::Owner), org: Some(INITECH) },
    UserSpec { id: MEMBER, email: "integrations@talent-ray.test", name: "Integration Bot", admin: false, org_role: None, org: None },
];

pub(super) const FIRST: [&str; 32] = [
    "Jane", "Ali", "Ayşe", "Mehmet", "Elif", "Can", "Zeynep", "Emre", "Selin", "Burak", "Deniz",
    "Ece", "Kerem", "Lena", "Jonas", "Mia", "Noah", "Sofia", "Lucas", "Emma", "Omar", "Nina",
    "Yusuf", "Hana", "Arda", "Irem", "Tom", "Sara", "Leo", "Maya", "Sam", "Derya",
];
pub(super) const LAST: [&str; 30] = [
    "Doe", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan",
    "Müller", "Schmidt", "Weber", "Fischer", "Lee", "Kim", "Garcia", "Rossi", "Novak", "Silva",
    "Smith", "Brown", "Khan", "Haddad", "Ivanova", "Jansen", "Costa", "Berg", "Lund", "Park",
];
pub(super) const SKILLS: [&str; 16] = [
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
pub(super) type StepTemplate = (
    &'static str,
    &'static str,
    &'static str,
    Option<i64>,
    bool,
    bool,
);

pub(super) const PIPELINES: [&[StepTemplate]; 3] = [
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
pub(super) struct RoleSpec {
    pub org: usize,
    pub name: &'static str,
    pub department: &'static str,
    pub location: &'static str,
    pub work_type: Option<&'static str>,
    pub collar: Option<&'static str>,
    pub status: &'static str,
    pub public: bool,
    pub salary: Option<(i64, i64, &'static str, &'static str)>,
    pub priority: Option<&'static str>,
    pub level: Option<&'static str>,
    pub hires: Option<i64>,
    pub confidential: bool,
    pub hr_rep: Option<&'static str>,
    pub hiring_managers: &'static [&'static str],
    pub pipeline: usize,
}

pub(super) const ACME: usize = 0;
pub(super) const GLOBEX: usize = 1;
pub(super) const INITECH: usize = 2;

pub(super) const ADMIN: &str = "user_admin";
pub(super) const EMPLOYER: &str = "user_employer";
pub(super) const RECRUITER: &str = "user_recruiter";
pub(super) const HIRING_MANAGER: &str = "user_hiring_manager";
pub(super) const GLOBEX_OWNER: &str = "user_globex_owner";
pub(super) const INITECH_OWNER: &str = "user_initech_owner";
pub(super) const MEMBER: &str = "user_member";

#[rustfmt::skip]
pub(super) const ROLES: [RoleSpec; 15] = [
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
pub(super) type TestRow = (
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
pub(super) const TESTS: [TestRow; 11] = [
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
