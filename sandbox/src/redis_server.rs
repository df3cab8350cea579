//! A throwaway `redis-server` on a free loopback port, for tests of the SDK's shared rate limit
//! (the `redis` feature). It needs the `redis-server` binary on `PATH` (Debian's package).

use std::io::{self, BufRead, BufReader};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};

/// A `redis-server` child process bound to 127.0.0.1 without persistence; killed on drop.
///
/// ```no_run
/// let mut redis = talent_ray_sandbox::RedisServer::start().unwrap();
/// let url = redis.url(); // redis://127.0.0.1:PORT/0
/// redis.stop();
/// redis.restart().unwrap(); // same port, empty data
/// # let _ = url;
/// ```
#[derive(Debug)]
pub struct RedisServer {
    port: u16,
    child: Option<Child>,
}

impl RedisServer {
    /// Starts a server on a free port and returns once it accepts connections.
    pub fn start() -> io::Result<Self> {
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let mut server = Self { port, child: None };
        server.restart()?;
        Ok(server)
    }

    /// `redis://127.0.0.1:PORT/0`.
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/0", self.port)
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Kills the server (its data is lost); connections to it fail until [`restart`](Self::restart).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the server again on the same port (stopping it first if it runs), and returns
    /// once its log says it accepts connections.
    pub fn restart(&mut self) -> io::Result<()> {
        self.stop();
        let mut child = Command::new("redis-server")
            .args(["--bind", "127.0.0.1", "--port", &self.port.to_string()])
            .args(["--save", "", "--appendonly", "no", "--protected-mode", "no"])
            // `DEBUG SLEEP` lets a test make the server slow.
            .args(["--enable-debug-command", "local"])
            .arg("--dir")
            .arg(std::env::temp_dir())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| {
                io::Error::new(
                    e.kind(),
                    format!("cannot run redis-server (apt-get install redis-server): {e}"),
                )
            })?;
        let stdout = child.stdout.take().expect("piped stdout");
        let mut lines = BufReader::new(stdout).lines();
        let ready = lines
            .by_ref()
            .map_while(Result::ok)
            .any(|line| line.contains("Ready to accept connections"));
        if !ready {
            let _ = child.kill();
            let _ = child.wait();
            return Err(io::Error::other(format!(
                "redis-server exited before accepting connections on port {}",
                self.port
            )));
        }
        // Keep draining its log so the server never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        self.child = Some(child);
        Ok(())
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.stop();
    }
}
