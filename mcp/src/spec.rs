//! Facts about an operation that the SDK's operation table does not carry, read from the pinned
//! spec (embedded at build time): which operations need an admin-role caller, and the bounds of a
//! list's page-size parameter.

use std::sync::LazyLock;

use serde_json::Value;

/// The pinned spec the SDK was generated from.
static SPEC: LazyLock<Value> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../openapi/openapi.json"))
        .expect("the pinned spec is valid JSON (the SDK's build checked it)")
});

/// The spec's shared response for "the caller is not an admin": an operation that documents it
/// as its 403 needs a key whose owner has the admin role.
const ADMIN_FORBIDDEN: &str = "#/components/responses/AdminForbidden";

/// A list's page-size query parameter and its documented bounds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageSize {
    /// The parameter's name (`pageSize`, `limit`).
    pub name: String,
    /// The smallest allowed value.
    pub min: u64,
    /// The largest allowed value.
    pub max: u64,
}

fn operation(operation_id: &str) -> Option<&'static Value> {
    SPEC["paths"]
        .as_object()?
        .values()
        .filter_map(Value::as_object)
        .flat_map(|item| item.values())
        .find(|op| op["operationId"] == operation_id)
}

fn resolve(value: &'static Value) -> &'static Value {
    match value["$ref"].as_str() {
        Some(pointer) => SPEC
            .pointer(pointer.trim_start_matches('#'))
            .unwrap_or(&Value::Null),
        None => value,
    }
}

/// Whether the operation needs an admin-role caller (its 403 is the spec's `AdminForbidden`).
pub fn admin_only(operation_id: &str) -> bool {
    operation(operation_id)
        .and_then(|op| op["responses"]["403"]["$ref"].as_str())
        .is_some_and(|r| r == ADMIN_FORBIDDEN)
}

/// The integer query parameter of a list that bounds its page size (the one with a `maximum`).
pub fn page_size(operation_id: &str) -> Option<PageSize> {
    let op = operation(operation_id)?;
    op["parameters"]
        .as_array()?
        .iter()
        .map(resolve)
        .filter(|p| p["in"] == "query")
        .find_map(|p| {
            let schema = &p["schema"];
            Some(PageSize {
                name: p["name"].as_str()?.to_owned(),
                min: schema["minimum"].as_u64().unwrap_or(1),
                max: schema["maximum"].as_u64()?,
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admin_operations_are_those_documenting_admin_forbidden() {
        for op in talent_ray::OPERATIONS {
            let documented = operation(op.operation_id).expect("every table entry is in the spec");
            let says_admin = documented["description"]
                .as_str()
                .is_some_and(|d| d.contains("has the `admin` role"));
            assert_eq!(
                admin_only(op.operation_id),
                says_admin,
                "{}",
                op.operation_id
            );
        }
        assert!(!admin_only("getMe"));
    }

    #[test]
    fn every_paged_list_has_a_bounded_page_size() {
        for op in talent_ray::OPERATIONS {
            let bound = page_size(op.operation_id);
            if op.paging != talent_ray::Paging::None {
                let bound = bound.unwrap_or_else(|| panic!("{} has no page size", op.operation_id));
                assert!(bound.min >= 1 && bound.max >= bound.min, "{bound:?}");
            }
        }
    }
}
