//! The catalog's tables as model records: organizations, users, roles and their pipeline
//! templates, tests.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::at;
use super::catalog::{ORGS, PIPELINES, ROLES, TESTS, USERS};
use crate::state::{Org, Role, RoleStep, Test, User};

pub(super) fn orgs() -> Vec<Org> {
    ORGS.iter()
        .map(|o| Org {
            id: o.id.into(),
            name: o.name.into(),
            slug: o.slug.into(),
            logo: o.logo.map(Into::into),
            domain: o.domain.map(Into::into),
            primary_color: o.primary_color.map(Into::into),
            show_salary: o.show_salary,
            portal_enabled: o.portal_enabled,
        })
        .collect()
}

pub(super) fn users() -> Vec<User> {
    USERS
        .iter()
        .map(|u| User {
            id: u.id.into(),
            email: u.email.into(),
            name: u.name.into(),
            platform_role: if u.admin { "admin" } else { "user" }.into(),
            org_role: u.org_role,
            organization_id: u.org.map(|o| ORGS[o].id.to_string()),
        })
        .collect()
}

/// Roles (`role_1` … in catalog order) and their pipeline templates.
pub(super) fn roles(base: DateTime<Utc>) -> (Vec<Role>, Vec<RoleStep>) {
    let mut roles = Vec::new();
    let mut role_steps = Vec::new();
    for (i, spec) in ROLES.iter().enumerate() {
        let id = format!("role_{}", i + 1);
        let created = at(base, (i as i64) * 24 * 60);
        roles.push(Role {
            id: id.clone(),
            org_id: ORGS[spec.org].id.to_string(),
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
                    {"type": "paragraph", "content": [{"type": "text", "text": format!("Join {}'s {} team.", ORGS[spec.org].name, spec.department)}]}
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
    (roles, role_steps)
}

/// Tests (`test_1` … in catalog order).
pub(super) fn tests(base: DateTime<Utc>) -> Vec<Test> {
    TESTS
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
            organization_ids: t.7.iter().map(|&o| ORGS[o].id.to_string()).collect(),
            created_at: at(base, -(60 * 24 * 30) + (i as i64) * 24 * 60),
            updated_at: at(base, -(60 * 24 * 20) + (i as i64) * 24 * 60),
        })
        .collect()
}
