//! How fast the machine runs right now. The machine's speed drifts — a neighbour on the
//! host, its clock, its caches — and a drift of ten per cent over a quarter of an hour
//! moves whole problems against each other, in every language alike. A fixed program
//! (arithmetic, dictionary and list work and a sort, in Python) runs through the same
//! pool as the solutions, alongside them; its CPU time moves with whatever moves theirs. A distribution records its median per problem, so two
//! measurements of a problem taken at different times can be put on one footing.

use afterburner_monolith::pool::Execute;
use afterburner_monolith::runner::RunRequest;
use afterburner_monolith::{Language, Status};
use afterburner_venus::harness::JudgeOptions;
use afterburner_venus::Problem;
use serde::{Deserialize, Serialize};

use crate::distribution::median;
use crate::fidelity::span;

/// The calibration program: fixed work, a fixed line of output.
const PROGRAM: &str = r#"def work():
    table = {}
    values = []
    x = 1
    acc = 0
    for i in range(250000):
        x = (x * 1103515245 + 12345) % 2147483648
        k = x & 4095
        table[k] = table.get(k, 0) + i
        acc ^= x >> 7
        if i % 4 == 0:
            values.append(x)
    values.sort()
    return (sum(table.values()) + acc + values[len(values) // 2]) % 1000000007


print(work())
"#;

/// What the program prints when it ran to the end.
const OUTPUT: &str = "340198114\n";

/// Runs of the program at each calibration: a single run is a few per cent noisy, and
/// the first after a different program runs cold.
const RUNS: usize = 3;

/// The calibration run, pinned and sampled as the solutions' runs are.
fn request(options: &JudgeOptions) -> RunRequest {
    let mut request = RunRequest::new(Language::Python, PROGRAM);
    request.cpu = options.cpu;
    request.sample_hz = options.sample_hz;
    request
}

/// Runs the calibration program a few times on `pool`: the CPU time in ms of each run
/// that ran to the end (none when there is no Python here, or the sandbox fails).
pub fn calibrate(pool: &dyn Execute, options: &JudgeOptions) -> Vec<f64> {
    let requests = vec![request(options); RUNS];
    pool.run_all(&requests, &|_, _| {})
        .into_iter()
        .filter(|run| run.status == Status::Success && run.stdout == OUTPUT)
        .map(|run| run.metrics.cpu_ms)
        .collect()
}

/// A problem's calibration in whole µs, as records keep it.
pub(crate) fn micros(ms: f64) -> u64 {
    (ms * 1000.0).round() as u64
}

/// The calibration time (ms) recorded with `problem`, when it was measured with one.
pub fn recorded(problem: &Problem) -> Option<f64> {
    let us = problem.measured_with.as_ref()?.calibration_us?;
    (us > 0).then(|| us as f64 / 1000.0)
}

/// How fast the machine runs now against when `problem` was measured: the calibration
/// program's median time now over its recorded time (above 1: slower now). `None` when
/// the problem records no calibration or the program did not run.
pub fn speed_now(pool: &dyn Execute, options: &JudgeOptions, problem: &Problem) -> Option<f64> {
    let then = recorded(problem)?;
    let now = calibrate(pool, options);
    (!now.is_empty()).then(|| median(now) / then)
}

/// The machine's speed now against when a set's problems were measured, over the
/// problems whose calibration could be compared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speed {
    /// Problems compared.
    pub problems: usize,
    /// The lowest of their ratios (the calibration program's time now over then).
    pub lowest: f64,
    /// The median of their ratios: what `--calibrate` divides out.
    pub median: f64,
    /// The highest of their ratios.
    pub highest: f64,
}

impl Speed {
    /// From each compared problem's ratio; `None` without one.
    pub fn of(ratios: Vec<f64>) -> Option<Speed> {
        let problems = ratios.len();
        let (lowest, median, highest) = span(ratios)?;
        Some(Speed {
            problems,
            lowest,
            median,
            highest,
        })
    }
}
