//! `api METHOD PATH`: any documented path, through [`talent_ray::Client::call_raw`] (same auth,
//! scope check, retries and rate limit as the operation commands; `--dry-run`:
//! [`talent_ray::Client::prepare_raw`]).

use serde_json::{Map, Value, json};
use talent_ray::Operation;

use crate::args::ApiArgs;
use crate::commands::{print_prepared, read_json};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::schema::{self, Scalar};
use crate::stream_all::{Stop, stream_all};

/// Runs `api`.
pub async fn run(ctx: &Context, args: &ApiArgs) -> CliResult {
    let method = reqwest::Method::from_bytes(args.method.to_ascii_uppercase().as_bytes())
        .map_err(|_| CliError::Usage(format!("{:?} is not an HTTP method", args.method)))?;
    let (path, query) = match args.path.split_once('?') {
        Some((path, query)) => (path.to_owned(), query.to_owned()),
        None => (args.path.clone(), String::new()),
    };
    if !path.starts_with('/') {
        return Err(CliError::Usage(format!(
            "{path:?}: give the path from the root, e.g. /api/v1/me"
        )));
    }
    let mut pairs: Vec<(String, String)> = form_urlencoded(&query);
    let sends_body = matches!(
        method,
        reqwest::Method::POST | reqwest::Method::PATCH | reqwest::Method::PUT
    );
    let mut body = args.input.as_deref().map(read_json).transpose()?;
    for field in &args.fields {
        let (key, value) = field
            .split_once('=')
            .ok_or_else(|| CliError::Usage(format!("--field {field:?}: expected KEY=VALUE")))?;
        if sends_body {
            let object = body.get_or_insert_with(|| json!({}));
            let fields = object.as_object_mut().ok_or_else(|| {
                CliError::Usage("--field needs --input to be a JSON object".into())
            })?;
            fields.insert(key.to_owned(), typed(value));
        } else {
            pairs.push((key.to_owned(), value.to_owned()));
        }
    }
    let target = with_query(&path, &pairs);
    let client = ctx.client(false)?;
    // Refused here when the path is not documented; tells whether a key is needed.
    let prepared = client
        .prepare_raw(method.clone(), &target, body.clone())
        .await?;
    if ctx.dry_run {
        return print_prepared(ctx, &prepared);
    }
    if !prepared.operation.public && ctx.credentials()?.key.is_none() {
        return Err(CliError::NoKey);
    }

    if args.paginate || args.limit.is_some() {
        // The documented operation behind the path, paged by the SDK's paginator: its path
        // parameters and query as the operation's arguments.
        let op = prepared.operation;
        let mut call_args = call_arguments(op, &path, &pairs)?;
        if let Some(body) = body {
            call_args.insert("body".into(), body);
        }
        let stop = Stop {
            limit: args.limit,
            since: None,
        };
        let mut out = ctx.out.stream();
        let result = stream_all(&client, op, Value::Object(call_args), stop, &mut out).await;
        let finished = out.finish();
        return result.and(finished);
    }
    let response = client.call_raw(method, &target, body).await?;
    if response.body.is_null() {
        ctx.out.note(format!("HTTP {}", response.status));
        return Ok(());
    }
    ctx.out.value(&response.body)
}

/// A `--field` value: numbers, booleans and null typed, anything else a string.
fn typed(value: &str) -> Value {
    match serde_json::from_str::<Value>(value) {
        Ok(v @ (Value::Number(_) | Value::Bool(_) | Value::Null)) => v,
        _ => Value::String(value.to_owned()),
    }
}

fn form_urlencoded(query: &str) -> Vec<(String, String)> {
    reqwest::Url::parse(&format!("http://localhost/?{query}"))
        .map(|url| url.query_pairs().into_owned().collect())
        .unwrap_or_default()
}

/// The arguments of [`talent_ray::Client::call`] for `op` sent to `path` with the query `pairs`:
/// the path's parameters read against the template, each query value typed as the operation's
/// schema says (a list parameter collects its repeats).
fn call_arguments(
    op: &'static Operation,
    path: &str,
    pairs: &[(String, String)],
) -> Result<Map<String, Value>, CliError> {
    let mut args = Map::new();
    for (template, segment) in op.path.split('/').zip(path.split('/')) {
        if let Some(name) = template.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
            let decoded = percent_encoding::percent_decode_str(segment).decode_utf8_lossy();
            args.insert(name.to_owned(), Value::String(decoded.into_owned()));
        }
    }
    let properties = schema::input_schema(op).get("properties");
    for (key, text) in pairs {
        let scalar = properties
            .and_then(|p| p.get(key))
            .and_then(schema::scalar)
            .unwrap_or(Scalar::String);
        if scalar == Scalar::StringList {
            let list = args.entry(key.clone()).or_insert_with(|| json!([]));
            if let Value::Array(list) = list {
                list.push(Value::String(text.clone()));
            }
            continue;
        }
        let value = scalar.parse(key, text).map_err(|e| {
            let problem = e.trim_start_matches('-');
            CliError::Usage(format!(
                "the query's {key}={text}: {problem}; nothing was sent"
            ))
        })?;
        args.insert(key.clone(), value);
    }
    Ok(args)
}

fn with_query(path: &str, pairs: &[(String, String)]) -> String {
    if pairs.is_empty() {
        return path.to_owned();
    }
    let mut url = reqwest::Url::parse("http://localhost/").expect("a fixed URL parses");
    url.query_pairs_mut().extend_pairs(pairs);
    format!("{path}?{}", url.query().unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_queries() {
        assert_eq!(typed("30"), json!(30));
        assert_eq!(typed("true"), json!(true));
        assert_eq!(typed("cand 1"), json!("cand 1"));
        let pairs = form_urlencoded("status=open&x=a%20b");
        assert_eq!(with_query("/p", &pairs), "/p?status=open&x=a+b");
    }
}
