//! Where each operation lives on the command line, derived from the operation itself: the noun
//! from the path's resource, the verb from the method and the path's shape.
//!
//! | Shape | Verb |
//! | --- | --- |
//! | `GET /things` | `list` |
//! | `POST /things` | `create` |
//! | `GET /things/{id}` | `get` |
//! | `PATCH`/`PUT /things/{id}` | `update` |
//! | `DELETE /things/{id}` | `delete` |
//! | `GET`/`POST /things/{id}/steps` (a sub-resource or action) | `steps` |
//! | `PATCH`/`PUT`/`DELETE /things/{id}/steps` | `update-steps`, `delete-steps` |
//!
//! The leading `/api/{area}` is not part of the noun; the noun is the literal segments before the
//! first parameter, joined with `-`. A noun with a single parameterless `GET` is a command by
//! itself (`talent-ray me`). Two operations that would share a place keep the first in spec order;
//! the other takes its `operationId` in kebab case as its verb, so a new operation always gets a
//! working command without an edit. [`NOUN_OVERRIDES`] and [`VERB_OVERRIDES`] hold the few names
//! that read better by hand.

use std::sync::OnceLock;

use talent_ray::{OPERATIONS, Operation, ParamLocation};

/// Where an operation lives on the command line: `talent-ray NOUN [VERB]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandSpec {
    /// The spec's `operationId`.
    pub operation_id: &'static str,
    /// The noun (`candidates`).
    pub noun: String,
    /// The verb (`get`); `None` when the noun is the command (`me`).
    pub verb: Option<String>,
}

/// Derived nouns that read badly, and what the command line calls them.
pub const NOUN_OVERRIDES: &[(&str, &str)] = &[
    ("api-keys", "keys"),
    ("sourcing", "leads"),
    ("cv-screening-batches", "cv-batches"),
];

/// Derived verbs that read badly (by `operationId`), and what the command line calls them.
pub const VERB_OVERRIDES: &[(&str, &str)] = &[("revokeApiKey", "revoke"), ("getPublicJob", "job")];

/// Every operation's command, in spec order.
pub fn commands() -> &'static [CommandSpec] {
    static COMMANDS: OnceLock<Vec<CommandSpec>> = OnceLock::new();
    COMMANDS.get_or_init(|| place_all(OPERATIONS))
}

/// The nouns in order of first appearance, each with its one-line help (the operations' tags).
pub fn nouns() -> Vec<(String, String)> {
    let mut nouns: Vec<(String, Vec<&'static Operation>)> = Vec::new();
    for spec in commands() {
        let Some(op) = Operation::find(spec.operation_id) else {
            continue;
        };
        match nouns.iter_mut().find(|(n, _)| *n == spec.noun) {
            Some((_, ops)) => ops.push(op),
            None => nouns.push((spec.noun.clone(), vec![op])),
        }
    }
    nouns
        .into_iter()
        .map(|(noun, ops)| {
            let mut tags: Vec<&str> = Vec::new();
            for tag in ops.iter().flat_map(|op| op.tags.iter()) {
                if !tags.contains(tag) {
                    tags.push(tag);
                }
            }
            let mut about = if tags.is_empty() {
                noun.clone()
            } else {
                tags.join(", ")
            };
            if ops.iter().all(|op| op.public) {
                about.push_str(" (no key needed)");
            }
            (noun, about)
        })
        .collect()
}

/// Places every operation of `operations`, resolving clashes in spec order.
pub fn place_all(operations: &'static [Operation]) -> Vec<CommandSpec> {
    let derived: Vec<(&Operation, String, Option<String>)> = operations
        .iter()
        .map(|op| {
            let (noun, verb) = derive(op);
            (op, noun, verb)
        })
        .collect();
    let mut placed: Vec<CommandSpec> = Vec::new();
    for (op, noun, verb) in &derived {
        // A noun of one parameterless GET is the command itself.
        let alone = derived.iter().filter(|(_, n, _)| n == noun).count() == 1
            && op.http_method == reqwest::Method::GET
            && !op.path.contains('{');
        let mut verb = if alone { None } else { verb.clone() };
        let taken = |verb: &Option<String>, placed: &[CommandSpec]| {
            placed
                .iter()
                .any(|c| c.noun == *noun && (c.verb == *verb || c.verb.is_none()))
                || verb.as_deref() == Some("help")
        };
        if taken(&verb, &placed) {
            verb = Some(kebab(op.operation_id));
        }
        placed.push(CommandSpec {
            operation_id: op.operation_id,
            noun: noun.clone(),
            verb,
        });
    }
    placed
}

/// The noun and verb an operation's path and method give, overrides applied.
pub fn derive(op: &Operation) -> (String, Option<String>) {
    let mut segments: Vec<&str> = op.path.split('/').filter(|s| !s.is_empty()).collect();
    if segments.first() == Some(&"api") {
        segments.drain(..segments.len().min(2));
    }
    let is_param = |s: &&str| s.starts_with('{');
    let first_param = segments.iter().position(is_param);
    let (head, tail) = segments.split_at(first_param.unwrap_or(segments.len()));
    let noun = head.join("-");
    let noun = NOUN_OVERRIDES
        .iter()
        .find(|(from, _)| *from == noun)
        .map_or(noun.clone(), |(_, to)| (*to).to_owned());
    let sub: Vec<&str> = tail.iter().filter(|s| !is_param(s)).copied().collect();
    let method = &op.http_method;
    let verb = if sub.is_empty() {
        let has_id = first_param.is_some();
        match method.as_str() {
            "GET" if has_id => "get",
            "GET" => "list",
            "POST" => "create",
            "PATCH" | "PUT" => "update",
            "DELETE" => "delete",
            other => return (noun, Some(other.to_ascii_lowercase())),
        }
        .to_owned()
    } else {
        let sub = sub.join("-");
        match method.as_str() {
            "GET" | "POST" => sub,
            "PATCH" | "PUT" => format!("update-{sub}"),
            "DELETE" => format!("delete-{sub}"),
            other => format!("{}-{sub}", other.to_ascii_lowercase()),
        }
    };
    let verb = VERB_OVERRIDES
        .iter()
        .find(|(id, _)| *id == op.operation_id)
        .map_or(verb, |(_, to)| (*to).to_owned());
    (noun, Some(verb))
}

/// `talent-ray NOUN VERB` of an operation, for messages; the `operationId` when it has none.
pub fn command_line(operation_id: &str) -> String {
    commands()
        .iter()
        .find(|c| c.operation_id == operation_id)
        .map(|c| match &c.verb {
            Some(verb) => format!("talent-ray {} {verb}", c.noun),
            None => format!("talent-ray {}", c.noun),
        })
        .unwrap_or_else(|| operation_id.to_owned())
}

/// The path parameters of `op` in the order the path names them.
pub fn path_parameters(op: &Operation) -> Vec<&'static str> {
    op.path
        .split('/')
        .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
        .filter_map(|name| {
            op.parameters
                .iter()
                .find(|p| p.name == name && p.location == ParamLocation::Path)
                .map(|p| p.name)
        })
        .collect()
}

/// `expiresInDays` → `expires-in-days`, `org_slug` → `org-slug`.
pub fn kebab(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else if c == '_' {
            out.push('-');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_has_one_place_and_no_two_share_one() {
        let commands = commands();
        for op in OPERATIONS {
            assert_eq!(
                commands
                    .iter()
                    .filter(|c| c.operation_id == op.operation_id)
                    .count(),
                1,
                "{}",
                op.operation_id
            );
        }
        let mut places: Vec<_> = commands.iter().map(|c| (&c.noun, &c.verb)).collect();
        places.sort();
        places.dedup();
        assert_eq!(places.len(), commands.len(), "two operations share a place");
        for c in commands {
            if c.verb.is_none() {
                assert_eq!(
                    commands.iter().filter(|o| o.noun == c.noun).count(),
                    1,
                    "{c:?}"
                );
            }
        }
    }

    #[test]
    fn derivation_reads_the_path_shape() {
        // Operations made up for the test: the rules, not the current spec.
        let shapes = [
            ("GET", "/api/v1/widgets", "widgets", "list"),
            ("POST", "/api/v1/widgets", "widgets", "create"),
            ("GET", "/api/v1/widgets/{id}", "widgets", "get"),
            ("PATCH", "/api/v1/widgets/{id}", "widgets", "update"),
            ("PUT", "/api/v1/widgets/{id}", "widgets", "update"),
            ("DELETE", "/api/v1/widgets/{id}", "widgets", "delete"),
            ("GET", "/api/v1/widgets/{id}/parts", "widgets", "parts"),
            ("POST", "/api/v1/widgets/{id}/archive", "widgets", "archive"),
            (
                "DELETE",
                "/api/v1/widgets/{id}/parts",
                "widgets",
                "delete-parts",
            ),
            ("GET", "/api/admin/big-things/{id}", "big-things", "get"),
            (
                "GET",
                "/api/v1/reports/weekly/{id}",
                "reports-weekly",
                "get",
            ),
            ("GET", "/api/admin/api-keys", "keys", "list"),
        ];
        for (method, path, noun, verb) in shapes {
            let mut op = OPERATIONS[0].clone();
            op.http_method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
            op.path = path;
            op.operation_id = "madeUp";
            assert_eq!(
                derive(&op),
                (noun.to_owned(), Some(verb.to_owned())),
                "{method} {path}"
            );
        }
    }

    #[test]
    fn overrides_name_real_things() {
        let derived: Vec<String> = OPERATIONS
            .iter()
            .map(|op| {
                let mut op = op.clone();
                op.operation_id = "";
                let (noun, _) = derive(&op);
                noun
            })
            .collect();
        for (_, to) in NOUN_OVERRIDES {
            assert!(
                derived.iter().any(|n| n == to),
                "override to {to} is for no operation"
            );
        }
        for (id, _) in VERB_OVERRIDES {
            assert!(Operation::find(id).is_some(), "override for unknown {id}");
        }
    }

    #[test]
    fn names_are_kebab() {
        assert_eq!(kebab("expiresInDays"), "expires-in-days");
        assert_eq!(kebab("org_slug"), "org-slug");
    }
}
