//! The figures of a bench run: the summary block for people, one JSON object for
//! machines.

use std::time::Duration;

use serde_json::{json, Value};

use crate::tally::Tally;
use crate::Settings;

/// Target of the server's added latency at p50, in ms.
const ADDED_P50_TARGET_MS: f64 = 1.0;

/// The `p`-th percentile (nearest rank) of `values`, in their unit; NaN when empty.
pub fn percentile(values: &[f64], p: f64) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// The figures of one bench run.
pub struct Figures<'a> {
    /// The URL of the loaded server.
    pub server: String,
    /// What happened to the requests of the load.
    pub tally: &'a Tally,
    /// How long the load took.
    pub elapsed: Duration,
    /// Answered requests per second of the load.
    pub throughput_rps: f64,
    /// Median round trip of a direct `Runner::run`, in ms.
    pub direct_p50_ms: f64,
    /// Median round trip of the same run over HTTP, one request at a time, in ms.
    pub http_p50_ms: f64,
}

impl Figures<'_> {
    fn latency_ms(&self, p: f64) -> f64 {
        percentile(&self.tally.latencies_ms, p)
    }

    fn added_p50_ms(&self) -> f64 {
        self.http_p50_ms - self.direct_p50_ms
    }

    /// The compact summary block.
    pub fn print(&self, settings: &Settings) {
        let tally = self.tally;
        let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
        let count = |name: &str, value: usize| format!("  {name:<16}{value:>9}");
        settings.say("\nSummary");
        settings.say(count("sent", tally.sent));
        settings.say(count("answered", tally.answered));
        settings.say(format!(
            "{}   target 0: {}",
            count("lost", tally.lost),
            verdict(tally.lost == 0)
        ));
        settings.say(format!(
            "{}   target 0: {}",
            count("5xx", tally.server_errors),
            verdict(tally.server_errors == 0)
        ));
        settings.say(count("503s retried", tally.retried_503));
        settings.say(count("other non-200", tally.client_errors));
        settings.say(count("wrong answers", tally.wrong));
        settings.say(format!(
            "  throughput      {:>9.1} req/s over {:.1} s",
            self.throughput_rps,
            self.elapsed.as_secs_f64()
        ));
        settings.say(format!(
            "  latency (ms)    p50 {:.2}  p90 {:.2}  p99 {:.2}  max {:.2}",
            self.latency_ms(50.0),
            self.latency_ms(90.0),
            self.latency_ms(99.0),
            self.latency_ms(100.0)
        ));
        settings.say(format!(
            "  added p50 (ms)  HTTP {:.3} - direct {:.3} = {:.3}   target <= {ADDED_P50_TARGET_MS}: {}",
            self.http_p50_ms,
            self.direct_p50_ms,
            self.added_p50_ms(),
            verdict(self.added_p50_ms() <= ADDED_P50_TARGET_MS)
        ));
        if let Some(failure) = &tally.first_failure {
            settings.say(format!("  first failure   {failure}"));
        }
    }

    /// The figures for machines.
    pub fn json(&self, settings: &Settings) -> Value {
        let tally = self.tally;
        json!({
            "server": self.server,
            "requests": settings.requests,
            "concurrency": settings.concurrency,
            "sent": tally.sent,
            "answered": tally.answered,
            "lost": tally.lost,
            "status_5xx": tally.server_errors,
            "retried_503": tally.retried_503,
            "other_non_200": tally.client_errors,
            "wrong_answers": tally.wrong,
            "elapsed_s": self.elapsed.as_secs_f64(),
            "throughput_rps": self.throughput_rps,
            "latency_ms": {
                "p50": self.latency_ms(50.0),
                "p90": self.latency_ms(90.0),
                "p99": self.latency_ms(99.0),
                "max": self.latency_ms(100.0),
            },
            "added_latency": {
                "runs": settings.latency_runs,
                "core": settings.core,
                "direct_p50_ms": self.direct_p50_ms,
                "http_p50_ms": self.http_p50_ms,
                "added_p50_ms": self.added_p50_ms(),
            },
        })
    }
}
