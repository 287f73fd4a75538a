//! Counters and histograms for `GET /metrics`, in the Prometheus text format.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;

use afterburner_monolith::{Language, RunResult};

/// Upper bounds (seconds) of the latency buckets.
const LATENCY_BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
    120.0,
];

/// Upper bounds (Hz) of the sampling-rate buckets.
const RATE_BUCKETS: &[f64] = &[1_000.0, 5_000.0, 10_000.0, 15_000.0, 20_000.0, 25_000.0];

/// A cumulative histogram with fixed buckets.
#[derive(Debug, Clone)]
struct Histogram {
    bounds: &'static [f64],
    counts: Vec<u64>,
    sum: f64,
    count: u64,
}

impl Histogram {
    fn new(bounds: &'static [f64]) -> Self {
        Histogram {
            bounds,
            counts: vec![0; bounds.len()],
            sum: 0.0,
            count: 0,
        }
    }

    fn observe(&mut self, value: f64) {
        for (bound, count) in self.bounds.iter().zip(&mut self.counts) {
            if value <= *bound {
                *count += 1;
            }
        }
        self.sum += value;
        self.count += 1;
    }

    fn render(&self, out: &mut String, name: &str, labels: &str) {
        let sep = if labels.is_empty() { "" } else { "," };
        for (bound, count) in self.bounds.iter().zip(&self.counts) {
            let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"{bound}\"}} {count}");
        }
        let _ = writeln!(
            out,
            "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {}",
            self.count
        );
        let braces = if labels.is_empty() {
            String::new()
        } else {
            format!("{{{labels}}}")
        };
        let _ = writeln!(out, "{name}_sum{braces} {}", self.sum);
        let _ = writeln!(out, "{name}_count{braces} {}", self.count);
    }
}

#[derive(Debug)]
struct Inner {
    runs: BTreeMap<(String, String), u64>,
    run_seconds: BTreeMap<String, Histogram>,
    sample_hz: Histogram,
    requests: BTreeMap<(String, u16), u64>,
    request_seconds: BTreeMap<String, Histogram>,
}

/// What the server counts.
#[derive(Debug)]
pub struct Metrics {
    inner: Mutex<Inner>,
}

/// Gauges read at scrape time.
#[derive(Debug, Clone, Copy)]
pub struct Gauges {
    /// Jobs waiting.
    pub queue_depth: usize,
    /// Most jobs that may wait.
    pub queue_capacity: usize,
    /// Workers running a job now.
    pub busy_workers: usize,
    /// All workers.
    pub workers: usize,
    /// Tasks in the store.
    pub stored_tasks: u64,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics {
            inner: Mutex::new(Inner {
                runs: BTreeMap::new(),
                run_seconds: BTreeMap::new(),
                sample_hz: Histogram::new(RATE_BUCKETS),
                requests: BTreeMap::new(),
                request_seconds: BTreeMap::new(),
            }),
        }
    }
}

impl Metrics {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Counts one finished run.
    pub fn record_run(&self, language: Language, result: &RunResult) {
        let mut inner = self.lock();
        let lang = language.name().to_string();
        *inner
            .runs
            .entry((lang.clone(), result.status.name().to_string()))
            .or_default() += 1;
        inner
            .run_seconds
            .entry(lang)
            .or_insert_with(|| Histogram::new(LATENCY_BUCKETS))
            .observe(result.metrics.wall_ms / 1000.0);
        if result.metrics.samples > 0 {
            inner.sample_hz.observe(result.metrics.sample_hz);
        }
    }

    /// Counts one answered HTTP request on `route` (its pattern) with its latency.
    pub fn record_request(&self, route: &str, status: u16, seconds: f64) {
        let mut inner = self.lock();
        *inner
            .requests
            .entry((route.to_string(), status))
            .or_default() += 1;
        inner
            .request_seconds
            .entry(route.to_string())
            .or_insert_with(|| Histogram::new(LATENCY_BUCKETS))
            .observe(seconds);
    }

    /// The Prometheus text exposition of everything counted, plus `gauges`.
    pub fn render(&self, gauges: Gauges) -> String {
        let inner = self.lock();
        let mut out = String::new();
        let gauge = |out: &mut String, name: &str, help: &str, value: f64| {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}"
            );
        };
        gauge(
            &mut out,
            "afterburner_queue_depth",
            "Jobs waiting for a worker.",
            gauges.queue_depth as f64,
        );
        gauge(
            &mut out,
            "afterburner_queue_capacity",
            "Most jobs that may wait.",
            gauges.queue_capacity as f64,
        );
        gauge(
            &mut out,
            "afterburner_workers_busy",
            "Workers running a job.",
            gauges.busy_workers as f64,
        );
        gauge(
            &mut out,
            "afterburner_workers",
            "Pinned workers.",
            gauges.workers as f64,
        );
        gauge(
            &mut out,
            "afterburner_stored_tasks",
            "Tasks kept in the task store.",
            gauges.stored_tasks as f64,
        );

        out.push_str("# HELP afterburner_runs_total Finished runs by language and status.\n");
        out.push_str("# TYPE afterburner_runs_total counter\n");
        for ((language, status), count) in &inner.runs {
            let _ = writeln!(
                out,
                "afterburner_runs_total{{language=\"{language}\",status=\"{status}\"}} {count}"
            );
        }
        out.push_str("# HELP afterburner_run_seconds Wall time of runs by language.\n");
        out.push_str("# TYPE afterburner_run_seconds histogram\n");
        for (language, histogram) in &inner.run_seconds {
            histogram.render(
                &mut out,
                "afterburner_run_seconds",
                &format!("language=\"{language}\""),
            );
        }
        out.push_str("# HELP afterburner_sample_hz Achieved memory sampling rate of runs.\n");
        out.push_str("# TYPE afterburner_sample_hz histogram\n");
        inner
            .sample_hz
            .render(&mut out, "afterburner_sample_hz", "");
        out.push_str(
            "# HELP afterburner_http_requests_total Answered requests by route and status.\n",
        );
        out.push_str("# TYPE afterburner_http_requests_total counter\n");
        for ((route, status), count) in &inner.requests {
            let _ = writeln!(
                out,
                "afterburner_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {count}"
            );
        }
        out.push_str("# HELP afterburner_http_request_seconds Latency of requests by route.\n");
        out.push_str("# TYPE afterburner_http_request_seconds histogram\n");
        for (route, histogram) in &inner.request_seconds {
            histogram.render(
                &mut out,
                "afterburner_http_request_seconds",
                &format!("route=\"{route}\""),
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histograms_are_cumulative_and_requests_are_counted_by_route() {
        let metrics = Metrics::default();
        metrics.record_request("/execute", 200, 0.003);
        metrics.record_request("/execute", 200, 0.2);
        metrics.record_request("/execute", 503, 0.0001);
        let text = metrics.render(Gauges {
            queue_depth: 3,
            queue_capacity: 8,
            busy_workers: 1,
            workers: 2,
            stored_tasks: 5,
        });
        assert!(text.contains("afterburner_queue_depth 3\n"), "{text}");
        assert!(
            text.contains("afterburner_http_requests_total{route=\"/execute\",status=\"200\"} 2")
        );
        assert!(text.contains(
            "afterburner_http_request_seconds_bucket{route=\"/execute\",le=\"0.005\"} 2"
        ));
        assert!(text
            .contains("afterburner_http_request_seconds_bucket{route=\"/execute\",le=\"+Inf\"} 3"));
        assert!(text.contains("afterburner_http_request_seconds_count{route=\"/execute\"} 3"));
    }
}
