//! Running batches on Monolith servers instead of the local sandbox: a [`Fleet`] spreads
//! the runs of a batch over one or many `afterburner serve` instances, keeping each
//! server as busy as it has workers, and retries what a server could not take.
//!
//! Every run is sent as `POST /v1/runs`, whose answer is the run's result exactly as the
//! local runner makes it. A run is tried again when its server is busy (429, 503 — after
//! the `Retry-After` it asked for, capped), failing (other 5xx), unreachable or silent
//! past a timeout derived from the run's limits; it moves to another server when one
//! keeps failing it. A 4xx other than 429 means the request itself is wrong and is not
//! sent again. A run that cannot be carried out ends as a sandbox error naming the
//! server and the last error, never lost and never awaited forever.
//!
//! ```no_run
//! use afterburner_monolith::pool::Execute;
//! use afterburner_monolith::runner::RunRequest;
//! use afterburner_monolith::Language;
//! use afterburner_server::remote::{Fleet, ServerUrl};
//!
//! let urls: Vec<ServerUrl> = ["http://10.0.0.5:8000", "http://10.0.0.6:8000"]
//!     .iter()
//!     .map(|u| u.parse().expect("http://host:port"))
//!     .collect();
//! let fleet = Fleet::connect(&urls).expect("both servers answer /healthz");
//! let requests = vec![RunRequest::new(Language::Python, "print(6 * 7)"); 100];
//! let results = fleet.run_all(&requests, &|index, result| {
//!     eprintln!("run {index}: {}", result.status);
//! });
//! assert_eq!(results.len(), 100);
//! ```

mod address;
mod board;
mod member;
mod retry;

use std::time::Instant;

use afterburner_monolith::pool::Execute;
use afterburner_monolith::runner::RunRequest;
use afterburner_monolith::RunResult;

use crate::wire::RunSpec;
pub use address::{BadServerUrl, ServerUrl};
use board::{Board, Job};
pub use member::Unhealthy;
use member::{AttemptError, Member};
pub use retry::RetryPolicy;

/// A fleet that could not be put together.
#[derive(Debug, thiserror::Error)]
pub enum FleetError {
    /// No address was given.
    #[error("no Monolith server given: pass at least one address like http://host:8000")]
    NoServers,
    /// Some servers did not answer their health check.
    #[error(
        "{} of {total} Monolith servers cannot be used: {}; check that `afterburner serve` runs at each address and that this machine can reach it",
        .unhealthy.len(),
        .unhealthy.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
    )]
    Unhealthy {
        /// The servers that failed, in the order given.
        unhealthy: Vec<Unhealthy>,
        /// How many servers were given.
        total: usize,
    },
}

/// Monolith servers reached over HTTP, used together as one executor whose width is
/// the sum of their workers.
#[derive(Debug)]
pub struct Fleet {
    members: Vec<Member>,
    policy: RetryPolicy,
}

/// What became of a run on one server.
enum Step {
    /// It has its result (boxed: a result is large, a job small).
    Done(Box<RunResult>),
    /// It goes to another server.
    Move(Job),
}

impl Step {
    /// The run could not be carried out, for `reason`.
    fn failed(reason: impl Into<String>) -> Step {
        Step::Done(Box::new(RunResult::sandbox_error(reason)))
    }
}

impl Fleet {
    /// Checks every server's `/healthz` (all at once) and learns its worker count, with
    /// the default [`RetryPolicy`].
    pub fn connect(urls: &[ServerUrl]) -> Result<Fleet, FleetError> {
        Fleet::connect_with(urls, RetryPolicy::default())
    }

    /// [`Fleet::connect`] with the given retry policy.
    pub fn connect_with(urls: &[ServerUrl], policy: RetryPolicy) -> Result<Fleet, FleetError> {
        if urls.is_empty() {
            return Err(FleetError::NoServers);
        }
        let checked: Vec<Result<Member, Unhealthy>> = std::thread::scope(|scope| {
            let checks: Vec<_> = urls
                .iter()
                .map(|url| scope.spawn(|| Member::connect(url.clone(), &policy)))
                .collect();
            checks
                .into_iter()
                .zip(urls)
                .map(|(check, url)| {
                    check.join().unwrap_or_else(|_| {
                        Err(Unhealthy {
                            url: url.clone(),
                            reason: "checking it failed unexpectedly".into(),
                        })
                    })
                })
                .collect()
        });
        let (members, unhealthy): (Vec<_>, Vec<_>) = checked.into_iter().partition(Result::is_ok);
        if !unhealthy.is_empty() {
            return Err(FleetError::Unhealthy {
                unhealthy: unhealthy.into_iter().filter_map(Result::err).collect(),
                total: urls.len(),
            });
        }
        Ok(Fleet {
            members: members.into_iter().filter_map(Result::ok).collect(),
            policy,
        })
    }

    /// The servers and their worker counts, in the order given.
    pub fn servers(&self) -> impl Iterator<Item = (&ServerUrl, usize)> {
        self.members.iter().map(|m| (&m.url, m.workers))
    }

    /// Feeds server `server` from the board, one run at a time, until the batch is done.
    fn feed(
        &self,
        server: usize,
        requests: &[RunRequest],
        board: &Board,
        on_done: &(dyn Fn(usize, &RunResult) + Sync),
    ) {
        let _abandon_on_panic = AbandonOnPanic(board);
        loop {
            if let Some(rest) = self.members[server].cooldown(&self.policy) {
                if !board.pause_until(Instant::now() + rest) {
                    return;
                }
            }
            let Some(job) = board.take(server) else {
                return;
            };
            let index = job.index;
            match self.attempt(server, &requests[index], job) {
                Step::Done(result) => {
                    on_done(index, &result);
                    board.finish(index, *result);
                }
                Step::Move(job) => board.hand_back(job),
            }
        }
    }

    /// Tries `job` on `server` until it has a result, runs out of attempts, or has
    /// failed here often enough to go elsewhere.
    fn attempt(&self, server: usize, request: &RunRequest, mut job: Job) -> Step {
        let member = &self.members[server];
        let body = match RunSpec::from_request(request)
            .map_err(|e| format!("reading the program's stdin file: {e}"))
            .and_then(|spec| {
                serde_json::to_vec(&spec).map_err(|e| format!("encoding the run: {e}"))
            }) {
            Ok(body) => body,
            Err(reason) => return Step::failed(reason),
        };
        let timeout = self.policy.answer_timeout(&request.limits);
        let mut failures_here = 0;
        loop {
            let error = match member.send(&body, timeout) {
                Ok(result) => return Step::Done(Box::new(result)),
                Err(e) => e,
            };
            if !error.is_retryable() {
                return Step::failed(format!("Monolith server {} {error}", member.url));
            }
            job.attempts += 1;
            failures_here += 1;
            if job.attempts >= self.policy.attempts {
                return Step::failed(gave_up(&job, member, &error));
            }
            if self.members.len() > 1 && failures_here >= self.policy.per_server {
                tracing::warn!(
                    server = %member.url,
                    run = job.index,
                    "moving a run to another server after {failures_here} failures: {error}"
                );
                job.left = Some(server);
                return Step::Move(job);
            }
            tracing::debug!(server = %member.url, run = job.index, "retrying: {error}");
            let wait = self
                .policy
                .backoff(job.attempts, error.retry_after(), fastrand::f64());
            std::thread::sleep(wait);
        }
    }
}

/// The reason of a run given up on.
fn gave_up(job: &Job, member: &Member, error: &AttemptError) -> String {
    format!(
        "no Monolith server could run this program: gave up after {} attempts; the last, on {}, {error}",
        job.attempts, member.url
    )
}

/// Stops the batch if the thread holding it panics, so the other threads return.
struct AbandonOnPanic<'a>(&'a Board);

impl Drop for AbandonOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.abandon();
        }
    }
}

impl Execute for Fleet {
    fn width(&self) -> usize {
        self.members.iter().map(|m| m.workers).sum()
    }

    /// Each server gets as many runs at once as it has workers; a request's own `cpu`
    /// is ignored (each server pins runs to its workers' cores).
    fn run_all(
        &self,
        requests: &[RunRequest],
        on_done: &(dyn Fn(usize, &RunResult) + Sync),
    ) -> Vec<RunResult> {
        let board = Board::new(requests.len());
        if !requests.is_empty() {
            std::thread::scope(|scope| {
                for (server, member) in self.members.iter().enumerate() {
                    for _ in 0..member.workers.min(requests.len()) {
                        let board = &board;
                        scope.spawn(move || self.feed(server, requests, board, on_done));
                    }
                }
            });
        }
        board.into_results()
    }
}
