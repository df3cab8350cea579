//! The API key ([`ApiKey`], which never shows itself) and how it is sent ([`AuthScheme`]).

use std::fmt;

use reqwest::header::{AUTHORIZATION, HeaderName, HeaderValue};
use secrecy::{ExposeSecret, SecretString};

use crate::Error;

const PREFIX: &str = "tr_";
const BODY_LEN: usize = 64;

/// A Talent-Ray API key: `tr_` followed by 64 characters. `Debug` and `Display` print `tr_***`.
///
/// ```
/// let key = talent_ray::ApiKey::new(format!("tr_{}", "a".repeat(64))).unwrap();
/// assert_eq!(format!("{key:?}"), "ApiKey(tr_***)");
/// assert!(talent_ray::ApiKey::new("not-a-key").is_err());
/// ```
#[derive(Clone)]
pub struct ApiKey(SecretString);

impl ApiKey {
    /// Checks the key's format. The error never repeats the key.
    pub fn new(key: impl Into<String>) -> Result<Self, Error> {
        let key: String = key.into();
        let body = key
            .strip_prefix(PREFIX)
            .ok_or_else(|| Error::Config("an API key must start with `tr_`".into()))?;
        if body.chars().count() != BODY_LEN {
            return Err(Error::Config(format!(
                "an API key is `tr_` plus {BODY_LEN} characters; this one has {} after the prefix",
                body.chars().count()
            )));
        }
        // The docs fix the prefix and the length, not the alphabet: accept any visible ASCII.
        if !body.chars().all(|c| c.is_ascii_graphic()) {
            return Err(Error::Config(
                "an API key may only contain visible ASCII characters".into(),
            ));
        }
        Ok(Self(SecretString::from(key)))
    }

    /// The key itself: for storing a freshly minted key in a secret store. Handle with care.
    ///
    /// ```
    /// let raw = format!("tr_{}", "a".repeat(64));
    /// let key = talent_ray::ApiKey::new(raw.clone()).unwrap();
    /// assert_eq!(key.expose_secret(), raw);
    /// ```
    pub fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }

    fn expose(&self) -> &str {
        self.expose_secret()
    }
}

impl PartialEq for ApiKey {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

impl Eq for ApiKey {}

/// Serialises the plaintext key (the create-key response must round-trip); `Debug` stays redacted.
impl serde::Serialize for ApiKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.expose())
    }
}

/// Decodes and format-checks a key; a malformed key is a decode error that does not echo it.
impl<'de> serde::Deserialize<'de> for ApiKey {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        ApiKey::new(raw).map_err(serde::de::Error::custom)
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(tr_***)")
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("tr_***")
    }
}

/// Which header carries the key.
///
/// ```
/// # fn main() -> talent_ray::Result<()> {
/// let client = talent_ray::Client::builder()
///     .api_key(format!("tr_{}", "a".repeat(64)))
///     .auth_scheme(talent_ray::AuthScheme::XApiKey)
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthScheme {
    /// `Authorization: Bearer tr_…` (the documented default).
    #[default]
    Bearer,
    /// `x-api-key: tr_…` (the documented fallback).
    XApiKey,
}

impl AuthScheme {
    /// The header name and its value, marked sensitive so it is never logged.
    pub(crate) fn header(self, key: &ApiKey) -> (HeaderName, HeaderValue) {
        let (name, value) = match self {
            AuthScheme::Bearer => (AUTHORIZATION, format!("Bearer {}", key.expose())),
            AuthScheme::XApiKey => (
                HeaderName::from_static("x-api-key"),
                key.expose().to_owned(),
            ),
        };
        let mut value =
            HeaderValue::from_str(&value).expect("a validated key is a valid header value");
        value.set_sensitive(true);
        (name, value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> String {
        format!("tr_{}", "Ab9".repeat(21) + "x")
    }

    #[test]
    fn format_errors_never_echo_the_key() {
        for bad in [
            format!("tr_{}", "s3cr3t".repeat(5)),
            format!("xx_{}", "s3cr3t".repeat(11)),
            format!("tr_{} ", "s3cr3t".repeat(10) + "abc"),
        ] {
            let msg = ApiKey::new(bad.clone()).unwrap_err().to_string();
            assert!(!msg.contains("s3cr3t"), "{msg}");
        }
        assert!(ApiKey::new(key()).is_ok());
    }

    #[test]
    fn key_is_redacted_in_debug_and_display_and_header_is_sensitive() {
        let k = ApiKey::new(key()).unwrap();
        assert!(!format!("{k:?}{k}").contains(&key()[3..]));
        let (name, value) = AuthScheme::Bearer.header(&k);
        assert_eq!(name, AUTHORIZATION);
        assert!(value.is_sensitive());
        assert!(!format!("{value:?}").contains(&key()[3..]));
        assert_eq!(AuthScheme::XApiKey.header(&k).0, "x-api-key");
    }
}
