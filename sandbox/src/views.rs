//! JSON shapes of the documented responses, filtered to what the caller may see.

use serde_json::{Map, Value, json};

use crate::auth::auth_endpoint;
use crate::clock::iso;
use crate::state::{
    ApiKeyRecord, Candidate, CandidateStep, Db, Lead, Org, Role, RoleStep, Test, UsageRow, User,
};
use crate::visibility::role_id_visible;

/// `Candidate`: roles filtered to those the caller can see.
pub(crate) fn candidate(db: &Db, user: &User, c: &Candidate) -> Value {
    let roles: Vec<Value> = c
        .assignments
        .iter()
        .filter(|a| role_id_visible(db, user, &a.role_id))
        .filter_map(|a| {
            let role = db.role(&a.role_id)?;
            Some(json!({
                "roleId": role.id,
                "roleName": role.name,
                "organizationId": role.org_id,
                "status": a.status,
                "overallFitScore": a.overall_fit_score,
                "approved": a.approved,
            }))
        })
        .collect();
    json!({
        "id": c.id,
        "fullName": c.full_name,
        "email": c.email,
        "phone": c.phone,
        "status": c.status,
        "createdAt": iso(c.created_at),
        "updatedAt": iso(c.updated_at),
        "roles": roles,
    })
}

/// `CandidateStep`.
pub(crate) fn candidate_step(db: &Db, s: &CandidateStep) -> Option<Value> {
    let step = db.role_steps.iter().find(|r| r.id == s.role_step_id)?;
    Some(json!({
        "id": s.id,
        "roleId": s.role_id,
        "roleStepId": s.role_step_id,
        "name": step.name,
        "order": step.order,
        "stepType": step.step_type,
        "status": s.status,
        "startedAt": s.started_at.map(iso),
        "completedAt": s.completed_at.map(iso),
        "validatedAt": s.validated_at.map(iso),
        "rejectedAt": s.rejected_at.map(iso),
        "validationScore": s.validation_score,
        "rejectionReason": s.rejection_reason,
        "offerResponse": s.offer_response,
        "createdAt": iso(s.created_at),
        "updatedAt": iso(s.updated_at),
    }))
}

/// `Role`.
pub(crate) fn role(r: &Role) -> Value {
    json!({
        "id": r.id,
        "name": r.name,
        "organizationId": r.org_id,
        "status": r.status,
        "priority": r.priority,
        "isPublic": r.is_public,
        "department": r.department,
        "location": r.location,
        "workType": r.work_type,
        "salaryMin": r.salary_min,
        "salaryMax": r.salary_max,
        "salaryCurrency": r.salary_currency,
        "salaryPeriod": r.salary_period,
        "targetHireCount": r.target_hire_count,
        "roleLevel": r.role_level,
        "createdAt": iso(r.created_at),
        "updatedAt": iso(r.updated_at),
    })
}

/// `RoleStep`.
pub(crate) fn role_step(s: &RoleStep) -> Value {
    json!({
        "id": s.id,
        "roleId": s.role_id,
        "name": s.name,
        "description": s.description,
        "order": s.order,
        "stepType": s.step_type,
        "validationType": s.validation_type,
        "passingScore": s.passing_score,
        "isRequired": s.is_required,
        "allowSkip": s.allow_skip,
        "createdAt": iso(s.created_at),
        "updatedAt": iso(s.updated_at),
    })
}

/// `Test` (metadata only, never question content).
pub(crate) fn test(t: &Test) -> Value {
    json!({
        "id": t.id,
        "name": t.name,
        "type": t.kind,
        "description": t.description,
        "duration": t.duration,
        "targetPersona": t.target_persona,
        "analysisCategory": t.analysis_category,
        "language": t.language,
        "isPublic": t.organization_ids.is_empty(),
        "organizationIds": t.organization_ids,
        "createdAt": iso(t.created_at),
        "updatedAt": iso(t.updated_at),
    })
}

/// `PotentialCandidate`: organization and role links filtered to what the caller can see.
pub(crate) fn lead(db: &Db, user: &User, l: &Lead) -> Value {
    let organizations: Vec<Value> = l
        .organizations
        .iter()
        .filter(|(o, _)| user.is_admin() || user.member_of(o))
        .map(|(o, status)| json!({ "organizationId": o, "status": status }))
        .collect();
    let roles: Vec<Value> = l
        .roles
        .iter()
        .filter(|link| role_id_visible(db, user, &link.role_id))
        .filter_map(|link| {
            let role = db.role(&link.role_id)?;
            Some(json!({
                "roleId": role.id,
                "roleName": role.name,
                "organizationId": role.org_id,
                "status": link.status,
                "resumeFitScore": link.resume_fit_score,
                "overallFitScore": link.overall_fit_score,
            }))
        })
        .collect();
    json!({
        "id": l.id,
        "fullName": l.full_name,
        "email": l.email,
        "contactEmail": l.contact_email,
        "phone": l.phone,
        "status": l.status,
        "skills": l.skills,
        "summary": l.summary,
        "candidateId": l.candidate_id,
        "organizations": organizations,
        "roles": roles,
        "createdAt": iso(l.created_at),
        "updatedAt": iso(l.updated_at),
    })
}

/// `PortalOrganization`.
pub(crate) fn portal_org(o: &Org) -> Value {
    let mut theme = Map::new();
    if let Some(color) = &o.primary_color {
        theme.insert("primaryColor".into(), json!(color));
    }
    theme.insert("showSalary".into(), json!(o.show_salary));
    json!({
        "name": o.name,
        "logo": o.logo,
        "slug": o.slug,
        "domain": o.domain,
        "portalTheme": theme,
    })
}

/// `PublicRole`: salary fields only when the organization shows salaries.
pub(crate) fn public_role(o: &Org, r: &Role) -> Value {
    let mut v = json!({
        "id": r.id,
        "name": r.name,
        "description": r.description,
        "department": r.department,
        "location": r.location,
        "workType": r.work_type,
        "collarType": r.collar_type,
        "createdAt": iso(r.created_at),
    });
    if o.show_salary
        && let Some(map) = v.as_object_mut()
    {
        map.insert("salaryMin".into(), json!(r.salary_min));
        map.insert("salaryMax".into(), json!(r.salary_max));
        map.insert("salaryCurrency".into(), json!(r.salary_currency));
        map.insert("salaryPeriod".into(), json!(r.salary_period));
    }
    v
}

/// `ApiKey` (list item).
pub(crate) fn api_key(db: &Db, k: &ApiKeyRecord) -> Value {
    let owner = db.user(&k.user_id);
    json!({
        "id": k.id,
        "name": k.name,
        "prefix": "tr_",
        "start": k.start,
        "enabled": k.enabled,
        "createdAt": iso(k.created_at),
        "updatedAt": iso(k.updated_at),
        "lastRequest": k.last_request.map(iso),
        "expiresAt": k.expires_at.map(iso),
        "requestCount": k.request_count,
        "owner": {
            "id": k.user_id,
            "email": owner.map(|u| u.email.clone()).unwrap_or_default(),
            "name": owner.map(|u| u.name.clone()).unwrap_or_default(),
            "platformRole": owner.map(|u| u.platform_role.clone()).unwrap_or_else(|| "user".into()),
            "orgRole": owner.and_then(|u| u.org_role).map(|r| r.as_str()),
            "organizationId": owner.and_then(|u| u.organization_id.clone()),
        },
    })
}

/// `ApiKeyUsageKey`.
pub(crate) fn usage_key(db: &Db, k: &ApiKeyRecord) -> Value {
    let owner = db.user(&k.user_id);
    json!({
        "id": k.id,
        "name": k.name,
        "createdAt": iso(k.created_at),
        "lastRequest": k.last_request.map(iso),
        "requestCount": k.request_count,
        "owner": {
            "id": k.user_id,
            "email": owner.map(|u| u.email.clone()).unwrap_or_default(),
            "name": owner.map(|u| u.name.clone()).unwrap_or_default(),
        },
    })
}

/// `ApiKeyUsageEntry`.
pub(crate) fn usage_row(r: &UsageRow) -> Value {
    json!({
        "id": r.id,
        "timestamp": iso(r.timestamp),
        "method": r.method,
        "path": r.path,
        "ip": r.ip,
        "userAgent": r.user_agent,
        "authEndpoint": auth_endpoint(),
    })
}
