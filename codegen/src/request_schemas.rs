//! The spec's request schemas, compiled into the checks the SDK runs before sending.
//!
//! The generated request types are plain (see [`crate::normalize::VALIDATION_KEYWORDS`]); the
//! constraints live on here. [`document`] gathers the original JSON Schema 2020-12 of the 3.1
//! document: `components.schemas` (for `$ref`s) and, per `operationId`, the body schema and the
//! parameters (`name`, `in`, `required`, `schema`). Two changes keep it forward compatible:
//! string `enum`s are dropped (the SDK's enums are open: a value newer than the pin is sent as
//! given) and so is `additionalProperties: false` (upstream promises additive changes only).
//!
//! [`tokens`] compiles that document into Rust: one `static` `Schema` per schema the requests
//! reach (the SDK's `validation` module defines `Schema` and walks it), and the table of every
//! operation's checks. A keyword the checks do not implement is an [`Error::Unsupported`], never
//! silently skipped; annotations (`description`, `examples`, `x-…`) are ignored.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{Map, Value, json};

use crate::Error;
use crate::downgrade::METHODS;
use crate::pointer::Pointer;
use crate::resolve::follow;

/// The request checks for a 3.1 spec: `static`s of `Schema`, `OPERATION_CHECKS`, and (for the
/// SDK's own tests) `REQUEST_SCHEMAS`, the document the checks were compiled from.
pub(crate) fn tokens(original: &Value) -> Result<TokenStream, Error> {
    let document = document(original);
    let mut compiler = Compiler {
        document: &document,
        statics: Vec::new(),
        components: BTreeMap::new(),
        patterns: Vec::new(),
    };
    let mut operations = Vec::new();
    let ops = document["operations"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    for (id, entry) in &ops {
        let at = Pointer::root().push("operations").push(id);
        let mut parameters = Vec::new();
        for (i, param) in entry["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let name = param["name"].as_str().unwrap_or_default();
            let location = param["in"].as_str().unwrap_or_default();
            let required = param["required"] == Value::Bool(true);
            let schema = compiler.schema(
                &param["schema"],
                &at.push("parameters").push(&i.to_string()).push("schema"),
            )?;
            parameters.push(quote! {
                ParameterChecks { name: #name, location: #location, required: #required, schema: &#schema }
            });
        }
        let body = match entry.get("body") {
            Some(body) => {
                let schema = compiler.schema(body, &at.push("body"))?;
                quote!(Some(&#schema))
            }
            None => quote!(None),
        };
        operations.push(quote! {
            OperationChecks { operation_id: #id, parameters: &[#(#parameters),*], body: #body }
        });
    }
    let statics = compiler.statics;
    let patterns = compiler.patterns.iter().enumerate().map(|(i, source)| {
        let name = format_ident!("PATTERN_{i}");
        quote! {
            static #name: Pattern = Pattern::new(#source);
        }
    });
    let text = serde_json::to_string(&document)?;
    Ok(quote! {
        /// Every operation's request checks, compiled from the spec's request schemas.
        static OPERATION_CHECKS: &[OperationChecks] = &[#(#operations),*];
        #(#statics)*
        #(#patterns)*
        /// The request-schema document the checks were compiled from (JSON Schema 2020-12:
        /// `components.schemas` and, per `operationId`, `body` and `parameters`), for the SDK's
        /// tests, which hold the checks to a JSON Schema validator's verdicts.
        #[cfg(test)]
        pub(crate) const REQUEST_SCHEMAS: &str = #text;
    })
}

/// Keywords that only annotate: they never make a request invalid.
const ANNOTATIONS: &[&str] = &[
    "title",
    "description",
    "examples",
    "example",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "$comment",
    "$schema",
    "$id",
    "$anchor",
    "$defs",
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
    "discriminator",
    "xml",
    "externalDocs",
];

/// The `format`s the SDK checks (others are annotations, as JSON Schema 2020-12 has it).
const FORMATS: &[(&str, &str)] = &[
    ("date-time", "DateTime"),
    ("date", "Date"),
    ("time", "Time"),
    ("email", "Email"),
    ("uri", "Uri"),
    ("uuid", "Uuid"),
];

struct Compiler<'a> {
    document: &'a Value,
    /// One `static SCHEMA_n: Schema` per compiled schema.
    statics: Vec<TokenStream>,
    /// Component name → the name of its static (assigned before it is compiled, for cycles).
    components: BTreeMap<String, syn::Ident>,
    /// The sources of every `pattern`, `PATTERN_n` by position.
    patterns: Vec<String>,
}

impl Compiler<'_> {
    /// Compiles the schema at `at` into a new static; returns the static's name.
    fn schema(&mut self, schema: &Value, at: &Pointer) -> Result<syn::Ident, Error> {
        let name = format_ident!("SCHEMA_{}", self.statics.len());
        self.statics.push(TokenStream::new());
        let index = self.statics.len() - 1;
        let body = self.fields(schema, at)?;
        let doc = format!(" `{at}`");
        self.statics[index] = quote! {
            #[doc = #doc]
            static #name: Schema = Schema { #body ..Schema::ANY };
        };
        Ok(name)
    }

    /// The static of component schema `name`, compiling it on first use.
    fn component(&mut self, name: &str, at: &Pointer) -> Result<syn::Ident, Error> {
        if let Some(ident) = self.components.get(name) {
            return Ok(ident.clone());
        }
        let Some(schema) = self.document["components"]["schemas"].get(name).cloned() else {
            return Err(Error::invalid(
                at,
                format!("`$ref` to a missing schema `{name}`"),
            ));
        };
        let ident = format_ident!("SCHEMA_{}", self.statics.len());
        self.components.insert(name.to_owned(), ident.clone());
        let compiled = self.schema(
            &schema,
            &Pointer::root()
                .push("components")
                .push("schemas")
                .push(name),
        )?;
        debug_assert_eq!(compiled, ident);
        Ok(ident)
    }

    fn list(&mut self, value: &Value, at: &Pointer) -> Result<TokenStream, Error> {
        let items = value
            .as_array()
            .ok_or_else(|| Error::invalid(at, "expected an array of schemas"))?;
        let mut names = Vec::new();
        for (i, item) in items.iter().enumerate() {
            names.push(self.schema(item, &at.push(&i.to_string()))?);
        }
        Ok(quote!(&[#(&#names),*]))
    }

    /// The `field: value,` list of one schema's `Schema` literal.
    fn fields(&mut self, schema: &Value, at: &Pointer) -> Result<TokenStream, Error> {
        let object = match schema {
            Value::Bool(true) => return Ok(TokenStream::new()),
            Value::Bool(false) => return Ok(quote!(never: true,)),
            Value::Object(object) => object,
            _ => return Err(Error::invalid(at, "a schema is an object or a boolean")),
        };
        let mut out = TokenStream::new();
        for (keyword, value) in object {
            let here = at.push(keyword);
            let count = || {
                value
                    .as_u64()
                    .ok_or_else(|| Error::invalid(&here, "expected a non-negative integer"))
            };
            let limit = || -> Result<TokenStream, Error> {
                let Value::Number(n) = value else {
                    return Err(Error::invalid(&here, "expected a number"));
                };
                let number = n
                    .as_f64()
                    .ok_or_else(|| Error::invalid(&here, "expected a number"))?;
                let text = n.to_string();
                Ok(quote!(Some(Limit { value: #number, text: #text })))
            };
            let tokens = match keyword.as_str() {
                k if ANNOTATIONS.contains(&k) || k.starts_with("x-") => continue,
                "$ref" => {
                    let target = value.as_str().unwrap_or_default();
                    let Some(name) = target.strip_prefix("#/components/schemas/") else {
                        return Err(Error::unsupported(
                            &here,
                            format!(
                                "request checks follow only `#/components/schemas/…` references, not `{target}`"
                            ),
                        ));
                    };
                    let name = name.replace("~1", "/").replace("~0", "~");
                    let ident = self.component(&name, &here)?;
                    quote!(reference: Some(&#ident),)
                }
                "type" => {
                    let names: Vec<&str> = match value {
                        Value::String(t) => vec![t.as_str()],
                        Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
                        _ => return Err(Error::invalid(&here, "expected a type name or a list")),
                    };
                    let mut bits = Vec::new();
                    for name in names {
                        let bit = match name {
                            "null" => quote!(NULL),
                            "boolean" => quote!(BOOLEAN),
                            "integer" => quote!(INTEGER),
                            "number" => quote!(NUMBER),
                            "string" => quote!(STRING),
                            "array" => quote!(ARRAY),
                            "object" => quote!(OBJECT),
                            other => {
                                return Err(Error::invalid(
                                    &here,
                                    format!("unknown type `{other}`"),
                                ));
                            }
                        };
                        bits.push(bit);
                    }
                    if bits.is_empty() {
                        continue;
                    }
                    quote!(types: #(#bits)|*,)
                }
                "enum" => {
                    let texts = value
                        .as_array()
                        .ok_or_else(|| Error::invalid(&here, "expected an array"))?
                        .iter()
                        .map(Value::to_string);
                    quote!(enumeration: Some(&[#(#texts),*]),)
                }
                "const" => {
                    let text = value.to_string();
                    quote!(constant: Some(#text),)
                }
                "minLength" => {
                    let n = count()?;
                    quote!(min_length: Some(#n),)
                }
                "maxLength" => {
                    let n = count()?;
                    quote!(max_length: Some(#n),)
                }
                "minItems" => {
                    let n = count()?;
                    quote!(min_items: Some(#n),)
                }
                "maxItems" => {
                    let n = count()?;
                    quote!(max_items: Some(#n),)
                }
                "minProperties" => {
                    let n = count()?;
                    quote!(min_properties: Some(#n),)
                }
                "maxProperties" => {
                    let n = count()?;
                    quote!(max_properties: Some(#n),)
                }
                "uniqueItems" => {
                    let unique = value.as_bool().unwrap_or(false);
                    quote!(unique_items: #unique,)
                }
                "minimum" => {
                    let l = limit()?;
                    quote!(minimum: #l,)
                }
                "maximum" => {
                    let l = limit()?;
                    quote!(maximum: #l,)
                }
                "exclusiveMinimum" => {
                    let l = limit()?;
                    quote!(exclusive_minimum: #l,)
                }
                "exclusiveMaximum" => {
                    let l = limit()?;
                    quote!(exclusive_maximum: #l,)
                }
                "multipleOf" => {
                    let l = limit()?;
                    quote!(multiple_of: #l,)
                }
                "pattern" => {
                    let source = value
                        .as_str()
                        .ok_or_else(|| Error::invalid(&here, "expected a string"))?;
                    let index = match self.patterns.iter().position(|p| p == source) {
                        Some(i) => i,
                        None => {
                            self.patterns.push(source.to_owned());
                            self.patterns.len() - 1
                        }
                    };
                    let ident = format_ident!("PATTERN_{index}");
                    quote!(pattern: Some(&#ident),)
                }
                "format" => {
                    let name = value.as_str().unwrap_or_default();
                    match FORMATS.iter().find(|(f, _)| *f == name) {
                        Some((_, variant)) => {
                            let variant = format_ident!("{variant}");
                            quote!(format: Some(Format::#variant),)
                        }
                        None => continue,
                    }
                }
                "required" => {
                    let names = value
                        .as_array()
                        .ok_or_else(|| Error::invalid(&here, "expected an array"))?
                        .iter()
                        .map(|n| {
                            n.as_str()
                                .ok_or_else(|| Error::invalid(&here, "expected names"))
                        })
                        .collect::<Result<Vec<_>, _>>()?;
                    quote!(required: &[#(#names),*],)
                }
                "properties" => {
                    let properties = value
                        .as_object()
                        .ok_or_else(|| Error::invalid(&here, "expected an object"))?;
                    let mut entries = Vec::new();
                    for (name, schema) in properties {
                        let ident = self.schema(schema, &here.push(name))?;
                        entries.push(quote!((#name, &#ident)));
                    }
                    quote!(properties: &[#(#entries),*],)
                }
                "additionalProperties" => {
                    let ident = self.schema(value, &here)?;
                    quote!(additional_properties: Some(&#ident),)
                }
                "items" => {
                    let ident = self.schema(value, &here)?;
                    quote!(items: Some(&#ident),)
                }
                "not" => {
                    let ident = self.schema(value, &here)?;
                    let text = value.to_string();
                    quote!(not: Some((&#ident, #text)),)
                }
                "allOf" => {
                    let list = self.list(value, &here)?;
                    quote!(all_of: #list,)
                }
                "anyOf" => {
                    let list = self.list(value, &here)?;
                    quote!(any_of: #list,)
                }
                "oneOf" => {
                    let list = self.list(value, &here)?;
                    quote!(one_of: #list,)
                }
                other => {
                    return Err(Error::unsupported(
                        &here,
                        format!(
                            "request checks do not implement the keyword `{other}`; add it to codegen/src/request_schemas.rs and the SDK's validation"
                        ),
                    ));
                }
            };
            out.extend(tokens);
        }
        Ok(out)
    }
}

/// Builds the document (see the module docs).
pub(crate) fn document(original: &Value) -> Value {
    let resolve = |param: &Value| -> Value { follow(original, param).clone() };
    let mut operations = Map::new();
    let paths = original.get("paths").and_then(Value::as_object);
    for item in paths.into_iter().flat_map(|p| p.values()) {
        let shared: Vec<Value> = item
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(resolve)
            .collect();
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let mut parameters: Vec<Value> = Vec::new();
            let own = op.get("parameters").and_then(Value::as_array);
            for param in shared
                .iter()
                .cloned()
                .chain(own.into_iter().flatten().map(resolve))
            {
                let (Some(name), Some(location)) = (param.get("name"), param.get("in")) else {
                    continue;
                };
                // An operation's own parameter replaces a path-level one of the same name.
                parameters.retain(|p| p["name"] != *name || p["in"] != *location);
                parameters.push(json!({
                    "name": name,
                    "in": location,
                    "required": param.get("required").cloned().unwrap_or(json!(false)),
                    "schema": param.get("schema").cloned().unwrap_or(json!({})),
                }));
            }
            let mut entry = Map::new();
            entry.insert("parameters".into(), Value::Array(parameters));
            if let Some(schema) = op.pointer("/requestBody/content/application~1json/schema") {
                entry.insert("body".into(), schema.clone());
            }
            operations.insert(id.to_owned(), Value::Object(entry));
        }
    }
    let schemas = original
        .pointer("/components/schemas")
        .cloned()
        .unwrap_or_else(|| json!({}));
    let mut document = json!({
        "components": {"schemas": schemas},
        "operations": operations,
    });
    open_up(&mut document);
    document
}

/// Drops string enums, `additionalProperties: false` and documentation-only keywords.
fn open_up(value: &mut Value) {
    match value {
        Value::Object(obj) => {
            let string_enum = obj
                .get("enum")
                .and_then(Value::as_array)
                .is_some_and(|values| values.iter().all(|v| v.is_string() || v.is_null()));
            if string_enum {
                obj.remove("enum");
            }
            if obj.get("additionalProperties") == Some(&Value::Bool(false)) {
                obj.remove("additionalProperties");
            }
            for keyword in ["examples", "example", "description"] {
                if obj.get(keyword).is_some_and(|v| !v.is_object()) {
                    obj.remove(keyword);
                }
            }
            obj.values_mut().for_each(open_up);
        }
        Value::Array(list) => list.iter_mut().for_each(open_up),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_constraints_and_opens_enums_and_objects() {
        let spec = json!({
            "paths": {"/x/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "patch": {
                    "operationId": "patchX",
                    "parameters": [{"$ref": "#/components/parameters/Limit"}],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/X"}}}}
                }
            }},
            "components": {
                "parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 5}}},
                "schemas": {"X": {"type": "object", "additionalProperties": false, "description": "d", "properties": {
                    "name": {"type": "string", "minLength": 1, "examples": ["a"]},
                    "kind": {"type": ["string", "null"], "enum": ["a", null]},
                    "level": {"type": "integer", "enum": [1, 2]}
                }}}
            }
        });
        let doc = document(&spec);
        let op = &doc["operations"]["patchX"];
        assert_eq!(op["body"], json!({"$ref": "#/components/schemas/X"}));
        assert_eq!(
            op["parameters"],
            json!([
                {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "maximum": 5}}
            ])
        );
        let x = &doc["components"]["schemas"]["X"];
        assert_eq!(
            x["properties"]["name"],
            json!({"type": "string", "minLength": 1})
        );
        assert_eq!(x["properties"]["kind"], json!({"type": ["string", "null"]}));
        assert_eq!(x["properties"]["level"]["enum"], json!([1, 2]));
        assert!(x.get("additionalProperties").is_none());
    }

    fn spec_with_body(body: Value) -> Value {
        json!({
            "paths": {"/x": {"post": {
                "operationId": "postX",
                "requestBody": {"content": {"application/json": {"schema": body}}}
            }}},
            "components": {"schemas": {"Node": {"type": "object", "properties": {
                "next": {"$ref": "#/components/schemas/Node"},
                "code": {"type": "string", "pattern": "^[A-Z]+$", "description": "d"}
            }}}}
        })
    }

    #[test]
    fn compiles_constraints_and_cyclic_references_into_statics() {
        let tokens = tokens(&spec_with_body(
            json!({"$ref": "#/components/schemas/Node"}),
        ))
        .unwrap()
        .to_string();
        assert!(tokens.contains("operation_id : \"postX\""), "{tokens}");
        // `Node` is compiled once and refers to itself.
        assert_eq!(
            tokens.matches("components/schemas/Node`").count(),
            1,
            "{tokens}"
        );
        assert!(tokens.contains("Pattern :: new (\"^[A-Z]+$\")"), "{tokens}");
    }

    #[test]
    fn a_keyword_the_checks_do_not_implement_is_refused_naming_it() {
        let body = json!({"type": "object", "patternProperties": {"^x": {"type": "string"}}});
        let err = tokens(&spec_with_body(body)).unwrap_err().to_string();
        assert!(
            err.contains("/operations/postX/body/patternProperties"),
            "{err}"
        );
        assert!(err.contains("`patternProperties`"), "{err}");
        let body = json!({"$ref": "https://example.com/other.json"});
        let err = tokens(&spec_with_body(body)).unwrap_err().to_string();
        assert!(err.contains("only `#/components/schemas/"), "{err}");
    }
}
