//! When to try a failed request again, and how long to wait first.
//!
//! Exponential backoff with jitter, so that many threads failing together do not come
//! back together; a server's `Retry-After` (seconds form) replaces the backoff, capped so
//! that a confused server cannot park the run for hours.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

/// Longest backoff between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// Longest `Retry-After` honoured.
pub(crate) const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// Statuses a later attempt may get past: rate limits and server-side failures.
pub(crate) fn retryable_status(status: u16) -> bool {
    matches!(status, 429 | 500 | 502 | 503 | 504)
}

/// Reads a `Retry-After` header in its seconds form (`"2"`, `"1.5"`); the HTTP-date form
/// and nonsense give `None`, and the backoff applies instead.
pub(crate) fn parse_retry_after(value: &str) -> Option<Duration> {
    let seconds: f64 = value.trim().parse().ok()?;
    if !seconds.is_finite() || seconds < 0.0 {
        return None;
    }
    Some(Duration::from_secs_f64(
        seconds.min(MAX_RETRY_AFTER.as_secs_f64()),
    ))
}

/// The wait before retry number `retry` (1 for the first retry).
///
/// With a `Retry-After` the wait is that, plus up to a tenth of `base` so that waiters
/// spread out; without one it is between half and all of `base · 2^(retry-1)`, at most
/// [`MAX_BACKOFF`].
pub(crate) fn delay(base: Duration, retry: u32, retry_after: Option<Duration>) -> Duration {
    if let Some(wait) = retry_after {
        return wait.min(MAX_RETRY_AFTER) + base.mul_f64(0.1 * random_unit());
    }
    let doublings = retry.saturating_sub(1).min(20);
    let full = base.saturating_mul(1u32 << doublings).min(MAX_BACKOFF);
    full.mul_f64(0.5 + 0.5 * random_unit())
}

/// A number in [0, 1) that differs between calls and threads; std's randomly keyed
/// hasher is enough for jitter and spares a dependency.
fn random_unit() -> f64 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(0);
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_takes_seconds_and_caps_them() {
        assert_eq!(parse_retry_after("2"), Some(Duration::from_secs(2)));
        assert_eq!(
            parse_retry_after(" 1.5 "),
            Some(Duration::from_millis(1500))
        );
        assert_eq!(parse_retry_after("86400"), Some(MAX_RETRY_AFTER));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
        assert_eq!(parse_retry_after("-3"), None);
        assert_eq!(parse_retry_after("NaN"), None);
    }

    #[test]
    fn backoff_doubles_within_its_jitter_band_and_stops_growing() {
        let base = Duration::from_millis(100);
        for retry in 1..=4 {
            let full = base * (1 << (retry - 1));
            for _ in 0..50 {
                let wait = delay(base, retry, None);
                assert!(wait >= full / 2 && wait <= full, "retry {retry}: {wait:?}");
            }
        }
        assert!(delay(base, 40, None) <= MAX_BACKOFF);
    }

    #[test]
    fn retry_after_replaces_the_backoff() {
        let base = Duration::from_millis(100);
        let wait = delay(base, 5, Some(Duration::from_secs(1)));
        assert!(wait >= Duration::from_secs(1) && wait <= Duration::from_millis(1010));
    }

    #[test]
    fn only_rate_limits_and_server_failures_are_retried() {
        for status in [429, 500, 502, 503, 504] {
            assert!(retryable_status(status), "{status}");
        }
        for status in [400, 401, 403, 404, 413, 422, 501] {
            assert!(!retryable_status(status), "{status}");
        }
    }
}
