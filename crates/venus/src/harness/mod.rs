//! Judging a solution: turn (problem, solution, language, case multiplier) into one
//! program that runs every case, run it in Monolith, and decide the verdict.
//!
//! Python solutions are judged with the Venus semantics ([`python`]): the record's
//! runner and `evaluate` decide. The other languages run the record's runner for that
//! language over all cases at once and are compared line by line ([`native`]) with the
//! record's [`Comparator`].

mod compare;
mod native;
mod python;

use afterburner_monolith::pool::Execute;
use afterburner_monolith::runner::{RunRequest, Runner};
use afterburner_monolith::sandbox::Stdin;
use afterburner_monolith::{Language, Limits, RunResult, Status};
use serde::Serialize;

use crate::record::{Comparator, Problem, TestCase, Verdict};

/// The CPU-time limit for one pass over the cases when the record sets none, in ms.
pub const DEFAULT_TIME_LIMIT_MS: u64 = 10_000;

/// How to judge.
#[derive(Debug, Clone)]
pub struct JudgeOptions {
    /// How many times the list of cases is run (64 in the Venus evaluation), so that
    /// fast solutions run long enough to measure.
    pub case_multiply: usize,
    /// The core to pin the run to.
    pub cpu: Option<usize>,
    /// Memory sampling rate in Hz.
    pub sample_hz: u32,
    /// Keep the memory timeline.
    pub timeline: bool,
    /// Memory limit in KiB.
    pub memory_kb: u64,
}

impl Default for JudgeOptions {
    fn default() -> Self {
        JudgeOptions {
            case_multiply: 1,
            cpu: None,
            sample_hz: afterburner_monolith::sandbox::DEFAULT_SAMPLE_HZ,
            timeline: false,
            memory_kb: Limits::default().memory_kb,
        }
    }
}

/// The verdict on one solution, with the run it came from.
#[derive(Debug, Clone, Serialize)]
pub struct Judgement {
    /// The verdict.
    pub verdict: Verdict,
    /// Why it is not `passed`, in a sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The first case that failed (0-based), when one did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failing_case: Option<usize>,
    /// The measured run (its metrics are the solution's time and memory).
    pub run: RunResult,
}

/// A failure to even build the judging program.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JudgeError {
    /// The problem has no runner for the language.
    #[error("problem {problem_id} has no {language} runner (it has: {available})")]
    NoRunner {
        /// The problem.
        problem_id: String,
        /// The language asked for.
        language: Language,
        /// The languages it has runners for.
        available: String,
    },
}

/// A judging run ready to start: the request for Monolith and how to read its result.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// What to run.
    pub request: RunRequest,
    language: Language,
    comparator: Comparator,
    cases: Vec<TestCase>,
    multiply: usize,
}

/// The limits of a judging run: the record's time limit per pass, times the passes.
fn limits(problem: &Problem, options: &JudgeOptions) -> Limits {
    let per_pass = problem.time_limit_ms.unwrap_or(DEFAULT_TIME_LIMIT_MS);
    let cpu_ms = per_pass * options.case_multiply.max(1) as u64;
    Limits {
        cpu_ms,
        wall_ms: cpu_ms * 2 + 2_000,
        memory_kb: options.memory_kb,
        ..Limits::default()
    }
}

/// Builds the judging program for `code` in `language`.
pub fn prepare(
    problem: &Problem,
    code: &str,
    language: Language,
    options: &JudgeOptions,
) -> Result<Prepared, JudgeError> {
    let runner = problem
        .test_case_runners
        .get(language)
        .ok_or_else(|| JudgeError::NoRunner {
            problem_id: problem.problem_id.to_string(),
            language,
            available: problem
                .languages()
                .iter()
                .map(|l| l.name())
                .collect::<Vec<_>>()
                .join(", "),
        })?;
    let multiply = options.case_multiply.max(1);
    let (source, stdin) = match language {
        Language::Python => (
            python::compose(runner, &problem.test_case_evaluator, code),
            python::payload(&problem.test_cases, multiply, false),
        ),
        _ => (
            native::compose(runner, code),
            native::stdin(&problem.test_cases, multiply),
        ),
    };
    let mut request = RunRequest::new(language, source);
    request.stdin = Stdin::Bytes(stdin);
    request.limits = limits(problem, options);
    request.cpu = options.cpu;
    request.sample_hz = options.sample_hz;
    request.timeline = options.timeline;
    Ok(Prepared {
        request,
        language,
        comparator: problem.comparator.unwrap_or_default(),
        cases: problem.test_cases.clone(),
        multiply,
    })
}

/// Decides the verdict of a finished judging run.
pub fn conclude(prepared: &Prepared, run: RunResult) -> Judgement {
    let limit = |verdict, run: RunResult| Judgement {
        verdict,
        reason: run.reason.clone(),
        failing_case: None,
        run,
    };
    match run.status {
        Status::Success => {}
        Status::Timeout => return limit(Verdict::Timeout, run),
        Status::MemoryLimit => return limit(Verdict::MemoryLimit, run),
        Status::OutputLimit => return limit(Verdict::OutputLimit, run),
        Status::CompileError => return limit(Verdict::CompileError, run),
        Status::SandboxError => return limit(Verdict::SandboxError, run),
        Status::RuntimeError => return runtime_error(prepared, run),
    }
    if prepared.language == Language::Python {
        return python_verdict(run);
    }
    match native::check(
        &run.stdout,
        &prepared.cases,
        prepared.multiply,
        prepared.comparator,
    ) {
        Ok(()) => Judgement {
            verdict: Verdict::Passed,
            reason: None,
            failing_case: None,
            run,
        },
        Err(mismatch) => Judgement {
            verdict: Verdict::WrongAnswer,
            reason: Some(format!("case {}: {}", mismatch.case, mismatch.detail)),
            failing_case: Some(mismatch.case),
            run,
        },
    }
}

/// A crash. For Python, a syntax error in the solution stops the whole program before
/// any case runs: that is the solution failing to compile.
fn runtime_error(prepared: &Prepared, run: RunResult) -> Judgement {
    let tail: String = run
        .stderr
        .lines()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .join(" | ");
    let syntax = prepared.language == Language::Python
        && run.stdout.is_empty()
        && (run.stderr.contains("SyntaxError") || run.stderr.contains("IndentationError"));
    Judgement {
        verdict: if syntax {
            Verdict::CompileError
        } else {
            Verdict::RuntimeError
        },
        reason: Some(format!(
            "{}: {tail}",
            run.reason.as_deref().unwrap_or("crashed")
        )),
        failing_case: None,
        run,
    }
}

fn python_verdict(run: RunResult) -> Judgement {
    if run.stdout == "Success\n" {
        return Judgement {
            verdict: Verdict::Passed,
            reason: None,
            failing_case: None,
            run,
        };
    }
    match python::failure(&run.stderr) {
        Some(failure) => Judgement {
            verdict: if failure.kind == "exception" { Verdict::RuntimeError } else { Verdict::WrongAnswer },
            reason: Some(format!("case {}: {}", failure.case, failure.detail.trim_end())),
            failing_case: Some(failure.case),
            run,
        },
        None => Judgement {
            verdict: Verdict::WrongAnswer,
            reason: Some(format!(
                "the program printed {:?} instead of the harness's final `Success` (a solution must not write to the real stdout)",
                run.stdout.chars().take(200).collect::<String>()
            )),
            failing_case: None,
            run,
        },
    }
}

/// Judges one solution.
pub fn judge(
    runner: &Runner,
    problem: &Problem,
    code: &str,
    language: Language,
    options: &JudgeOptions,
) -> Result<Judgement, JudgeError> {
    let prepared = prepare(problem, code, language, options)?;
    let run = runner.run(&prepared.request);
    Ok(conclude(&prepared, run))
}

/// Judges many prepared runs in parallel over `pool`; `on_done(index, judgement)` is
/// called as each finishes.
pub fn judge_all(
    pool: &dyn Execute,
    prepared: &[Prepared],
    on_done: &(dyn Fn(usize, &Judgement) + Sync),
) -> Vec<Judgement> {
    let requests: Vec<RunRequest> = prepared.iter().map(|p| p.request.clone()).collect();
    let judgements: std::sync::Mutex<Vec<Option<Judgement>>> =
        std::sync::Mutex::new(vec![None; prepared.len()]);
    pool.run_all(&requests, &|index, run| {
        let judgement = conclude(&prepared[index], run.clone());
        on_done(index, &judgement);
        judgements.lock().unwrap_or_else(|e| e.into_inner())[index] = Some(judgement);
    });
    judgements
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|j| j.expect("every run reports"))
        .collect()
}

/// Runs `code` (Python) under the problem's runner over `inputs` and returns what it
/// printed for each: how the expected outputs of a new problem are computed.
pub fn capture_outputs(
    runner: &Runner,
    problem: &Problem,
    code: &str,
    inputs: &[String],
) -> Result<Vec<String>, String> {
    let python_runner = problem
        .test_case_runners
        .get(Language::Python)
        .ok_or("the reference must be a Python solution and the problem needs a Python runner")?;
    let cases: Vec<TestCase> = inputs
        .iter()
        .map(|input| TestCase {
            input: input.clone(),
            output: String::new(),
        })
        .collect();
    let mut request = RunRequest::new(
        Language::Python,
        python::compose(python_runner, &problem.test_case_evaluator, code),
    );
    request.stdin = Stdin::Bytes(python::payload(&cases, 1, true));
    request.limits = limits(problem, &JudgeOptions::default());
    request.limits.output_bytes = crate::bundle::GENERATED_BYTES;
    let run = runner.run(&request);
    if run.status != Status::Success {
        return Err(format!(
            "the reference failed: {} {}",
            run.reason.unwrap_or_default(),
            run.stderr
        ));
    }
    if let Some(failure) = python::failure(&run.stderr) {
        return Err(format!(
            "the reference failed on input {}: {}",
            failure.case, failure.detail
        ));
    }
    serde_json::from_str(&run.stdout)
        .map_err(|e| format!("the reference's outputs are unreadable: {e}"))
}
