//! One server of a fleet: its address, how many workers it has, a connection pool to
//! it, and how its attempts went lately.

use std::io::{BufReader, Read};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use afterburner_monolith::RunResult;
use serde::Deserialize;

use super::address::ServerUrl;
use super::retry::RetryPolicy;

/// How long a server may take to answer `GET /healthz`.
const HEALTH_TIMEOUT: Duration = Duration::from_secs(10);

/// Most bytes of an error answer kept for the message.
const ERROR_BODY_BYTES: u64 = 64 * 1024;

/// A server that could not be used: its address and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{url} did not answer GET /healthz as an afterburner server: {reason}")]
pub struct Unhealthy {
    /// The server.
    pub url: ServerUrl,
    /// What went wrong.
    pub reason: String,
}

/// Why one attempt at a run on one server failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AttemptError {
    /// The server answered 429 or a 5xx: it is busy, stopping or failing for now.
    #[error("answered {status}: {message}")]
    Unavailable {
        /// The HTTP status.
        status: u16,
        /// The server's message.
        message: String,
        /// How long the server asked the client to wait.
        retry_after: Option<Duration>,
    },
    /// No answer: the connection failed, broke or timed out.
    #[error("{0}")]
    Unreachable(String),
    /// The server refused the run with a 4xx other than 429: sending it again cannot
    /// help.
    #[error("refused the run with {status}: {message}")]
    Refused {
        /// The HTTP status.
        status: u16,
        /// The server's message.
        message: String,
    },
    /// The answer was not a run result.
    #[error("answered something that is not a run result ({0}); is it an afterburner server of a matching version?")]
    Garbled(String),
}

impl AttemptError {
    /// Whether another attempt (here or on another server) may succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            AttemptError::Unavailable { .. } | AttemptError::Unreachable(_)
        )
    }

    /// The wait the server asked for, if any.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            AttemptError::Unavailable { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

/// One server and its connections.
#[derive(Debug)]
pub struct Member {
    /// Its address.
    pub url: ServerUrl,
    /// How many workers it runs (from `/healthz`).
    pub workers: usize,
    agent: ureq::Agent,
    failures_in_row: AtomicU32,
}

#[derive(Deserialize)]
struct Health {
    workers: usize,
}

impl Member {
    /// Asks `url` for its health and worker count.
    pub fn connect(url: ServerUrl, policy: &RetryPolicy) -> Result<Member, Unhealthy> {
        let unhealthy = |reason: String| Unhealthy {
            url: url.clone(),
            reason,
        };
        let probe = ureq::AgentBuilder::new()
            .timeout_connect(policy.connect_timeout)
            .timeout(HEALTH_TIMEOUT)
            .build();
        let response = probe
            .get(&url.at("/healthz"))
            .call()
            .map_err(|e| unhealthy(describe(&e)))?;
        let health: Health = serde_json::from_reader(BufReader::new(response.into_reader()))
            .map_err(|e| unhealthy(format!("its answer lacks a worker count ({e})")))?;
        if health.workers == 0 {
            return Err(unhealthy("it reports no workers".into()));
        }
        let agent = ureq::AgentBuilder::new()
            .timeout_connect(policy.connect_timeout)
            .max_idle_connections_per_host(health.workers)
            .build();
        Ok(Member {
            url,
            workers: health.workers,
            agent,
            failures_in_row: AtomicU32::new(0),
        })
    }

    /// Sends one run (a `RunSpec` as JSON) to `POST /v1/runs` and waits at most
    /// `timeout` for its result.
    pub fn send(&self, spec_json: &[u8], timeout: Duration) -> Result<RunResult, AttemptError> {
        let answer = self
            .agent
            .post(&self.url.at("/v1/runs"))
            .timeout(timeout)
            .set("content-type", "application/json")
            .send_bytes(spec_json);
        let outcome = match answer {
            Ok(response) => serde_json::from_reader(BufReader::new(response.into_reader()))
                .map_err(|e| {
                    if e.is_io() {
                        AttemptError::Unreachable(format!("the answer broke off: {e}"))
                    } else {
                        AttemptError::Garbled(e.to_string())
                    }
                }),
            Err(ureq::Error::Status(status, response)) => {
                let retry_after = response
                    .header("retry-after")
                    .and_then(|s| s.trim().parse::<u64>().ok())
                    .map(Duration::from_secs);
                let message = error_message(response);
                Err(if status == 429 || status >= 500 {
                    AttemptError::Unavailable {
                        status,
                        message,
                        retry_after,
                    }
                } else {
                    AttemptError::Refused { status, message }
                })
            }
            Err(e) => Err(AttemptError::Unreachable(describe(&e))),
        };
        match &outcome {
            Err(e) if e.is_retryable() => {
                self.failures_in_row.fetch_add(1, Ordering::Relaxed);
            }
            _ => self.failures_in_row.store(0, Ordering::Relaxed),
        }
        outcome
    }

    /// How long to rest before taking more work, when the last few attempts here all
    /// failed: a server that keeps failing is left alone for a growing while instead of
    /// using up the attempts of every run that comes by.
    pub fn cooldown(&self, policy: &RetryPolicy) -> Option<Duration> {
        let failures = self.failures_in_row.load(Ordering::Relaxed);
        let threshold = policy.per_server + 1;
        (failures >= threshold)
            .then(|| policy.backoff(failures - threshold + 1, None, fastrand::f64()))
    }
}

/// An error of the HTTP client in words, without the URL (the caller names the
/// server), saying so plainly when it was a timeout.
fn describe(error: &ureq::Error) -> String {
    let transport = match error {
        ureq::Error::Status(status, _) => return format!("answered {status}"),
        ureq::Error::Transport(transport) => transport,
    };
    let mut words = transport.kind().to_string().to_lowercase();
    if let Some(message) = transport.message() {
        words = format!("{words}: {message}");
    }
    let mut source = std::error::Error::source(transport);
    while let Some(cause) = source {
        words = format!("{words}: {cause}");
        let timed_out = cause.downcast_ref::<std::io::Error>().is_some_and(|io| {
            matches!(
                io.kind(),
                std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
            )
        });
        if timed_out {
            return format!("no answer in time ({words})");
        }
        source = cause.source();
    }
    words
}

/// The `error` field of an error answer, or its text.
fn error_message(response: ureq::Response) -> String {
    let mut text = String::new();
    let _ = response
        .into_reader()
        .take(ERROR_BODY_BYTES)
        .read_to_string(&mut text);
    let message = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v.get("error").and_then(|e| e.as_str()).map(str::to_string))
        .unwrap_or_else(|| text.trim().chars().take(500).collect());
    if message.is_empty() {
        "no message".into()
    } else {
        message
    }
}
