//! Checking that every labelled solution gets the verdict it is labelled with, and
//! recording what was measured on the way.

use std::sync::atomic::{AtomicUsize, Ordering};

use afterburner_monolith::pool::Execute;
use afterburner_monolith::{Language, Metrics};
use serde::Serialize;

use crate::harness::{judge_all, prepare, JudgeOptions, Prepared};
use crate::record::{Problem, Verdict};

/// The outcome for one labelled solution.
#[derive(Debug, Clone, Serialize)]
pub struct LabelCheck {
    /// The problem.
    pub problem_id: String,
    /// Index of the solution in the problem's list.
    pub solution: usize,
    /// Its name, if it has one.
    pub name: Option<String>,
    /// Its language.
    pub language: Language,
    /// The verdict it is labelled with.
    pub expected: Verdict,
    /// The verdict it got.
    pub got: Verdict,
    /// Why, when it did not pass.
    pub reason: Option<String>,
    /// What was measured.
    pub metrics: Metrics,
}

impl LabelCheck {
    /// Whether the label holds.
    pub fn holds(&self) -> bool {
        self.expected == self.got
    }
}

/// Memory sampling rate for a label check, in Hz.
pub const LABEL_SAMPLE_HZ: u32 = 1_000;

/// How to judge when only the verdicts matter: the defaults, with memory sampled at
/// [`LABEL_SAMPLE_HZ`]. At 20 kHz each run's sampler keeps most of a core busy, and with
/// one worker per core that core is another run's: solutions near their CPU-time limit
/// then timed out. Verdicts do not need the finer memory curve (the final CPU figure
/// decides the CPU limit at any rate).
pub fn label_options() -> JudgeOptions {
    JudgeOptions {
        sample_hz: LABEL_SAMPLE_HZ,
        ..JudgeOptions::default()
    }
}

/// Judges every solution that carries an `expected` label, in parallel over `pool`;
/// `progress(done, total)` is called as each finishes. Problems are judged one after
/// another, so only one problem's prepared runs — each holding every case input, a few
/// MB for cases near the constraints — are in memory at a time, however large the set.
pub fn check_labels(
    pool: &dyn Execute,
    problems: &[Problem],
    options: &JudgeOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Vec<LabelCheck> {
    let total: usize = problems
        .iter()
        .map(|p| p.solutions.iter().filter(|s| s.expected.is_some()).count())
        .sum();
    let done = AtomicUsize::new(0);
    let mut checks = Vec::with_capacity(total);
    for problem in problems {
        checks.extend(check_problem(pool, problem, options, &|| {
            progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
        }));
    }
    checks
}

/// Judges the labelled solutions of one problem; `finished` is called once per solution.
fn check_problem(
    pool: &dyn Execute,
    problem: &Problem,
    options: &JudgeOptions,
    finished: &(dyn Fn() + Sync),
) -> Vec<LabelCheck> {
    let check = |index: usize, expected: Verdict| LabelCheck {
        problem_id: problem.problem_id.to_string(),
        solution: index,
        name: problem.solutions[index].name.clone(),
        language: problem.solutions[index].language(),
        expected,
        got: Verdict::SandboxError,
        reason: None,
        metrics: Metrics::default(),
    };
    let mut targets = Vec::new();
    let mut prepared: Vec<Prepared> = Vec::new();
    let mut unprepared = Vec::new();
    for (index, solution) in problem.solutions.iter().enumerate() {
        let Some(expected) = solution.expected else {
            continue;
        };
        match prepare(problem, &solution.code, solution.language(), options) {
            Ok(p) => {
                prepared.push(p);
                targets.push((index, expected));
            }
            Err(e) => {
                finished();
                unprepared.push(LabelCheck {
                    reason: Some(e.to_string()),
                    ..check(index, expected)
                });
            }
        }
    }
    let judgements = judge_all(pool, &prepared, &|_, _| finished());
    let mut checks: Vec<LabelCheck> = targets
        .into_iter()
        .zip(judgements)
        .map(|((index, expected), j)| LabelCheck {
            got: j.verdict,
            reason: j.reason,
            metrics: j.run.metrics,
            ..check(index, expected)
        })
        .collect();
    checks.extend(unprepared);
    checks
}

/// Writes what the checks measured into the solutions: `passed`, `time` (CPU ms),
/// `memory` (peak KiB), `integral` (KiB·ms) and `status`.
pub fn record_measurements(problems: &mut [Problem], checks: &[LabelCheck]) {
    for check in checks {
        let Some(problem) = problems
            .iter_mut()
            .find(|p| p.problem_id.to_string() == check.problem_id)
        else {
            continue;
        };
        let Some(solution) = problem.solutions.get_mut(check.solution) else {
            continue;
        };
        solution.passed = Some(check.got == Verdict::Passed);
        solution.status = Some(check.got.name().to_string());
        let measured = check.got == Verdict::Passed;
        solution.time = measured.then_some(check.metrics.cpu_ms);
        solution.memory = measured.then_some(check.metrics.peak_memory_kb as f64);
        solution.integral = measured.then_some(check.metrics.integral_kb_ms);
    }
}
