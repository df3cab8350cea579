//! The shared sliding window in Redis: one sorted set of request ids scored by time per key, and
//! one pause marker, both read and written by Lua scripts on Redis's own clock (`TIME`).

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use sha2::{Digest, Sha256};
use tokio::time::Instant;

use crate::rate_limit::RateLimit;
use crate::{ApiKey, Error, Result};

/// The default prefix of the Redis keys. A key's window is the sorted set
/// `{prefix}{H}:window` and its pause the string `{prefix}{H}:pause`, where `H` is the first 32
/// hex digits of SHA-256 over the base URL's origin, a newline and the API key (the braces are a
/// hash tag: both keys land on one cluster slot). The key itself is never stored.
///
/// ```
/// assert_eq!(talent_ray::KEY_PREFIX, "talent-ray:rate-limit:");
/// ```
pub const KEY_PREFIX: &str = "talent-ray:rate-limit:";

/// Sliding-window admission: `0` when admitted (and recorded), else the microseconds to wait.
static ACQUIRE: LazyLock<redis::Script> = LazyLock::new(|| {
    redis::Script::new(
        r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if paused > now then return paused - now end
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)
",
    )
});

/// The response is in: the request's time moves to now (if it is still in the window).
static ARRIVED: LazyLock<redis::Script> = LazyLock::new(|| {
    redis::Script::new(
        r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
if redis.call('ZADD', KEYS[1], 'XX', 'CH', now, ARGV[1]) == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
",
    )
});

/// A 429: nobody sends before now + `ARGV[1]` microseconds (a later pause already set wins).
static PAUSE: LazyLock<redis::Script> = LazyLock::new(|| {
    redis::Script::new(
        r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local wait = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if now + wait > current then
  redis.call('SET', KEYS[1], now + wait, 'PX', math.ceil(wait / 1000) + 1)
end
return 0
",
    )
});

/// How long a worker that fell back waits before asking Redis again.
const PROBE_EVERY: Duration = Duration::from_secs(1);

/// A rate limit shared through Redis by every worker (process, pod, machine) using the same API
/// key against the same server: at most the client's [`RateLimit`] in any sliding window,
/// counted from each response's arrival, and a 429's `Retry-After` pauses them all.
///
/// When Redis is unreachable or slower than [`timeout`](Self::timeout), calls go on under the
/// in-process limiter, with one `tracing` warning; the shared window is used again as soon as
/// Redis answers (asked at most once a second meanwhile).
///
/// ```
/// use std::time::Duration;
/// use talent_ray::{Client, RateLimit, SharedRateLimit};
/// # fn main() -> talent_ray::Result<()> {
/// let client = Client::builder()
///     .api_key(format!("tr_{}", "a".repeat(64)))
///     .rate_limit(Some(RateLimit::new(600, Duration::from_secs(60))))
///     .shared_rate_limit(SharedRateLimit::url("redis://127.0.0.1:6379/0").timeout(Duration::from_millis(20)))
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone)]
#[must_use]
pub struct SharedRateLimit {
    source: Source,
    timeout: Duration,
    connect_timeout: Duration,
    key_prefix: String,
}

#[derive(Clone)]
enum Source {
    Url(String),
    Client(redis::Client),
    Connection(ConnectionManager),
}

impl SharedRateLimit {
    /// Redis at `url` (`redis://[:password@]host[:port][/db]`), connected on first use; checked
    /// by [`ClientBuilder::build`](crate::ClientBuilder::build).
    pub fn url(url: impl Into<String>) -> Self {
        Self::from_source(Source::Url(url.into()))
    }

    /// An existing Redis client, connected on first use.
    pub fn client(client: redis::Client) -> Self {
        Self::from_source(Source::Client(client))
    }

    /// An existing connection manager (reconnecting), shared with the rest of the application.
    pub fn connection(connection: ConnectionManager) -> Self {
        Self::from_source(Source::Connection(connection))
    }

    fn from_source(source: Source) -> Self {
        Self {
            source,
            timeout: Duration::from_millis(10),
            connect_timeout: Duration::from_millis(250),
            key_prefix: KEY_PREFIX.to_owned(),
        }
    }

    /// How long one Redis round trip may take before this call falls back to the in-process
    /// limiter (default 10 ms).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// How long connecting to Redis may take (default 250 ms).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The keys' prefix (default [`KEY_PREFIX`]).
    pub fn key_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.key_prefix = prefix.into();
        self
    }
}

impl fmt::Debug for SharedRateLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let source = match &self.source {
            Source::Url(url) => redacted(url),
            Source::Client(_) => "a redis::Client".to_owned(),
            Source::Connection(_) => "a redis ConnectionManager".to_owned(),
        };
        f.debug_struct("SharedRateLimit")
            .field("redis", &source)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("key_prefix", &self.key_prefix)
            .finish()
    }
}

/// A Redis URL without its credentials.
fn redacted(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) => {
            let _ = parsed.set_username("");
            let _ = parsed.set_password(None);
            parsed.to_string()
        }
        Err(_) => "(not a URL)".to_owned(),
    }
}

/// The shared limiter of one client and its clones.
#[derive(Clone, Debug)]
pub(crate) struct RedisLimiter(Arc<Inner>);

struct Inner {
    client: Option<redis::Client>,
    connection: tokio::sync::OnceCell<ConnectionManager>,
    window_key: String,
    pause_key: String,
    quota: RateLimit,
    timeout: Duration,
    connect_timeout: Duration,
    /// Keeps this process's callers in arrival order while one of them waits for the window.
    turn: tokio::sync::Mutex<()>,
    /// On the in-process limiter since Redis failed; warned once per outage.
    degraded: AtomicBool,
    next_probe: Mutex<Instant>,
}

impl fmt::Debug for Inner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisLimiter")
            .field("window_key", &self.window_key)
            .field("timeout", &self.timeout)
            .field("degraded", &self.degraded.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

/// A request admitted by the shared window; dropping it when the response is in moves its time
/// to the arrival.
#[derive(Debug)]
pub(crate) struct SharedSlot {
    limiter: RedisLimiter,
    member: Option<String>,
}

impl RedisLimiter {
    pub(crate) fn new(
        config: SharedRateLimit,
        quota: RateLimit,
        origin: &url::Origin,
        api_key: &ApiKey,
    ) -> Result<Self> {
        let (client, connection) = match config.source {
            Source::Url(url) => {
                let client = redis::Client::open(url.as_str()).map_err(|e| {
                    Error::Config(format!(
                        "invalid Redis URL for the shared rate limit ({}): {e}",
                        redacted(&url)
                    ))
                })?;
                (Some(client), None)
            }
            Source::Client(client) => (Some(client), None),
            Source::Connection(connection) => (None, Some(connection)),
        };
        let mut hash = Sha256::new();
        hash.update(origin.ascii_serialization().as_bytes());
        hash.update(b"\n");
        hash.update(api_key.expose_secret().as_bytes());
        let digest = hash.finalize();
        let tag: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        let prefix = config.key_prefix;
        Ok(Self(Arc::new(Inner {
            client,
            connection: tokio::sync::OnceCell::new_with(connection),
            window_key: format!("{prefix}{{{tag}}}:window"),
            pause_key: format!("{prefix}{{{tag}}}:pause"),
            quota,
            timeout: config.timeout,
            connect_timeout: config.connect_timeout,
            turn: tokio::sync::Mutex::new(()),
            degraded: AtomicBool::new(false),
            next_probe: Mutex::new(Instant::now()),
        })))
    }

    /// Waits for a place in the shared window; `None` when Redis failed (the caller goes on
    /// under the in-process limiter).
    pub(crate) async fn acquire(&self) -> Option<SharedSlot> {
        let inner = &self.0;
        let _turn = inner.turn.lock().await;
        let member = format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..));
        let window_us = inner.quota.window().as_micros() as u64;
        loop {
            if !inner.due() {
                return None;
            }
            let mut call = ACQUIRE.prepare_invoke();
            call.key(inner.window_key.as_str())
                .key(inner.pause_key.as_str())
                .arg(inner.quota.requests())
                .arg(window_us)
                .arg(member.as_str())
                .arg(inner.expiry_ms());
            match inner.run::<u64>(&call).await {
                Ok(0) => {
                    return Some(SharedSlot {
                        limiter: self.clone(),
                        member: Some(member),
                    });
                }
                Ok(wait_us) => {
                    let wait = Duration::from_micros(wait_us).min(inner.quota.window());
                    tokio::time::sleep(wait).await;
                }
                Err(why) => {
                    inner.fell_back(&why);
                    return None;
                }
            }
        }
    }

    /// Tells every worker sharing the window to wait `wait` before its next request.
    pub(crate) async fn pause(&self, wait: Duration) {
        let inner = &self.0;
        if !inner.due() {
            return;
        }
        let mut call = PAUSE.prepare_invoke();
        call.key(inner.pause_key.as_str())
            .arg(wait.as_micros() as u64);
        if let Err(why) = inner.run::<u64>(&call).await {
            inner.fell_back(&why);
        }
    }

    async fn arrived(&self, member: &str) {
        let inner = &self.0;
        let mut call = ARRIVED.prepare_invoke();
        call.key(inner.window_key.as_str())
            .arg(member)
            .arg(inner.expiry_ms());
        if let Err(why) = inner.run::<u64>(&call).await {
            inner.fell_back(&why);
        }
    }
}

impl SharedSlot {
    /// The response is in: the request's time in the shared window moves to now.
    pub(crate) async fn arrived(mut self) {
        if let Some(member) = self.member.take() {
            self.limiter.arrived(&member).await;
        }
    }
}

impl Drop for SharedSlot {
    fn drop(&mut self) {
        // A call dropped before its response (cancelled): move its time in the background.
        if let (Some(member), Ok(runtime)) =
            (self.member.take(), tokio::runtime::Handle::try_current())
        {
            let limiter = self.limiter.clone();
            runtime.spawn(async move { limiter.arrived(&member).await });
        }
    }
}

impl Inner {
    /// Entries outlive their window by a second, then Redis drops the key on its own.
    fn expiry_ms(&self) -> u64 {
        self.quota.window().as_millis() as u64 + 1000
    }

    /// Whether to ask Redis now: always while it works, once a second after it failed.
    fn due(&self) -> bool {
        !self.degraded.load(Ordering::Acquire)
            || *self.next_probe.lock().expect("probe lock") <= Instant::now()
    }

    async fn run<T: redis::FromRedisValue>(
        &self,
        call: &redis::ScriptInvocation<'_>,
    ) -> std::result::Result<T, String> {
        let mut connection = self.connection().await?;
        let result = tokio::time::timeout(self.timeout, call.invoke_async(&mut connection))
            .await
            .map_err(|_| format!("no answer within {:?}", self.timeout))?
            .map_err(|e| e.to_string());
        if result.is_ok() && self.degraded.swap(false, Ordering::AcqRel) {
            tracing::info!("shared rate limit: Redis answers again, back on the shared window");
        }
        result
    }

    async fn connection(&self) -> std::result::Result<ConnectionManager, String> {
        let connect = async {
            let client = self
                .client
                .clone()
                .expect("a client when not given a connection");
            let config = ConnectionManagerConfig::new()
                .set_connection_timeout(Some(self.connect_timeout))
                .set_response_timeout(Some(self.timeout))
                .set_number_of_retries(0);
            ConnectionManager::new_with_config(client, config).await
        };
        let connection = tokio::time::timeout(
            self.connect_timeout,
            self.connection.get_or_try_init(|| connect),
        )
        .await
        .map_err(|_| format!("cannot connect within {:?}", self.connect_timeout))?
        .map_err(|e| format!("cannot connect: {e}"))?;
        Ok(connection.clone())
    }

    fn fell_back(&self, why: &str) {
        *self.next_probe.lock().expect("probe lock") = Instant::now() + PROBE_EVERY;
        if !self.degraded.swap(true, Ordering::AcqRel) {
            tracing::warn!(
                error = why,
                "shared rate limit: Redis unavailable, falling back to the in-process limiter \
                 until it answers again"
            );
        }
    }
}
