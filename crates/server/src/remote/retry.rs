//! When to try a run again and how long to wait first: exponential backoff with jitter,
//! a server's `Retry-After` honoured up to a cap, and answer timeouts derived from the
//! run's own limits so that a lost answer is noticed instead of awaited forever.

use std::time::Duration;

use afterburner_monolith::Limits;

/// How a [`Fleet`](super::Fleet) retries runs that a server could not take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Most attempts at one run, over all servers; after the last failed one the run's
    /// result is a sandbox error naming the server and what went wrong.
    pub attempts: u32,
    /// Failures in a row of one run on one server after which the run moves to another
    /// server (when the fleet has more than one).
    pub per_server: u32,
    /// The wait after a first failure; it doubles with each further failure.
    pub base_delay: Duration,
    /// The longest wait between two attempts; also caps a server's `Retry-After`.
    pub max_delay: Duration,
    /// How long to wait for a TCP connection to a server.
    pub connect_timeout: Duration,
    /// Time allowed for queueing and transfer on top of a run's compile and wall-clock
    /// limits before its answer is given up on (and the run tried again).
    pub grace: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 8,
            per_server: 2,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(5),
            grace: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The wait before the next attempt after `failures` (at least 1) failed ones.
    /// `retry_after` is what the server asked for; `jitter` is a random number in
    /// [0, 1) that spreads clients apart so they do not return all at once.
    pub fn backoff(&self, failures: u32, retry_after: Option<Duration>, jitter: f64) -> Duration {
        let jitter = jitter.clamp(0.0, 1.0);
        match retry_after {
            // The server knows how long its queue takes to drain: wait that long, plus
            // up to a quarter more.
            Some(asked) => asked.mul_f64(1.0 + jitter / 4.0).min(self.max_delay),
            None => {
                let doublings = failures.saturating_sub(1).min(20);
                let full = self
                    .base_delay
                    .saturating_mul(1 << doublings)
                    .min(self.max_delay);
                // Half fixed, half random: never shorter than half the backoff.
                full.mul_f64(0.5 + jitter / 2.0)
            }
        }
    }

    /// How long to wait for the answer to a run held to `limits`: a compile step at its
    /// limit, the run at its wall-clock limit, and the grace for queueing and transfer.
    pub fn answer_timeout(&self, limits: &Limits) -> Duration {
        Limits::for_compile().wall() + limits.wall() + self.grace
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_the_base_up_to_the_cap() {
        let policy = RetryPolicy::default();
        let at = |failures, jitter| policy.backoff(failures, None, jitter);
        assert_eq!(at(1, 1.0), Duration::from_millis(250));
        assert_eq!(at(1, 0.0), Duration::from_millis(125));
        assert_eq!(at(3, 1.0), Duration::from_millis(1000));
        assert_eq!(at(30, 1.0), policy.max_delay);
        assert!(at(30, 0.0) >= policy.max_delay / 2);
        for failures in 1..12 {
            let (low, high) = (at(failures, 0.0), at(failures, 0.999));
            assert!(low <= high && high <= policy.max_delay, "{failures}");
        }
    }

    #[test]
    fn a_servers_retry_after_is_honoured_but_capped() {
        let policy = RetryPolicy::default();
        let asked = Some(Duration::from_secs(2));
        assert_eq!(policy.backoff(1, asked, 0.0), Duration::from_secs(2));
        assert_eq!(policy.backoff(5, asked, 1.0), Duration::from_millis(2500));
        let greedy = Some(Duration::from_secs(3600));
        assert_eq!(policy.backoff(1, greedy, 0.5), policy.max_delay);
    }

    #[test]
    fn the_answer_timeout_grows_with_the_runs_wall_limit() {
        let policy = RetryPolicy::default();
        let short = policy.answer_timeout(&Limits {
            wall_ms: 1_000,
            ..Limits::default()
        });
        let long = policy.answer_timeout(&Limits {
            wall_ms: 100_000,
            ..Limits::default()
        });
        assert_eq!(long - short, Duration::from_secs(99));
        assert!(short > Limits::for_compile().wall() + policy.grace);
    }
}
