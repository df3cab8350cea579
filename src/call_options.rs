//! Per-call options: a timeout or retry policy for one call, or for a cheap clone of the client.

use std::time::Duration;

use crate::{Client, RetryPolicy};

/// Overrides of the client's timeout and retry policy. Give them to [`Client::with_options`].
///
/// ```
/// use std::time::Duration;
/// use talent_ray::{CallOptions, RetryPolicy};
/// let options = CallOptions::new()
///     .timeout(Duration::from_secs(120))
///     .retry(RetryPolicy::default().max_attempts(1));
/// assert_eq!(options.timeout_value(), Some(Duration::from_secs(120)));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct CallOptions {
    timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
}

impl CallOptions {
    /// No overrides: the client's own settings.
    pub fn new() -> Self {
        Self::default()
    }

    /// Per-attempt request timeout, instead of the client's.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Retry policy, instead of the client's.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// The timeout override, if any.
    pub fn timeout_value(&self) -> Option<Duration> {
        self.timeout
    }

    /// The retry policy override, if any.
    pub fn retry_policy(&self) -> Option<&RetryPolicy> {
        self.retry.as_ref()
    }

    /// These options over `base` (set ones win).
    fn over(self, base: &CallOptions) -> CallOptions {
        CallOptions {
            timeout: self.timeout.or(base.timeout),
            retry: self.retry.or_else(|| base.retry.clone()),
        }
    }
}

impl Client {
    /// A clone of this client with `options` over its own settings. The clone is cheap and shares
    /// the connection pool, rate limiter and scope cache, so it can serve one call or many.
    ///
    /// ```no_run
    /// use std::time::Duration;
    /// use talent_ray::{CallOptions, RetryPolicy};
    /// # async fn f(client: talent_ray::Client) -> talent_ray::Result<()> {
    /// // One slow call with a longer timeout.
    /// let usage = client
    ///     .with_options(CallOptions::new().timeout(Duration::from_secs(120)))
    ///     .get_api_key_usage()
    ///     .id("apikey_1")
    ///     .send()
    ///     .await?;
    /// // A client for a batch job that must not retry.
    /// let no_retries = client.with_options(CallOptions::new().retry(RetryPolicy::default().max_attempts(1)));
    /// no_retries.get_me().send().await?;
    /// # let _ = usage; Ok(()) }
    /// ```
    pub fn with_options(&self, options: CallOptions) -> Client {
        let mut state = self.inner.clone();
        state.1 = options.over(&state.1);
        Client::new_with_client(&self.baseurl, self.client.clone(), state)
    }

    /// The options this client applies over its builder's settings (none, unless it came from
    /// [`with_options`](Self::with_options)).
    pub fn options(&self) -> &CallOptions {
        &self.inner.1
    }
}
