//! The figures of a bench run: the summary block for people, one JSON object for
//! machines.

use std::time::Duration;

use serde_json::{json, Value};

use crate::tally::Tally;
use crate::Settings;

/// Target of the server's added latency at p50, in ms.
const ADDED_P50_TARGET_MS: f64 = 1.0;
/// Least share of the cores' direct capacity the loaded server must reach.
const CAPACITY_SHARE_TARGET: f64 = 0.8;

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

/// One load and what became of it.
pub struct Run<'a> {
    /// What the run shows, for the report.
    pub name: &'a str,
    /// The loaded server's queue capacity, when the bench set it.
    pub queue: Option<usize>,
    /// Requests of the load.
    pub requests: usize,
    /// What happened to them.
    pub tally: &'a Tally,
    /// How long the load took.
    pub elapsed: Duration,
}

impl Run<'_> {
    /// Answered requests per second.
    fn throughput_rps(&self) -> f64 {
        self.tally.answered as f64 / self.elapsed.as_secs_f64()
    }

    fn latency_ms(&self, p: f64) -> f64 {
        percentile(&self.tally.latencies_ms, p)
    }

    /// The run's block of the summary; `refusals_expected` says whether this load was
    /// made to fill the queue.
    fn print(&self, settings: &Settings, refusals_expected: bool) {
        let tally = self.tally;
        let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
        let count = |name: &str, value: usize| format!("  {name:<20}{value:>9}");
        let queue = self
            .queue
            .map_or_else(|| "the server's own".to_string(), |q| q.to_string());
        settings.say(format!(
            "\n{}: {} requests, {} at a time, queue {queue}",
            self.name, self.requests, settings.concurrency
        ));
        settings.say(count("sent", tally.sent));
        settings.say(format!(
            "{}   every request answered or reported unanswered: {}",
            count("answered", tally.answered),
            verdict(tally.accounted())
        ));
        // Under overload, refusing until a client gives up is what a full queue does:
        // reported, not a failure.
        let unanswered = if refusals_expected {
            "reported, no target".to_string()
        } else {
            format!("target 0: {}", verdict(tally.unanswered() == 0))
        };
        settings.say(format!(
            "{}   {unanswered}",
            count("lost (no answer)", tally.lost)
        ));
        settings.say(format!(
            "{}   {unanswered}",
            count("gave up (all 503)", tally.gave_up)
        ));
        settings.say(format!(
            "{}   target 0: {}",
            count("5xx (final)", tally.server_errors),
            verdict(tally.server_errors == 0)
        ));
        let refused = if refusals_expected {
            format!(
                "target > 0 (queue smaller than the load): {}",
                verdict(tally.refused_503 > 0)
            )
        } else {
            format!(
                "target 0 (queue holds the load): {}",
                verdict(tally.refused_503 == 0)
            )
        };
        settings.say(format!(
            "{}   {refused}",
            count("503 refusals", tally.refused_503)
        ));
        settings.say(count("  requests refused", tally.refused_requests));
        settings.say(count("  retries", tally.retries));
        settings.say(count("other non-200", tally.client_errors));
        settings.say(count("wrong answers", tally.wrong));
        settings.say(format!(
            "  throughput          {:>9.1} req/s over {:.1} s",
            self.throughput_rps(),
            self.elapsed.as_secs_f64()
        ));
        settings.say(format!(
            "  latency (ms)        p50 {:.2}  p90 {:.2}  p99 {:.2}  max {:.2}",
            self.latency_ms(50.0),
            self.latency_ms(90.0),
            self.latency_ms(99.0),
            self.latency_ms(100.0)
        ));
        if let Some(failure) = &tally.first_failure {
            settings.say(format!("  first failure       {failure}"));
        }
    }

    fn json(&self) -> Value {
        let tally = self.tally;
        json!({
            "requests": self.requests,
            "queue": self.queue,
            "sent": tally.sent,
            "answered": tally.answered,
            "lost": tally.lost,
            "gave_up": tally.gave_up,
            "status_5xx": tally.server_errors,
            "refused_503": tally.refused_503,
            "refused_requests": tally.refused_requests,
            "retries": tally.retries,
            "other_non_200": tally.client_errors,
            "wrong_answers": tally.wrong,
            "elapsed_s": self.elapsed.as_secs_f64(),
            "throughput_rps": self.throughput_rps(),
            "latency_ms": {
                "p50": self.latency_ms(50.0),
                "p90": self.latency_ms(90.0),
                "p99": self.latency_ms(99.0),
                "max": self.latency_ms(100.0),
            },
        })
    }
}

/// The figures of one bench run.
pub struct Figures<'a> {
    /// The URL of the loaded server.
    pub server: String,
    /// The load the server's queue holds.
    pub load: Run<'a>,
    /// The load its queue cannot hold (only with a server started by the bench).
    pub overload: Option<Run<'a>>,
    /// Median round trip of a direct `Runner::run`, in ms.
    pub direct_p50_ms: f64,
    /// Median round trip of the same run over HTTP, one request at a time, in ms.
    pub http_p50_ms: f64,
    /// The cores the loaded server's workers ran on (`None` for a server given by URL).
    pub cores: Option<usize>,
    /// Runs per second of the library itself on those cores, every core busy.
    pub library_rps: Option<f64>,
}

impl Figures<'_> {
    fn added_p50_ms(&self) -> f64 {
        self.http_p50_ms - self.direct_p50_ms
    }

    /// Runs per second the server's cores could do calling the library directly, one
    /// run after another on each: cores × 1000 ÷ the direct median round trip.
    fn direct_capacity_rps(&self) -> Option<f64> {
        Some(self.cores? as f64 * 1000.0 / self.direct_p50_ms)
    }

    /// Whether the bench failed: the load lost or failed requests, or the overload did
    /// not get refusals, lost track of a request, or got a wrong or failed answer.
    pub fn failed(&self) -> bool {
        let overload_failed = self.overload.as_ref().is_some_and(|run| {
            let t = run.tally;
            t.refused_503 == 0 || !t.accounted() || t.wrong + t.server_errors + t.client_errors > 0
        });
        self.load.tally.failed() || !self.load.tally.accounted() || overload_failed
    }

    /// The compact summary block.
    pub fn print(&self, settings: &Settings) {
        let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
        settings.say("\nSummary");
        self.load.print(settings, false);
        match &self.overload {
            Some(run) => run.print(settings, true),
            None => {
                settings.say("\noverload: skipped (the queue of a server given by URL is its own)")
            }
        }
        settings.say(format!(
            "\n  added p50 (ms)  HTTP {:.3} - direct {:.3} = {:.3}   target <= {ADDED_P50_TARGET_MS}: {}",
            self.http_p50_ms,
            self.direct_p50_ms,
            self.added_p50_ms(),
            verdict(self.added_p50_ms() <= ADDED_P50_TARGET_MS)
        ));
        if let Some(capacity) = self.direct_capacity_rps() {
            let share = self.load.throughput_rps() / capacity;
            settings.say(format!(
                "  share of direct capacity  {:.1} req/s of {capacity:.1} runs/s ({} cores × 1000 / {:.3} ms) = {:.0}%   target >= {:.0}%: {}",
                self.load.throughput_rps(),
                self.cores.unwrap_or(0),
                self.direct_p50_ms,
                share * 100.0,
                CAPACITY_SHARE_TARGET * 100.0,
                verdict(share >= CAPACITY_SHARE_TARGET)
            ));
        }
        if let Some(library) = self.library_rps {
            settings.say(format!(
                "  share of the library under full load  {:.1} req/s of {library:.1} runs/s (Runner::run on every core at once) = {:.0}%   reported, no target",
                self.load.throughput_rps(),
                self.load.throughput_rps() / library * 100.0,
            ));
        }
    }

    /// The figures for machines.
    pub fn json(&self, settings: &Settings) -> Value {
        json!({
            "server": self.server,
            "concurrency": settings.concurrency,
            "run_cgroups": settings.cgroups,
            "load": self.load.json(),
            "overload": self.overload.as_ref().map(Run::json),
            "added_latency": {
                "runs": settings.latency_runs,
                "core": settings.core,
                "direct_p50_ms": self.direct_p50_ms,
                "http_p50_ms": self.http_p50_ms,
                "added_p50_ms": self.added_p50_ms(),
            },
            "direct_capacity_rps": self.direct_capacity_rps(),
            "library_rps": self.library_rps,
        })
    }
}
