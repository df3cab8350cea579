//! Request input: JSON bodies, path and query parameters, field validation and paging.
//!
//! Every rejection is a JSON error of the path's family, never axum's text/plain default.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use crate::choices::OutOfRange;
use crate::error::{Family, LegacyError, V1Error};

/// Read the body as a JSON object; `Err((message, detail))` otherwise.
async fn json_object<S: Send + Sync>(
    req: Request,
    state: &S,
) -> Result<Map<String, Value>, (String, String)> {
    let bytes = Bytes::from_request(req, state)
        .await
        .map_err(|e| ("Could not read the request body".to_string(), e.body_text()))?;
    let object_required = || {
        (
            "Request body must be a JSON object".to_string(),
            "body must be a JSON object".to_string(),
        )
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(object_required());
    }
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(object_required()),
        Err(e) => Err((
            "Invalid JSON body".to_string(),
            format!("body is not valid JSON: {e}"),
        )),
    }
}

/// A JSON-object request body, parsed without rejecting: handlers check scopes first and
/// then turn a bad body into a 400 of their family with [`Body::v1`] or [`Body::legacy`].
pub(crate) struct Body(Result<Map<String, Value>, (String, String)>);

impl<S: Send + Sync> FromRequest<S> for Body {
    type Rejection = std::convert::Infallible;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        Ok(Body(json_object(req, state).await))
    }
}

impl Body {
    /// The object, or a v1 `bad_request`.
    pub fn v1(self) -> Result<Map<String, Value>, V1Error> {
        self.0
            .map_err(|(message, detail)| V1Error::bad_request(&message, vec![detail]))
    }

    /// The object, or a legacy `{error}` 400.
    pub fn legacy(self) -> Result<Map<String, Value>, LegacyError> {
        self.0
            .map_err(|(message, _)| LegacyError::bad_request(message))
    }
}

/// Path parameters; an undecodable one (e.g. invalid UTF-8) names nothing that exists, so
/// the rejection is a JSON 404 of the path's family.
pub(crate) struct PathParams<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for PathParams<T> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Response> {
        let family = Family::for_path(parts.uri.path());
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(t)) => Ok(PathParams(t)),
            Err(_) => Err(match family {
                Family::V1 => V1Error::not_found().into_response(),
                Family::Legacy => LegacyError::not_found("Not found").into_response(),
            }),
        }
    }
}

/// Decoded query parameters (never rejects).
pub(crate) struct Query(pub Vec<(String, String)>);

impl<S: Send + Sync> FromRequestParts<S> for Query {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let pairs = parts
            .uri
            .query()
            .map(|q| {
                form_urlencoded::parse(q.as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            })
            .unwrap_or_default();
        Ok(Query(pairs))
    }
}

impl Query {
    /// The last value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// An integer parameter within `min..=max`, `default` when absent; `Err(detail)` otherwise.
    pub fn int_in(&self, name: &str, min: i64, max: i64, default: i64) -> Result<i64, String> {
        match self.get(name) {
            None => Ok(default),
            Some(raw) => raw
                .trim()
                .parse::<i64>()
                .ok()
                .filter(|v| (min..=max).contains(v))
                .ok_or_else(|| {
                    if max == i64::MAX {
                        format!("{name} must be an integer greater than or equal to {min}")
                    } else {
                        format!("{name} must be an integer between {min} and {max}")
                    }
                }),
        }
    }

    /// An integer parameter clamped into `min..=max`; `default` when absent or unparsable.
    pub fn int_clamped(&self, name: &str, min: i64, max: i64, default: i64) -> i64 {
        self.get(name)
            .and_then(|raw| raw.trim().parse::<i64>().ok())
            .map_or(default, |v| v.clamp(min, max))
    }

    /// `page` (≥ 0, default 0) and `pageSize` (1–100, default 20): out of range is a 400, or
    /// clamped when the sandbox was told to ([`OutOfRange::Clamp`]).
    pub fn paging(&self, out_of_range: OutOfRange) -> Result<(usize, usize), V1Error> {
        if out_of_range == OutOfRange::Clamp {
            return Ok((
                self.int_clamped("page", 0, i64::MAX, 0) as usize,
                self.int_clamped("pageSize", 1, 100, 20) as usize,
            ));
        }
        let page = self.int_in("page", 0, i64::MAX, 0);
        let size = self.int_in("pageSize", 1, 100, 20);
        match (page, size) {
            (Ok(p), Ok(s)) => Ok((p as usize, s as usize)),
            (p, s) => Err(V1Error::bad_request(
                "Invalid query parameter(s)",
                [p.err(), s.err()].into_iter().flatten().collect(),
            )),
        }
    }
}

/// `{ data, pagination }` for one page of `items`.
pub(crate) fn paginate<T>(
    items: &[T],
    page: usize,
    size: usize,
    render: impl Fn(&T) -> Value,
) -> Value {
    let total = items.len();
    let data: Vec<Value> = items
        .iter()
        .skip(page.saturating_mul(size))
        .take(size)
        .map(render)
        .collect();
    json!({
        "data": data,
        "pagination": {
            "page": page,
            "pageSize": size,
            "totalCount": total,
            "totalPages": total.div_ceil(size),
        }
    })
}

/// Validates the documented fields of a JSON object; unknown fields are ignored.
pub(crate) struct Fields<'a> {
    obj: &'a Map<String, Value>,
    errors: Vec<String>,
    present: usize,
}

/// Loose e-mail check: `local@domain.tld` without spaces.
pub(crate) fn valid_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !s.chars().any(char::is_whitespace)
        && domain
            .split_once('.')
            .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty() && !b.ends_with('.'))
}

/// Loose phone check: optional `+`, then digits and separators, 6–15 digits.
pub(crate) fn valid_phone(s: &str) -> bool {
    let body = s.strip_prefix('+').unwrap_or(s);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    !body.is_empty()
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || " -().".contains(c))
        && (6..=15).contains(&digits)
}

impl<'a> Fields<'a> {
    pub fn new(obj: &'a Map<String, Value>) -> Self {
        Fields {
            obj,
            errors: Vec::new(),
            present: 0,
        }
    }

    fn field(&mut self, name: &str) -> Option<&'a Value> {
        let v = self.obj.get(name)?;
        self.present += 1;
        Some(v)
    }

    fn fail<T>(&mut self, message: String) -> Option<T> {
        self.errors.push(message);
        None
    }

    /// A string that must not be empty.
    pub fn non_empty_string(&mut self, name: &str) -> Option<String> {
        match self.field(name)? {
            Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
            _ => self.fail(format!("{name} must be a non-empty string")),
        }
    }

    /// Any string.
    pub fn string(&mut self, name: &str) -> Option<String> {
        match self.field(name)? {
            Value::String(s) => Some(s.clone()),
            _ => self.fail(format!("{name} must be a string")),
        }
    }

    /// A string or `null`.
    pub fn nullable_string(&mut self, name: &str) -> Option<Option<String>> {
        match self.field(name)? {
            Value::String(s) => Some(Some(s.clone())),
            Value::Null => Some(None),
            _ => self.fail(format!("{name} must be a string or null")),
        }
    }

    /// A valid e-mail address.
    pub fn email(&mut self, name: &str) -> Option<String> {
        match self.field(name)? {
            Value::String(s) if valid_email(s) => Some(s.clone()),
            _ => self.fail(format!("{name} must be a valid email address")),
        }
    }

    /// A valid e-mail address or `null`.
    pub fn nullable_email(&mut self, name: &str) -> Option<Option<String>> {
        match self.field(name)? {
            Value::String(s) if valid_email(s) => Some(Some(s.clone())),
            Value::Null => Some(None),
            _ => self.fail(format!("{name} must be a valid email address or null")),
        }
    }

    /// A valid phone number.
    pub fn phone(&mut self, name: &str) -> Option<String> {
        match self.field(name)? {
            Value::String(s) if valid_phone(s) => Some(s.clone()),
            _ => self.fail(format!("{name} must be a valid phone number")),
        }
    }

    /// A valid phone number or `null`.
    pub fn nullable_phone(&mut self, name: &str) -> Option<Option<String>> {
        match self.field(name)? {
            Value::String(s) if valid_phone(s) => Some(Some(s.clone())),
            Value::Null => Some(None),
            _ => self.fail(format!("{name} must be a valid phone number or null")),
        }
    }

    /// An integer or `null`.
    pub fn nullable_integer(&mut self, name: &str) -> Option<Option<i64>> {
        match self.field(name)? {
            Value::Number(n) if n.as_i64().is_some() => Some(n.as_i64()),
            Value::Null => Some(None),
            _ => self.fail(format!("{name} must be an integer or null")),
        }
    }

    /// An integer ≥ 1.
    pub fn positive_integer(&mut self, name: &str) -> Option<i64> {
        match self.field(name)? {
            Value::Number(n) if n.as_i64().is_some_and(|v| v >= 1) => n.as_i64(),
            _ => self.fail(format!("{name} must be a positive integer")),
        }
    }

    /// A boolean.
    pub fn boolean(&mut self, name: &str) -> Option<bool> {
        match self.field(name)? {
            Value::Bool(b) => Some(*b),
            _ => self.fail(format!("{name} must be a boolean")),
        }
    }

    /// An array of strings.
    pub fn string_array(&mut self, name: &str) -> Option<Vec<String>> {
        match self.field(name)? {
            Value::Array(items) if items.iter().all(Value::is_string) => Some(
                items
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
            ),
            _ => self.fail(format!("{name} must be an array of strings")),
        }
    }

    /// One of `allowed` or `null`.
    pub fn nullable_enum(&mut self, name: &str, allowed: &[&str]) -> Option<Option<String>> {
        match self.field(name)? {
            Value::String(s) if allowed.contains(&s.as_str()) => Some(Some(s.clone())),
            Value::Null => Some(None),
            _ => self.fail(format!(
                "{name} must be one of {} or null",
                allowed.join(", ")
            )),
        }
    }

    /// `Err(400)` when a field was invalid or the body is empty (`{}`); otherwise whether a
    /// documented field was sent (a body of unknown fields only is ignored, as the docs say).
    pub fn finish_update(self) -> Result<bool, V1Error> {
        if !self.errors.is_empty() {
            return Err(V1Error::bad_request("Invalid field(s)", self.errors));
        }
        if self.obj.is_empty() {
            return Err(V1Error::bad_request(
                "Request body must contain at least one updatable field",
                vec!["body must not be empty".into()],
            ));
        }
        Ok(self.present > 0)
    }

    /// `Err(400)` when a field was invalid.
    pub fn finish(self) -> Result<(), V1Error> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(V1Error::bad_request("Invalid field(s)", self.errors))
        }
    }

    /// Record an error for a required field that is missing.
    pub fn require(&mut self, name: &str, what: &str) {
        if !self.obj.contains_key(name) {
            self.errors
                .push(format!("{name} is required and must be {what}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_and_phones() {
        assert!(valid_email("sam@example.com"));
        assert!(!valid_email("sam@example"));
        assert!(!valid_email("sam example@x.com"));
        assert!(!valid_email("@x.com"));
        assert!(valid_phone("+905551112233"));
        assert!(valid_phone("+1 (555) 010-2030"));
        assert!(!valid_phone("call me"));
        assert!(!valid_phone("+12"));
    }

    #[test]
    fn paging_bounds() {
        let q = |s: &str| {
            Query(
                form_urlencoded::parse(s.as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect(),
            )
        };
        let reject = OutOfRange::Reject;
        assert_eq!(q("").paging(reject).unwrap(), (0, 20));
        assert_eq!(q("page=3&pageSize=100").paging(reject).unwrap(), (3, 100));
        assert!(q("page=-1").paging(reject).is_err());
        assert!(q("pageSize=0").paging(reject).is_err());
        assert!(q("pageSize=101").paging(reject).is_err());
        assert!(q("page=abc").paging(reject).is_err());
        let clamp = OutOfRange::Clamp;
        assert_eq!(q("page=-1&pageSize=500").paging(clamp).unwrap(), (0, 100));
        assert_eq!(q("pageSize=0").paging(clamp).unwrap(), (0, 1));
        assert_eq!(q("page=abc").paging(clamp).unwrap(), (0, 20));
    }

    #[test]
    fn pagination_envelope() {
        let v = paginate(&[1, 2, 3, 4, 5], 1, 2, |i| json!(i));
        assert_eq!(v["data"], json!([3, 4]));
        assert_eq!(v["pagination"]["totalPages"], 3);
        let empty = paginate::<i32>(&[], 0, 20, |i| json!(i));
        assert_eq!(empty["pagination"]["totalPages"], 0);
    }
}
