//! Fault injection: scheduled error statuses, delays, dropped connections and broken bodies.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use tokio::sync::watch;

/// What a fault does to the response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Status(u16),
    Delay(Duration),
    Hold(Hold),
    DropConnection,
    TruncatedBody,
    MalformedBody,
}

impl Kind {
    /// The fault's name when it replaces the real response (not for delays and holds, after
    /// which the real handler answers, nor for dropped connections, which answer nothing).
    pub(crate) fn replaces_response(&self) -> Option<&'static str> {
        match self {
            Kind::Status(_) => Some("status"),
            Kind::TruncatedBody => Some("truncated_body"),
            Kind::MalformedBody => Some("malformed_body"),
            Kind::Delay(_) | Kind::Hold(_) | Kind::DropConnection => None,
        }
    }
}

/// `Retry-After` value attached to a fault's response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum RetryAfter {
    Seconds(u64),
    Date(SystemTime),
}

/// A scheduled misbehaviour for the next matching response(s).
///
/// Build one, then queue it with [`Sandbox::inject`](crate::Sandbox::inject):
///
/// ```
/// use std::time::Duration;
/// use talent_ray_sandbox::Fault;
///
/// let _ = Fault::status(429).retry_after_secs(2).on("GET", "/api/v1/candidates");
/// let _ = Fault::status(503).times(2);
/// let _ = Fault::drop_connection().on("POST", "/api/v1/sourcing").after_handler();
/// let _ = Fault::delay(Duration::from_millis(200)).on_path("/api/v1/me");
/// ```
///
/// By default a fault applies once, to any request, before the real handler runs (so
/// nothing is committed). [`after_handler`](Fault::after_handler) lets the handler run and
/// commit first, then replaces its response ("the write landed but the response was lost").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    pub(crate) kind: Kind,
    method: Option<String>,
    path: Option<String>,
    times: u32,
    pub(crate) after_handler: bool,
    pub(crate) retry_after: Option<RetryAfter>,
}

impl Fault {
    fn new(kind: Kind) -> Fault {
        Fault {
            kind,
            method: None,
            path: None,
            times: 1,
            after_handler: false,
            retry_after: None,
        }
    }

    /// Answer with this HTTP status and an error body of the path's family
    /// (v1 `{error: <code>, message}` or legacy `{error: "<message>"}`).
    pub fn status(status: u16) -> Fault {
        assert!(
            (100..=999).contains(&status),
            "invalid HTTP status {status}"
        );
        Fault::new(Kind::Status(status))
    }

    /// Wait this long, then answer normally (the real handler runs).
    pub fn delay(delay: Duration) -> Fault {
        Fault::new(Kind::Delay(delay))
    }

    /// Hold matching requests until the returned [`Hold`] is released, then answer normally
    /// (the real handler runs after the release): an explicit signal instead of a delay.
    ///
    /// ```
    /// # async fn demo(sandbox: &talent_ray_sandbox::Sandbox) {
    /// use talent_ray_sandbox::Fault;
    /// let (fault, hold) = Fault::hold();
    /// sandbox.inject(fault.on("GET", "/api/v1/me"));
    /// // ... send the request, then:
    /// hold.arrived().await; // the request is waiting in the sandbox
    /// hold.release();       // now it is answered
    /// # }
    /// ```
    pub fn hold() -> (Fault, Hold) {
        let hold = Hold::new();
        (Fault::new(Kind::Hold(hold.clone())), hold)
    }

    /// Close the connection without sending any response.
    pub fn drop_connection() -> Fault {
        Fault::new(Kind::DropConnection)
    }

    /// Send headers whose `Content-Length` promises more than is sent, then close.
    pub fn truncated_body() -> Fault {
        Fault::new(Kind::TruncatedBody)
    }

    /// Answer with a complete `application/json` response whose body is not valid JSON.
    pub fn malformed_body() -> Fault {
        Fault::new(Kind::MalformedBody)
    }

    /// Add `Retry-After: <secs>` to the response.
    pub fn retry_after_secs(mut self, secs: u64) -> Fault {
        self.retry_after = Some(RetryAfter::Seconds(secs));
        self
    }

    /// Add `Retry-After: <HTTP-date>` to the response.
    pub fn retry_after_date(mut self, at: SystemTime) -> Fault {
        self.retry_after = Some(RetryAfter::Date(at));
        self
    }

    /// Apply only to this method and concrete path (e.g. `"/api/v1/sourcing/pc_1"`).
    pub fn on(mut self, method: &str, path: &str) -> Fault {
        self.method = Some(method.to_ascii_uppercase());
        self.path = Some(path.to_string());
        self
    }

    /// Apply only to this concrete path, whatever the method.
    pub fn on_path(mut self, path: &str) -> Fault {
        self.method = None;
        self.path = Some(path.to_string());
        self
    }

    /// Apply to the next `n` matching requests (default 1).
    pub fn times(mut self, n: u32) -> Fault {
        self.times = n;
        self
    }

    /// Run the real handler (and commit) first, then replace its response.
    pub fn after_handler(mut self) -> Fault {
        self.after_handler = true;
        self
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.method.as_deref().is_none_or(|m| m == method)
            && self.path.as_deref().is_none_or(|p| p == path)
    }
}

/// The handle of a [`Fault::hold`]: see when a request arrived, and let it go.
#[derive(Clone, Debug)]
pub struct Hold(Arc<HoldInner>);

#[derive(Debug)]
struct HoldInner {
    arrived: watch::Sender<usize>,
    released: watch::Sender<bool>,
}

impl PartialEq for Hold {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Hold {}

impl Hold {
    fn new() -> Hold {
        Hold(Arc::new(HoldInner {
            arrived: watch::channel(0).0,
            released: watch::channel(false).0,
        }))
    }

    /// Wait until a request is being held (returns at once if one already was).
    pub async fn arrived(&self) {
        let mut rx = self.0.arrived.subscribe();
        let _ = rx.wait_for(|n| *n > 0).await;
    }

    /// How many requests this hold has caught so far.
    pub fn arrivals(&self) -> usize {
        *self.0.arrived.borrow()
    }

    /// Let every held request (and any later one) through.
    pub fn release(&self) {
        self.0.released.send_replace(true);
    }

    /// Called by the sandbox: count the arrival, then wait for the release.
    pub(crate) async fn wait(&self) {
        self.0.arrived.send_modify(|n| *n += 1);
        let mut rx = self.0.released.subscribe();
        let _ = rx.wait_for(|released| *released).await;
    }
}

/// Faults waiting to fire, in the order they were queued.
#[derive(Default)]
pub(crate) struct FaultQueue {
    queue: Mutex<Vec<Fault>>,
}

impl FaultQueue {
    pub fn push(&self, fault: Fault) {
        if fault.times > 0 {
            self.lock().push(fault);
        }
    }

    /// Take one use of the first fault matching this request.
    pub(crate) fn take(&self, method: &str, path: &str) -> Option<Fault> {
        let mut queue = self.lock();
        let index = queue.iter().position(|f| f.matches(method, path))?;
        let fault = queue[index].clone();
        queue[index].times -= 1;
        if queue[index].times == 0 {
            queue.remove(index);
        }
        Some(fault)
    }

    pub fn pending(&self) -> usize {
        self.lock().iter().map(|f| f.times as usize).sum()
    }

    pub fn clear(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Fault>> {
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queue_takes_first_match_and_counts_down() {
        let q = FaultQueue::default();
        q.push(Fault::status(500).on("GET", "/a").times(2));
        q.push(Fault::status(503));
        assert_eq!(q.pending(), 3);
        assert_eq!(q.take("POST", "/a").unwrap().kind, Kind::Status(503));
        assert_eq!(q.take("GET", "/a").unwrap().kind, Kind::Status(500));
        assert_eq!(q.take("GET", "/a").unwrap().kind, Kind::Status(500));
        assert!(q.take("GET", "/a").is_none());
        assert_eq!(q.pending(), 0);
    }

    #[test]
    fn on_path_matches_any_method() {
        let f = Fault::status(500).on_path("/x");
        assert!(f.matches("GET", "/x"));
        assert!(f.matches("DELETE", "/x"));
        assert!(!f.matches("GET", "/y"));
    }
}
