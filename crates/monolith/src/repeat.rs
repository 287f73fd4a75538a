//! Repeated runs of one program: warm-ups, then measured runs, summarised per metric
//! with outliers flagged (hyperfine's way of making a single figure trustworthy).

use serde::{Deserialize, Serialize};

use crate::result::{RunResult, Status};
use crate::runner::{RunRequest, Runner};
use crate::stats::{outliers, summarize, Summary};

/// Summaries of each metric over the successful measured runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MetricSummaries {
    /// Wall time in milliseconds.
    pub wall_ms: Summary,
    /// CPU time in milliseconds.
    pub cpu_ms: Summary,
    /// Peak memory in KiB.
    pub peak_memory_kb: Summary,
    /// Time–memory integral in KiB·ms.
    pub integral_kb_ms: Summary,
    /// Achieved sampling rate in Hz.
    pub sample_hz: Summary,
}

/// Runs of one metric that lie far from the rest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutlierWarning {
    /// The metric (`wall_ms`, `cpu_ms`, `peak_memory_kb`, `integral_kb_ms`).
    pub metric: String,
    /// The measured runs (0-based, warm-ups not counted) that are outliers.
    pub runs: Vec<usize>,
    /// What the user can do about it.
    pub advice: String,
}

/// The outcome of `warmup` + `runs` executions of one program.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RepeatReport {
    /// Warm-up runs done first and left out of the figures.
    pub warmup: usize,
    /// Every measured run, in order.
    pub runs: Vec<RunResult>,
    /// How many measured runs succeeded (the summaries cover only those).
    pub successes: usize,
    /// Per-metric statistics; absent when no run succeeded.
    pub summary: Option<MetricSummaries>,
    /// Metrics with outlying runs.
    pub outliers: Vec<OutlierWarning>,
}

/// Compiles `request` once, runs it `warmup` times unmeasured, then `runs` times;
/// `progress(done, total)` is called after each run. A compile failure is returned as
/// the failing result.
pub fn repeat(
    runner: &Runner,
    request: &RunRequest,
    warmup: usize,
    runs: usize,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<RepeatReport, Box<RunResult>> {
    let program = runner.prepare_request(request)?;
    let total = warmup + runs;
    for i in 0..warmup {
        runner.execute(&program, request);
        progress(i + 1, total);
    }
    let mut measured = Vec::with_capacity(runs);
    for i in 0..runs {
        measured.push(runner.execute(&program, request));
        progress(warmup + i + 1, total);
    }
    Ok(summarize_runs(warmup, measured))
}

/// Builds the report for already-measured runs.
pub fn summarize_runs(warmup: usize, runs: Vec<RunResult>) -> RepeatReport {
    let ok: Vec<&RunResult> = runs
        .iter()
        .filter(|r| r.status == Status::Success)
        .collect();
    let column = |f: &dyn Fn(&RunResult) -> f64| ok.iter().map(|r| f(r)).collect::<Vec<f64>>();
    let columns: [(&str, Vec<f64>); 4] = [
        ("wall_ms", column(&|r| r.metrics.wall_ms)),
        ("cpu_ms", column(&|r| r.metrics.cpu_ms)),
        (
            "peak_memory_kb",
            column(&|r| r.metrics.peak_memory_kb as f64),
        ),
        ("integral_kb_ms", column(&|r| r.metrics.integral_kb_ms)),
    ];
    let mut warnings = Vec::new();
    for (metric, values) in &columns {
        let found = outliers(values);
        if !found.is_empty() {
            // Map indices among successful runs back to indices among all runs.
            let indices: Vec<usize> = runs
                .iter()
                .enumerate()
                .filter(|(_, r)| r.status == Status::Success)
                .map(|(i, _)| i)
                .collect();
            warnings.push(OutlierWarning {
                metric: metric.to_string(),
                runs: found.iter().map(|&i| indices[i]).collect(),
                advice: "some runs lie far from the rest: other work on this machine or a cold cache \
                         disturbed them; close other programs, or use --warmup to discard the first runs"
                    .into(),
            });
        }
    }
    let summary = (|| {
        Some(MetricSummaries {
            wall_ms: summarize(&columns[0].1)?,
            cpu_ms: summarize(&columns[1].1)?,
            peak_memory_kb: summarize(&columns[2].1)?,
            integral_kb_ms: summarize(&columns[3].1)?,
            sample_hz: summarize(&column(&|r| r.metrics.sample_hz))?,
        })
    })();
    RepeatReport {
        warmup,
        successes: ok.len(),
        runs,
        summary,
        outliers: warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::result::Metrics;

    fn run(status: Status, wall_ms: f64) -> RunResult {
        let mut r = RunResult::sandbox_error("");
        r.status = status;
        r.reason = None;
        r.metrics = Metrics {
            wall_ms,
            cpu_ms: wall_ms,
            peak_memory_kb: 1000,
            integral_kb_ms: wall_ms * 1000.0,
            samples: 10,
            sample_hz: 10_000.0,
            ..Metrics::default()
        };
        r
    }

    #[test]
    fn outliers_are_reported_by_run_index_among_all_runs() {
        let mut runs: Vec<RunResult> = (0..9)
            .map(|i| run(Status::Success, 100.0 + i as f64 * 0.1))
            .collect();
        runs.insert(2, run(Status::Timeout, 5.0));
        runs.push(run(Status::Success, 400.0));
        let report = summarize_runs(1, runs);
        assert_eq!(report.successes, 10);
        let wall = report
            .outliers
            .iter()
            .find(|o| o.metric == "wall_ms")
            .expect("wall outlier");
        assert_eq!(wall.runs, vec![10]);
        let summary = report.summary.unwrap();
        assert_eq!(summary.wall_ms.n, 10);
        assert_eq!(summary.peak_memory_kb.cv, 0.0);
    }

    #[test]
    fn no_successful_run_means_no_summary() {
        let report = summarize_runs(0, vec![run(Status::RuntimeError, 1.0)]);
        assert!(report.summary.is_none());
        assert!(report.outliers.is_empty());
    }
}
