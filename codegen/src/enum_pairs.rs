//! Conversions between open enums the spec gives one property in several schemas
//! (`RoleUpdate.workType` in, `Role.workType` out): two types with the same values.
//!
//! They stay two types: merging them by their value sets lets an additive spec change (a new
//! value on the response side) split them again, which breaks code. Instead, for two string enums
//! hoisted from properties of the same name where one's values are a subset of the other's:
//!
//! - `PartialEq` both ways, by wire value;
//! - `From<request enum> for response enum` when the request enum (found in a schema a request
//!   body reaches) lists no value the response enum lacks, so a value read or written can be
//!   compared and converted without strings. The direction depends only on which side is the request, so a new
//!   value on the response side (what an additive update brings) keeps every impl.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::normalize::Normalized;
use crate::open_enum::rust_name;

/// Two enum schemas of one property whose values nest.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Pair {
    /// The schema with the fewer (or the same) values.
    pub(crate) sub: String,
    /// The schema with every value of `sub`.
    pub(crate) sup: String,
    /// Whether `From<sub> for sup` is emitted: `sub` is a request enum and `sup` is not.
    pub(crate) from: bool,
}

/// Every related pair of hoisted enums in the normalised document, in name order.
pub(crate) fn pairs(doc: &Value, normalized: &Normalized) -> Vec<Pair> {
    let schemas = doc.pointer("/components/schemas");
    let values = |name: &str| -> BTreeSet<String> {
        schemas
            .and_then(|s| s.get(name))
            .and_then(|s| s.get("enum"))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect()
    };
    let requests: BTreeSet<&str> = normalized
        .request_types
        .iter()
        .map(String::as_str)
        .collect();
    let enums: BTreeSet<&str> = normalized.enums.iter().map(String::as_str).collect();
    // A hoisted enum is a request enum when the schema it was found in is reachable from a
    // request body (its own component is not: the body refers to it through `Nullable…`).
    let mut by_property: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut request = BTreeSet::new();
    for hoisted in &normalized.enum_properties {
        if enums.contains(hoisted.name.as_str()) {
            by_property
                .entry(&hoisted.property)
                .or_default()
                .insert(hoisted.name.as_str());
            if requests.contains(hoisted.component.as_str()) {
                request.insert(hoisted.name.as_str());
            }
        }
    }
    let mut found = BTreeSet::new();
    for names in by_property.values() {
        for (i, a) in names.iter().enumerate() {
            for b in names.iter().skip(i + 1) {
                let (va, vb) = (values(a), values(b));
                let (a_req, b_req) = (request.contains(a), request.contains(b));
                let (sub, sup) = match (va.is_subset(&vb), vb.is_subset(&va)) {
                    // The same values: the request enum is the subset side (a new response value
                    // keeps it so); otherwise name order.
                    (true, true) if b_req && !a_req => (b, a),
                    (true, _) => (a, b),
                    (false, true) => (b, a),
                    (false, false) => continue,
                };
                found.insert(Pair {
                    sub: (*sub).to_owned(),
                    sup: (*sup).to_owned(),
                    from: request.contains(sub) && !request.contains(sup),
                });
            }
        }
    }
    found.into_iter().collect()
}

/// The impls for every pair, to be added to the `types` module.
pub(crate) fn tokens(pairs: &[Pair]) -> TokenStream {
    let mut out = TokenStream::new();
    for pair in pairs {
        let sub = format_ident!("{}", rust_name(&pair.sub));
        let sup = format_ident!("{}", rust_name(&pair.sup));
        let from_doc = format!("By wire value: every value `{sub}` lists is one `{sup}` lists.");
        let eq_doc = "Equal when both hold the same wire value.";
        out.extend(quote! {
            #[doc = #eq_doc]
            impl ::std::cmp::PartialEq<#sub> for #sup {
                fn eq(&self, other: &#sub) -> bool {
                    self.as_str() == other.as_str()
                }
            }

            #[doc = #eq_doc]
            impl ::std::cmp::PartialEq<#sup> for #sub {
                fn eq(&self, other: &#sup) -> bool {
                    self.as_str() == other.as_str()
                }
            }
        });
        if pair.from {
            out.extend(quote! {
                #[doc = #from_doc]
                impl ::std::convert::From<#sub> for #sup {
                    fn from(value: #sub) -> Self {
                        Self::from(value.as_str())
                    }
                }
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec(role_values: Value, update_values: Value) -> Value {
        json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {"/roles/{id}": {"patch": {
                "operationId": "updateRole",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/RoleUpdate"}}}},
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Role"}}}}}
            }}},
            "components": {"schemas": {
                "Role": {"type": "object", "properties": {
                    "workType": {"type": "string", "enum": role_values, "nullable": true},
                    "status": {"type": "string", "enum": ["open", "closed"]}
                }},
                "PublicRole": {"type": "object", "properties": {
                    "workType": {"type": "string", "enum": ["remote", "onsite"]}
                }},
                "RoleUpdate": {"type": "object", "properties": {
                    "workType": {"type": "string", "enum": update_values, "nullable": true},
                    "kind": {"type": "string", "enum": ["open", "closed"]}
                }}
            }}
        })
    }

    fn pairs_of(mut doc: Value) -> Vec<Pair> {
        let normalized = crate::normalize::normalize(&mut doc).unwrap();
        pairs(&doc, &normalized)
    }

    fn pair(sub: &str, sup: &str, from: bool) -> Pair {
        Pair {
            sub: sub.into(),
            sup: sup.into(),
            from,
        }
    }

    #[test]
    fn a_request_enum_converts_into_the_response_enum_of_the_same_property() {
        let found = pairs_of(spec(
            json!(["remote", "onsite"]),
            json!(["remote", "onsite"]),
        ));
        assert_eq!(
            found,
            [
                pair("PublicRoleWorkType", "RoleWorkType", false),
                pair("RoleUpdateWorkType", "PublicRoleWorkType", true),
                pair("RoleUpdateWorkType", "RoleWorkType", true),
            ],
            "same property name and nesting values; `status`/`kind` share values but not a name"
        );
    }

    #[test]
    fn a_new_response_value_keeps_the_impls() {
        let found = pairs_of(spec(
            json!(["remote", "onsite", "hybrid"]),
            json!(["remote", "onsite"]),
        ));
        assert!(found.contains(&pair("RoleUpdateWorkType", "RoleWorkType", true)));
        assert!(found.contains(&pair("PublicRoleWorkType", "RoleWorkType", false)));
    }

    #[test]
    fn a_request_value_the_response_lacks_drops_the_conversion() {
        let found = pairs_of(spec(json!(["remote"]), json!(["remote", "onsite"])));
        assert!(
            found.contains(&pair("RoleWorkType", "RoleUpdateWorkType", false)),
            "{found:?}"
        );
        assert!(found.iter().all(|p| !(p.sup == "RoleWorkType" && p.from)));
    }

    #[test]
    fn the_impls_compare_and_convert_by_wire_value() {
        let text = tokens(&[pair("RoleUpdateWorkType", "RoleWorkType", true)]).to_string();
        for expected in [
            "impl :: std :: cmp :: PartialEq < RoleUpdateWorkType > for RoleWorkType",
            "impl :: std :: cmp :: PartialEq < RoleWorkType > for RoleUpdateWorkType",
            "impl :: std :: convert :: From < RoleUpdateWorkType > for RoleWorkType",
            "self . as_str () == other . as_str ()",
            "Self :: from (value . as_str ())",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in {text}");
        }
        let no_from = tokens(&[pair("PublicRoleWorkType", "RoleWorkType", false)]).to_string();
        assert!(!no_from.contains("From <"));
    }
}
