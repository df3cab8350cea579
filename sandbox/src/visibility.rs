//! Who can see and who can write what: the owner's role is the key's ceiling.
//!
//! - admin: everything;
//! - employer / org owner: their organization: every candidate, lead and test of it, and its
//!   roles (confidential roles only as HR rep or hiring manager);
//! - hiring manager: only roles assigned to them, the candidates in those roles, and their
//!   organization's tests and leads; never writes;
//! - a user without an organization: only platform-global tests.

use crate::state::{Candidate, Db, Lead, Role, Test, User};

/// Whether `user` can see `role`.
pub(crate) fn role_visible(user: &User, role: &Role) -> bool {
    if user.is_admin() {
        return true;
    }
    if !user.member_of(&role.org_id) {
        return false;
    }
    let assigned = role.hiring_manager_ids.iter().any(|id| id == &user.id)
        || role.hr_rep_id.as_deref() == Some(user.id.as_str());
    if user.can_write_org(&role.org_id) {
        !role.confidential || assigned
    } else {
        role.hiring_manager_ids.iter().any(|id| id == &user.id)
    }
}

/// Whether `user` can see role `role_id`.
pub(crate) fn role_id_visible(db: &Db, user: &User, role_id: &str) -> bool {
    db.role(role_id).is_some_and(|r| role_visible(user, r))
}

/// Whether `user` can see `candidate`: employer-write members see every candidate of their
/// organization (confidential roles included), hiring managers those in their assigned roles.
pub(crate) fn candidate_visible(db: &Db, user: &User, candidate: &Candidate) -> bool {
    user.is_admin()
        || candidate.assignments.iter().any(|a| {
            db.role(&a.role_id)
                .is_some_and(|r| user.can_write_org(&r.org_id) || role_visible(user, r))
        })
}

/// Whether `user` may write `candidate`: employer-write authority in one of its organizations.
pub(crate) fn candidate_writable(db: &Db, user: &User, candidate: &Candidate) -> bool {
    user.is_admin()
        || candidate.assignments.iter().any(|a| {
            db.role(&a.role_id)
                .is_some_and(|r| user.can_write_org(&r.org_id))
        })
}

/// Whether `user` can see `test`: admins all; others their organization's and public tests.
pub(crate) fn test_visible(user: &User, test: &Test) -> bool {
    user.is_admin()
        || test.organization_ids.is_empty()
        || test.organization_ids.iter().any(|o| user.member_of(o))
}

/// Whether `user` may write `test` (platform-global tests are admin-only).
pub(crate) fn test_writable(user: &User, test: &Test) -> bool {
    user.is_admin() || test.organization_ids.iter().any(|o| user.can_write_org(o))
}

/// Whether `user` can see `lead`: admins all; others leads linked to their organization.
pub(crate) fn lead_visible(user: &User, lead: &Lead) -> bool {
    user.is_admin() || lead.organizations.iter().any(|(o, _)| user.member_of(o))
}

/// Whether `user` may write `lead`: employer-write authority in one of its organizations.
pub(crate) fn lead_writable(user: &User, lead: &Lead) -> bool {
    user.is_admin()
        || lead
            .organizations
            .iter()
            .any(|(o, _)| user.can_write_org(o))
}
