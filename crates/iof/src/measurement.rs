//! One measured version of a program: its verdict and the medians of its runs.

use afterburner_litmus::distribution::fold;
use afterburner_venus::harness::Judgement;
use afterburner_venus::{Solution, Verdict};
use serde::{Deserialize, Serialize};

use crate::instruction::Instruction;

/// What Monolith measured of one version of the code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    /// The verdict (`passed` only if every run passed).
    pub verdict: Verdict,
    /// Why it did not pass, in a sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The first failing case (0-based), when one failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failing_case: Option<usize>,
    /// Median CPU time in ms (passing code only).
    pub time_ms: Option<f64>,
    /// Median peak memory in KiB (passing code only).
    pub memory_kb: Option<f64>,
    /// Median time–memory integral in KiB·ms (passing code only).
    pub integral_kb_ms: Option<f64>,
    /// How many runs the medians are over.
    pub runs: usize,
}

impl Measurement {
    /// Folds the runs of one program (at least one) into its measurement.
    pub fn of_runs(runs: &[Judgement]) -> Measurement {
        let folded = fold("", 0, runs);
        let failed = runs.iter().find(|j| j.verdict != Verdict::Passed);
        let passed = folded.verdict == Verdict::Passed;
        let kept = |v: f64| (passed && v.is_finite()).then_some(v);
        Measurement {
            verdict: folded.verdict,
            reason: folded.reason,
            failing_case: failed.and_then(|j| j.failing_case),
            time_ms: kept(folded.time),
            memory_kb: kept(folded.memory),
            integral_kb_ms: kept(folded.integral),
            runs: folded.runs,
        }
    }

    /// The figures a dataset stores for `solution` (measured elsewhere, `runs` 0): passed
    /// only when it is marked passing with all three figures; else its stored status.
    pub fn of_stored(solution: &Solution) -> Measurement {
        let figures = [solution.time, solution.memory, solution.integral];
        if solution.passed == Some(true) && figures.iter().all(|f| f.is_some_and(f64::is_finite)) {
            return Measurement {
                verdict: Verdict::Passed,
                reason: None,
                failing_case: None,
                time_ms: solution.time,
                memory_kb: solution.memory,
                integral_kb_ms: solution.integral,
                runs: 0,
            };
        }
        let status = solution.status.clone().unwrap_or_default();
        match serde_json::from_value::<Verdict>(serde_json::Value::String(status.clone())) {
            Ok(verdict) if verdict != Verdict::Passed => Measurement {
                reason: None,
                ..Measurement::failed(verdict, status)
            },
            _ => Measurement::failed(
                Verdict::WrongAnswer,
                if status.is_empty() {
                    "it did not pass".into()
                } else {
                    status
                },
            ),
        }
    }

    /// A version that could not be run at all (`why` says what went wrong).
    pub fn failed(verdict: Verdict, why: String) -> Measurement {
        Measurement {
            verdict,
            reason: Some(why),
            failing_case: None,
            time_ms: None,
            memory_kb: None,
            integral_kb_ms: None,
            runs: 0,
        }
    }

    /// Whether it passed every case.
    pub fn passed(&self) -> bool {
        self.verdict == Verdict::Passed
    }

    /// The instructed metric (lower is better); `None` unless it passed.
    pub fn metric(&self, instruction: Instruction) -> Option<f64> {
        match instruction {
            Instruction::Time => self.time_ms,
            Instruction::Memory => self.memory_kb,
            Instruction::Integral => self.integral_kb_ms,
        }
    }
}
