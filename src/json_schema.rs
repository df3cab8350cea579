//! `JsonSchema` for the handwritten types the generated ones use (feature `schemars`).

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use crate::{ApiKey, Nullable};

/// A nullable field: the value's schema, or `null`.
impl<T: JsonSchema> JsonSchema for Nullable<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("Nullable_{}", T::schema_name()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        Option::<T>::json_schema(generator)
    }
}

/// A key is a string starting `tr_` (its value is never part of a schema).
impl JsonSchema for ApiKey {
    fn schema_name() -> Cow<'static, str> {
        "ApiKey".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^tr_",
            "description": "A Talent-Ray API key (a secret)."
        })
    }
}
