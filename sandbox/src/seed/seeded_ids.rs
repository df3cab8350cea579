//! Which seeded record an argument names, so that a test can call any operation of the spec
//! with its documented example arguments and have the ids in them point at records that exist.
//!
//! The rule reads the resource from the argument, never from the operation: a path parameter
//! named `id` takes the collection before it in the path (`/candidates/{id}` → candidate); any
//! other argument named `…Id` or `…Slug` takes its own stem (`roleId` → role, `orgSlug` → org).
//! A new operation on a seeded resource therefore needs no edit here.

use serde_json::Value;

use super::Fixtures;

impl Fixtures {
    /// The seeded id (or slug) an argument `name` of the operation at `path` can name, when
    /// the resource it names is one the sandbox seeds. Every id is one the employer key (every
    /// scope) may use; API keys are `partial_key_id`, which any test may revoke.
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let sandbox = talent_ray_sandbox::Sandbox::start().await;
    /// let fx = sandbox.fixtures();
    /// assert_eq!(fx.seeded_id("/api/v1/candidates/{id}", "id"), Some(fx.candidate_id.as_str()));
    /// assert_eq!(fx.seeded_id("/api/v1/sourcing", "organizationId"), Some(fx.employer_org_id.as_str()));
    /// assert_eq!(fx.seeded_id("/api/v1/candidates", "pageSize"), None);
    /// # }
    /// ```
    pub fn seeded_id(&self, path: &str, name: &str) -> Option<&str> {
        let (stem, slug) = if let Some(stem) = name.strip_suffix("Slug") {
            (stem.to_owned(), true)
        } else if let Some(stem) = name.strip_suffix("Id").filter(|s| !s.is_empty()) {
            (stem.to_owned(), false)
        } else if name == "id" {
            (collection_before(path, name)?, false)
        } else {
            return None;
        };
        self.seeded(&normalise(&stem), slug)
    }

    /// `args` (an arguments object: parameters by name, the JSON body under `body`) with every
    /// argument that names a seeded resource set to its [seeded id](Self::seeded_id): the
    /// parameters, and the body's top-level fields. A path parameter the rule can't place, and
    /// the example doesn't give, is set to `"sandbox-example"`, which an operation the sandbox
    /// answers from the spec accepts.
    pub fn with_seeded_ids(&self, path: &str, args: &Value) -> Value {
        let mut out = args.as_object().cloned().unwrap_or_default();
        for name in path_parameters(path) {
            out.entry(name.clone())
                .or_insert_with(|| Value::from("sandbox-example"));
        }
        for (name, value) in out.iter_mut() {
            match value {
                Value::Object(body) if name == "body" => {
                    for (field, value) in body.iter_mut() {
                        if let Some(id) = self.seeded_id(path, field) {
                            *value = Value::from(id);
                        }
                    }
                }
                _ => {
                    if let Some(id) = self.seeded_id(path, name) {
                        *value = Value::from(id);
                    }
                }
            }
        }
        Value::Object(out)
    }

    /// The seeded id of the resource `stem` (normalised), or its slug.
    fn seeded(&self, stem: &str, slug: bool) -> Option<&str> {
        let id = match (stem, slug) {
            ("org" | "organization", true) => &self.org_slug,
            ("org" | "organization", false) => &self.employer_org_id,
            ("candidate", _) => &self.candidate_id,
            ("role", _) => &self.public_role_id,
            ("test", _) => &self.test_id,
            ("sourcing" | "lead" | "potentialcandidate", _) => &self.lead_id,
            ("batch" | "batche", _) => &self.batch_id,
            ("user", _) => &self.employer_user_id,
            ("apikey" | "key", _) => &self.partial_key_id,
            _ => return None,
        };
        Some(id)
    }
}

/// The names of the `{parameters}` of a path template.
fn path_parameters(path: &str) -> Vec<String> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}'))
        .map(|(name, _)| name.to_owned())
        .collect()
}

/// The path segment before `{name}`: the collection the parameter indexes.
fn collection_before(path: &str, name: &str) -> Option<String> {
    let at = path.find(&format!("/{{{name}}}"))?;
    path[..at].rsplit('/').next().map(str::to_owned)
}

/// `API-Keys`, `api_keys`, `apiKey` → `apikey`: lowercase, no separators, no plural `s`.
fn normalise(stem: &str) -> String {
    let flat: String = stem
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    flat.strip_suffix('s').map(str::to_owned).unwrap_or(flat)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_parameters_in_order() {
        assert_eq!(
            path_parameters("/a/{orgSlug}/roles/{roleId}"),
            ["orgSlug", "roleId"]
        );
        assert!(path_parameters("/a/b").is_empty());
    }

    #[test]
    fn the_collection_before_a_parameter() {
        assert_eq!(
            collection_before("/api/admin/api-keys/{id}/usage", "id").as_deref(),
            Some("api-keys")
        );
        assert_eq!(collection_before("/{id}", "id").as_deref(), Some(""));
    }

    #[test]
    fn stems_are_normalised() {
        assert_eq!(normalise("api-keys"), "apikey");
        assert_eq!(normalise("apiKey"), "apikey");
        assert_eq!(normalise("batches"), "batche");
        assert_eq!(normalise("potentialCandidate"), "potentialcandidate");
    }
}
