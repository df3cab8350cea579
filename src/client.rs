//! Building a [`Client`]: configuration, environment, and the state every clone shares.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::auth::{ApiKey, AuthScheme};
use crate::rate_limit::{Limiter, RateLimit};
use crate::retry::RetryPolicy;
use crate::scopes::ScopeCache;
use crate::{CallOptions, Client, Error, Result, Scope};

/// Environment variable holding the API key.
///
/// ```
/// assert_eq!(talent_ray::ENV_API_KEY, "TALENT_RAY_API_KEY");
/// ```
pub const ENV_API_KEY: &str = "TALENT_RAY_API_KEY";
/// Environment variable holding a full base URL (wins over [`ENV_INSTANCE`]).
///
/// ```
/// assert_eq!(talent_ray::ENV_BASE_URL, "TALENT_RAY_BASE_URL");
/// ```
pub const ENV_BASE_URL: &str = "TALENT_RAY_BASE_URL";
/// Environment variable naming the instance: `https://{instance}.talent-ray.com`.
///
/// ```
/// assert_eq!(talent_ray::ENV_INSTANCE, "TALENT_RAY_INSTANCE");
/// ```
pub const ENV_INSTANCE: &str = "TALENT_RAY_INSTANCE";
/// The shared platform's instance.
///
/// ```
/// assert_eq!(talent_ray::Client::builder().api_key(format!("tr_{}", "a".repeat(64))).build().unwrap().base_url(),
///            format!("https://{}.talent-ray.com", talent_ray::DEFAULT_INSTANCE));
/// ```
pub const DEFAULT_INSTANCE: &str = "app";
/// `User-Agent` sent with every request.
///
/// ```
/// assert!(talent_ray::USER_AGENT.starts_with("talent-ray-rust/"));
/// ```
pub const USER_AGENT: &str = concat!("talent-ray-rust/", env!("CARGO_PKG_VERSION"));

/// Configures a [`Client`]. Defaults: instance `app`, Bearer auth, 10 s connect and 30 s request
/// timeouts, [`RetryPolicy::default`], [`RateLimit::default`], scopes learned on the way.
///
/// ```
/// use std::time::Duration;
/// use talent_ray::{AuthScheme, Client, RateLimit, RetryPolicy, Scope};
/// # fn main() -> talent_ray::Result<()> {
/// let client = Client::builder()
///     .api_key(format!("tr_{}", "a".repeat(64)))
///     .instance("acme")
///     .auth_scheme(AuthScheme::Bearer)
///     .connect_timeout(Duration::from_secs(5))
///     .timeout(Duration::from_secs(20))
///     .retry(RetryPolicy::default().max_attempts(5))
///     .rate_limit(Some(RateLimit::new(300, Duration::from_secs(60))))
///     .granted_scopes([Scope::CandidatesRead])
///     .build()?;
/// assert_eq!(client.base_url(), "https://acme.talent-ray.com");
///
/// // A base URL wins over the instance; plain http is only allowed to loopback.
/// let local = Client::builder().base_url("http://127.0.0.1:4010").build()?;
/// assert_eq!(local.base_url(), "http://127.0.0.1:4010");
/// assert!(Client::builder().base_url("http://example.com").build().is_err());
/// # Ok(()) }
/// ```
#[derive(Clone)]
#[must_use]
pub struct ClientBuilder {
    api_key: Option<String>,
    base_url: Option<String>,
    instance: Option<String>,
    auth: AuthScheme,
    connect_timeout: Duration,
    timeout: Duration,
    retry: RetryPolicy,
    rate_limit: Option<RateLimit>,
    scopes: Option<Vec<Scope>>,
    allow_insecure_http: bool,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api_key", &self.api_key.as_ref().map(|_| "tr_***"))
            .field("base_url", &self.base_url)
            .field("instance", &self.instance)
            .field("auth", &self.auth)
            .field("retry", &self.retry)
            .field("rate_limit", &self.rate_limit)
            .finish_non_exhaustive()
    }
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            api_key: None,
            base_url: None,
            instance: None,
            auth: AuthScheme::default(),
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            retry: RetryPolicy::default(),
            rate_limit: Some(RateLimit::default()),
            scopes: None,
            allow_insecure_http: false,
        }
    }
}

impl ClientBuilder {
    /// The API key (`tr_` + 64 characters); checked by [`build`](Self::build).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// A full base URL such as `http://127.0.0.1:4010`; wins over [`instance`](Self::instance).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// A dedicated instance: `https://{instance}.talent-ray.com`.
    pub fn instance(mut self, instance: impl Into<String>) -> Self {
        self.instance = Some(instance.into());
        self
    }

    /// Which header carries the key.
    pub fn auth_scheme(mut self, scheme: AuthScheme) -> Self {
        self.auth = scheme;
        self
    }

    /// Connect timeout.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Per-attempt request timeout.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Retry policy.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Client-side rate limit; `None` disables it.
    pub fn rate_limit(mut self, quota: Option<RateLimit>) -> Self {
        self.rate_limit = quota;
        self
    }

    /// The key's granted scopes, if known: scope-gated calls then fail locally when one is missing.
    pub fn granted_scopes(mut self, scopes: impl IntoIterator<Item = Scope>) -> Self {
        self.scopes = Some(scopes.into_iter().collect());
        self
    }

    /// Allow plain `http://` to a host that is not loopback (the key would travel in clear text).
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// Reads [`ENV_API_KEY`], [`ENV_BASE_URL`] and [`ENV_INSTANCE`] over the current settings.
    pub fn from_env(mut self) -> Self {
        // Surrounding whitespace (a trailing newline from `echo` or a secrets file) is dropped,
        // and an empty variable counts as unset.
        let var = |name| {
            std::env::var(name)
                .ok()
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        if let Some(key) = var(ENV_API_KEY) {
            self.api_key = Some(key);
        }
        if let Some(url) = var(ENV_BASE_URL) {
            self.base_url = Some(url);
        }
        if let Some(instance) = var(ENV_INSTANCE) {
            self.instance = Some(instance);
        }
        self
    }

    /// Validates the settings and builds the client.
    pub fn build(self) -> Result<Client> {
        let api_key = self.api_key.map(ApiKey::new).transpose()?;
        let base_url = match (self.base_url, self.instance) {
            (Some(url), _) => url.trim_end_matches('/').to_owned(),
            (None, instance) => {
                let instance = instance.unwrap_or_else(|| DEFAULT_INSTANCE.to_owned());
                if instance.is_empty()
                    || !instance
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-')
                {
                    return Err(Error::Config(format!("invalid instance name {instance:?}")));
                }
                format!("https://{instance}.talent-ray.com")
            }
        };
        let origin = check_transport(&base_url, self.allow_insecure_http)?.origin();
        let http = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .connect_timeout(self.connect_timeout)
            .timeout(self.timeout)
            // Never follow redirects: `x-api-key` would be forwarded to whatever host they name.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?;
        let scopes = ScopeCache::default();
        if let Some(granted) = self.scopes {
            scopes.set(granted);
        }
        let state = ClientState(
            Arc::new(Shared {
                http: http.clone(),
                origin,
                api_key,
                auth: self.auth,
                retry: self.retry,
                limiter: self.rate_limit.map(Limiter::new),
                scopes,
            }),
            CallOptions::default(),
        );
        Ok(Client::new_with_client(&base_url, http, state))
    }
}

/// Parses the base URL and refuses plain http to a host that is not loopback (unless allowed).
fn check_transport(base_url: &str, allow_insecure_http: bool) -> Result<reqwest::Url> {
    let url = reqwest::Url::parse(base_url)
        .map_err(|e| Error::Config(format!("invalid base URL: {e}")))?;
    match url.scheme() {
        "https" => Ok(url),
        "http" if allow_insecure_http || is_loopback(&url) => Ok(url),
        "http" => Err(Error::Config(format!(
            "refusing plain http to non-loopback host {:?}: the API key would be sent unencrypted \
             (use https, or allow_insecure_http(true))",
            url.host_str().unwrap_or_default()
        ))),
        other => Err(Error::Config(format!("unsupported URL scheme {other:?}"))),
    }
}

fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// State shared by every clone of a [`Client`]: the key, policies, limiter and scope cache.
/// Built only by [`ClientBuilder::build`]; its `Debug` never shows the key.
///
/// ```
/// # fn main() -> talent_ray::Result<()> {
/// let client = talent_ray::Client::builder().api_key(format!("tr_{}", "a".repeat(64))).build()?;
/// assert!(format!("{client:?}").contains("tr_***"));
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct ClientState(pub(crate) Arc<Shared>, pub(crate) CallOptions);

pub(crate) struct Shared {
    /// The HTTP client every attempt uses (no redirects), whatever client the generated code
    /// was constructed with.
    pub(crate) http: reqwest::Client,
    /// The only origin the key is sent to: the builder's checked base URL.
    pub(crate) origin: url::Origin,
    pub(crate) api_key: Option<ApiKey>,
    pub(crate) auth: AuthScheme,
    pub(crate) retry: RetryPolicy,
    pub(crate) limiter: Option<Limiter>,
    pub(crate) scopes: ScopeCache,
}

impl fmt::Debug for ClientState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientState")
            .field("api_key", &self.0.api_key)
            .field("auth", &self.0.auth)
            .field("retry", &self.0.retry)
            .field("rate_limited", &self.0.limiter.is_some())
            .field("granted_scopes", &self.0.scopes.get())
            .field("options", &self.1)
            .finish()
    }
}

impl Client {
    /// A builder with the defaults; see [`ClientBuilder`].
    ///
    /// ```
    /// # fn main() -> talent_ray::Result<()> {
    /// let client = talent_ray::Client::builder().api_key(format!("tr_{}", "a".repeat(64))).build()?;
    /// # let _ = client; Ok(()) }
    /// ```
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client from `TALENT_RAY_API_KEY`, `TALENT_RAY_BASE_URL` and `TALENT_RAY_INSTANCE`
    /// (base URL wins over instance; the default instance is `app`).
    ///
    /// ```no_run
    /// # fn main() -> talent_ray::Result<()> {
    /// let client = talent_ray::Client::from_env()?;
    /// # Ok(()) }
    /// ```
    pub fn from_env() -> Result<Client> {
        Client::builder().from_env().build()
    }

    /// The base URL requests go to.
    ///
    /// ```
    /// # fn main() -> talent_ray::Result<()> {
    /// let client = talent_ray::Client::builder().base_url("http://localhost:4010/").build()?;
    /// assert_eq!(client.base_url(), "http://localhost:4010");
    /// # Ok(()) }
    /// ```
    pub fn base_url(&self) -> &str {
        &self.baseurl
    }

    /// The scopes the client knows its key has, if it knows them (from the builder,
    /// [`refresh_scopes`](Self::refresh_scopes), or a server's `insufficient_scope` answer).
    ///
    /// ```
    /// use talent_ray::{Client, Scope};
    /// # fn main() -> talent_ray::Result<()> {
    /// let client = Client::builder().granted_scopes([Scope::RolesRead]).build()?;
    /// assert_eq!(client.granted_scopes(), Some(vec![Scope::RolesRead]));
    /// assert_eq!(Client::builder().build()?.granted_scopes(), None);
    /// # Ok(()) }
    /// ```
    pub fn granted_scopes(&self) -> Option<Vec<Scope>> {
        self.inner.0.scopes.get()
    }

    /// Asks `GET /api/v1/me` for the key's scopes and remembers them.
    ///
    /// ```no_run
    /// # async fn f(client: talent_ray::Client) -> talent_ray::Result<()> {
    /// let scopes = client.refresh_scopes().await?;
    /// println!("{scopes:?}");
    /// # Ok(()) }
    /// ```
    pub async fn refresh_scopes(&self) -> Result<Vec<Scope>> {
        let me = self.get_me().send().await?.into_inner();
        let scopes: Vec<Scope> = me
            .auth
            .scopes
            .iter()
            .map(|s| Scope::from_server(s))
            .collect();
        self.inner.0.scopes.set(scopes.clone());
        Ok(scopes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_to_loopback_unless_allowed() {
        assert!(check_transport("http://127.0.0.1:4010", false).is_ok());
        assert!(check_transport("http://localhost:4010", false).is_ok());
        assert!(check_transport("http://[::1]:4010", false).is_ok());
        assert!(check_transport("https://app.talent-ray.com", false).is_ok());
        let err = check_transport("http://app.talent-ray.com", false)
            .unwrap_err()
            .to_string();
        assert!(err.contains("refusing plain http"), "{err}");
        assert!(check_transport("http://10.0.0.5", true).is_ok());
        assert!(check_transport("ftp://x", true).is_err());
    }
}
