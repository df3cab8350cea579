//! The shared rate limit (feature `redis`) against a real `redis-server` started on a free
//! loopback port, and a sandbox enforcing a small quota. Each client below is built on its own,
//! with its own connection pool and in-process limiter, as separate processes would be.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use redis::AsyncCommands;
use sha2::{Digest, Sha256};
use talent_ray::{Client, Error, KEY_PREFIX, RateLimit, RetryPolicy, SharedRateLimit};
use talent_ray_sandbox::{RedisServer, Sandbox};

/// A window short enough for a test; the sandbox enforces the same quota.
const WINDOW: Duration = Duration::from_secs(1);

async fn sandbox(quota: u32) -> Sandbox {
    Sandbox::builder()
        .rate_limit(quota, WINDOW)
        .start()
        .await
        .expect("sandbox starts")
}

/// A generous Redis timeout: these tests check sharing, not a loaded machine's latency.
fn shared(redis: &RedisServer) -> SharedRateLimit {
    SharedRateLimit::url(redis.url()).timeout(Duration::from_millis(500))
}

fn worker(sandbox: &Sandbox, quota: u32, shared: Option<SharedRateLimit>) -> Client {
    Client::builder()
        .base_url(sandbox.base_url())
        .api_key(&sandbox.keys().employer)
        .rate_limit(Some(RateLimit::new(quota, WINDOW)))
        .shared_rate_limit(shared)
        .retry(RetryPolicy::none())
        .build()
        .expect("client builds")
}

/// Calls `get_me` in a loop for `windows` windows; returns (ok, 429s) of the calls started.
async fn drive(client: Client, windows: u32) -> (u32, u32) {
    let start = std::time::Instant::now();
    let (mut ok, mut limited) = (0, 0);
    while start.elapsed() < WINDOW * windows {
        match client.get_me().send().await {
            Ok(_) => ok += 1,
            Err(Error::RateLimited { .. }) => limited += 1,
            Err(e) => panic!("unexpected {e}"),
        }
    }
    (ok, limited)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn independent_clients_share_one_window_use_the_quota_and_never_see_a_429() {
    const QUOTA: u32 = 10;
    const WINDOWS: u32 = 3;
    let redis = RedisServer::start().unwrap();
    let sandbox = sandbox(QUOTA).await;
    let runs = (0..3)
        .map(|_| {
            tokio::spawn(drive(
                worker(&sandbox, QUOTA, Some(shared(&redis))),
                WINDOWS,
            ))
        })
        .collect::<Vec<_>>();
    let (mut ok, mut limited) = (0, 0);
    for run in runs {
        let (o, l) = run.await.unwrap();
        ok += o;
        limited += l;
    }
    assert_eq!(limited, 0, "a shared window let a request earn a 429");
    assert_eq!(sandbox.stats().rate_limited, 0);
    let allowed = QUOTA * WINDOWS;
    assert!(
        f64::from(ok) >= 0.95 * f64::from(allowed),
        "{ok} requests admitted of {allowed} allowed"
    );
}

#[tokio::test]
async fn without_sharing_the_same_clients_earn_429s() {
    // The contrast proving the test above can fail: each client owns the whole quota.
    const QUOTA: u32 = 10;
    let sandbox = sandbox(QUOTA).await;
    let runs = (0..3)
        .map(|_| tokio::spawn(drive(worker(&sandbox, QUOTA, None), 1)))
        .collect::<Vec<_>>();
    let mut limited = 0;
    for run in runs {
        limited += run.await.unwrap().1;
    }
    assert!(limited > 0, "three unshared clients stayed under one quota");
}

#[tokio::test]
async fn a_429_with_retry_after_pauses_every_worker_sharing_the_key() {
    const QUOTA: u32 = 3;
    let redis = RedisServer::start().unwrap();
    let sandbox = sandbox(QUOTA).await;
    // Something outside the shared limiter (a misconfigured worker) fills the server's window.
    let rogue = common::builder(&sandbox, &sandbox.keys().employer)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    for _ in 0..QUOTA {
        rogue.get_me().send().await.unwrap();
    }
    let first = worker(&sandbox, QUOTA, Some(shared(&redis)));
    let err = first.get_me().send().await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::RateLimited {
                retry_after: Some(_)
            }
        ),
        "{err:?}"
    );
    // Another worker, with no retries: it goes through only if it waits out the pause.
    let second = worker(&sandbox, QUOTA, Some(shared(&redis)));
    second
        .get_me()
        .send()
        .await
        .expect("the pause was waited out");
    // The contrast: a worker that does not share the key's state is refused at once.
    let loner = worker(&sandbox, QUOTA, None);
    for _ in 0..QUOTA {
        rogue.get_me().send().await.ok();
    }
    let err = loner.get_me().send().await.unwrap_err();
    assert!(matches!(err, Error::RateLimited { .. }), "{err:?}");
}

#[tokio::test(flavor = "current_thread")]
async fn redis_stopped_and_restarted_mid_run_fails_no_call_and_warns_once_per_outage() {
    const QUOTA: u32 = 30;
    const CLIENTS: usize = 3;
    let captured = common::Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::INFO)
        .finish();
    // A current-thread runtime: every task below logs to this subscriber.
    let _default = tracing::subscriber::set_default(subscriber);
    let log = move || String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();

    let mut redis = RedisServer::start().unwrap();
    let sandbox = sandbox(QUOTA).await;
    // While Redis is down each worker owns the whole quota and may earn 429s: they are retried
    // (honouring Retry-After), so give the retries room.
    let retry = RetryPolicy::default()
        .max_attempts(10)
        .backoff(Duration::from_millis(5), Duration::from_millis(50));
    let done = Arc::new(AtomicU32::new(0));
    let (progress, mut calls) = tokio::sync::mpsc::unbounded_channel();
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let mut workers = Vec::new();
    for _ in 0..CLIENTS {
        let client = Client::builder()
            .base_url(sandbox.base_url())
            .api_key(&sandbox.keys().employer)
            .rate_limit(Some(RateLimit::new(QUOTA, WINDOW)))
            .shared_rate_limit(shared(&redis))
            .retry(retry.clone())
            .build()
            .unwrap();
        let (progress, mut stopped, done) = (progress.clone(), stopped.clone(), done.clone());
        workers.push(tokio::spawn(async move {
            loop {
                tokio::select! {
                    result = client.get_me().send() => {
                        result.expect("no call fails while Redis goes away and comes back");
                        done.fetch_add(1, Ordering::SeqCst);
                        progress.send(()).unwrap();
                    }
                    _ = stopped.changed() => return,
                }
            }
        }));
    }
    drop(progress);
    let warned = |log: &str| {
        log.matches("falling back to the in-process limiter")
            .count()
    };
    let back = |log: &str| log.matches("Redis answers again").count();
    // Phase by progress, not by sleeping: some calls through Redis, then stop it until every
    // worker has fallen back, restart it, and run until every worker is back on it.
    let mut phase = 0;
    while calls.recv().await.is_some() {
        let text = log();
        match phase {
            0 if done.load(Ordering::SeqCst) >= 10 => {
                assert_eq!(warned(&text), 0, "{text}");
                redis.stop();
                phase = 1;
            }
            1 if warned(&text) == CLIENTS => {
                redis.restart().unwrap();
                phase = 2;
            }
            2 if back(&text) == CLIENTS => break,
            _ => {}
        }
    }
    stop.send(true).unwrap();
    for w in workers {
        w.await.unwrap();
    }
    let text = log();
    assert_eq!(
        warned(&text),
        CLIENTS,
        "one warning per worker per outage:\n{text}"
    );
    assert_eq!(back(&text), CLIENTS, "{text}");
    // Back on Redis: the window is kept there again.
    let mut conn = redis::Client::open(redis.url())
        .unwrap()
        .get_multiplexed_async_connection()
        .await
        .unwrap();
    let keys: Vec<String> = conn.keys(format!("{KEY_PREFIX}*")).await.unwrap();
    assert!(!keys.is_empty());
}

#[tokio::test]
async fn the_redis_keys_hold_a_hash_never_the_api_key_and_expire() {
    let redis = RedisServer::start().unwrap();
    let sandbox = sandbox(5).await;
    let client = worker(&sandbox, 5, Some(shared(&redis)));
    client.get_me().send().await.unwrap();

    let key = &sandbox.keys().employer;
    let mut conn = redis::Client::open(redis.url())
        .unwrap()
        .get_multiplexed_async_connection()
        .await
        .unwrap();
    let keys: Vec<String> = conn.keys("*").await.unwrap();
    // The documented layout: prefix, then the first 32 hex digits of SHA-256(origin \n key).
    let digest = Sha256::digest(format!("{}\n{key}", sandbox.base_url()));
    let tag: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(keys, [format!("talent-ray:rate-limit:{{{tag}}}:window")]);
    let secret = key.trim_start_matches("tr_");
    for name in &keys {
        assert!(!name.contains(secret), "{name}");
        let members: Vec<String> = conn.zrange(name.as_str(), 0, -1).await.unwrap();
        assert_eq!(members.len(), 1);
        assert!(members.iter().all(|m| !m.contains(secret)));
        let ttl: i64 = conn.pttl(name.as_str()).await.unwrap();
        assert!(
            ttl > 0 && ttl <= (WINDOW.as_millis() as i64) + 1000,
            "{name} expires in {ttl} ms"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn unreachable_or_paused_redis_never_fails_a_call() {
    let captured = common::Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_ansi(false)
        .finish();
    let _default = tracing::subscriber::set_default(subscriber);
    let sandbox = sandbox(20).await;

    // Nobody listens on this port.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let nowhere = SharedRateLimit::url(format!("redis://127.0.0.1:{port}/0"));
    let client = worker(&sandbox, 20, Some(nowhere));
    for _ in 0..3 {
        client
            .get_me()
            .send()
            .await
            .expect("no Redis, still served");
    }

    // A Redis that stops answering (CLIENT PAUSE holds every client's commands for 2 s): the
    // call falls back after its 100 ms timeout instead of waiting for Redis.
    let redis = RedisServer::start().unwrap();
    let slow = worker(
        &sandbox,
        20,
        Some(SharedRateLimit::url(redis.url()).timeout(Duration::from_millis(100))),
    );
    slow.get_me().send().await.unwrap();
    let log = || String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let warnings = |text: &str| {
        text.matches("falling back to the in-process limiter")
            .count()
    };
    assert_eq!(
        warnings(&log()),
        1,
        "only the unreachable one fell back so far"
    );
    let mut admin = redis::Client::open(redis.url())
        .unwrap()
        .get_multiplexed_async_connection()
        .await
        .unwrap();
    let () = redis::cmd("CLIENT")
        .arg("PAUSE")
        .arg(2000)
        .arg("ALL")
        .query_async(&mut admin)
        .await
        .unwrap();
    let started = std::time::Instant::now();
    slow.get_me()
        .send()
        .await
        .expect("a slow Redis, still served");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "the call waited for the paused Redis"
    );

    let text = log();
    assert_eq!(warnings(&text), 2, "one warning per client:\n{text}");
    assert!(!text.contains(&sandbox.keys().employer));
}
