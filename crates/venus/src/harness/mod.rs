//! Judging a solution: turn (problem, solution, language, case multiplier) into one
//! program that runs every case, run it in Monolith, and decide the verdict.
//!
//! The solution's process only ever produces outputs: it holds no expected output and
//! decides nothing, so it cannot forge its verdict. Python solutions are run with the
//! Venus semantics ([`python`]) and report each case's output in [`frames`]; the record's
//! `evaluate` then judges those outputs in a sandboxed run of its own ([`evaluator`]).
//! The other languages run the record's runner for that language over all cases at once
//! and are compared line by line ([`native`]) with the record's [`Comparator`], here.
//!
//! Judging is therefore one or two runs: [`conclude`] decides from the first, or returns
//! a [`Pending`] evaluation whose run [`Pending::finish`] turns into the verdict.

mod compare;
mod evaluator;
mod frames;
mod native;
pub(crate) mod python;

use std::sync::{Arc, Mutex};

use afterburner_monolith::pool::Execute;
use afterburner_monolith::runner::{RunRequest, Runner};
use afterburner_monolith::sandbox::Stdin;
use afterburner_monolith::{Language, Limits, RunResult, Status};
use serde::Serialize;

use crate::record::{Comparator, Problem, TestCase, Verdict};
use evaluator::{Answer, Checked};

/// The CPU-time limit for one pass over the cases when the record sets none, in ms.
pub const DEFAULT_TIME_LIMIT_MS: u64 = 10_000;

/// Extra CPU time an evaluation run gets on top of one pass's limit, in ms: `evaluate`
/// is usually cheap, but Python must start and read every output.
const EVALUATION_EXTRA_MS: u64 = 10_000;

/// Evaluation runs are not measured: a low sampling rate leaves the CPU to others.
const EVALUATION_SAMPLE_HZ: u32 = 1_000;

/// The most a judging run may print, in bytes, however large the expected outputs.
const MAX_OUTPUT_BYTES: u64 = 256 * 1024 * 1024;

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
/// Clones share what the record's evaluator has already answered.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// What to run.
    pub request: RunRequest,
    language: Language,
    comparator: Comparator,
    cases: Arc<[TestCase]>,
    multiply: usize,
    /// The record's evaluator source (Python judging only).
    evaluator: Arc<str>,
    /// The CPU-time limit of one pass over the cases, in ms.
    pass_ms: u64,
    checked: Arc<Checked>,
}

/// The limits of a judging run: the record's time limit per pass, times the passes, and
/// room for the outputs it must print.
fn limits(problem: &Problem, options: &JudgeOptions, output_bytes: u64) -> Limits {
    let per_pass = problem.time_limit_ms.unwrap_or(DEFAULT_TIME_LIMIT_MS);
    let cpu_ms = per_pass * options.case_multiply.max(1) as u64;
    let defaults = Limits::default();
    Limits {
        cpu_ms,
        wall_ms: cpu_ms * 2 + 2_000,
        memory_kb: options.memory_kb,
        output_bytes: output_bytes.clamp(defaults.output_bytes, MAX_OUTPUT_BYTES),
        ..defaults
    }
}

/// Room for `copies` copies of every expected output, twice over (a wrong answer may be
/// longer than the right one), plus framing.
fn output_room(cases: &[TestCase], copies: usize) -> u64 {
    let expected: u64 = cases.iter().map(|c| c.output.len() as u64 + 32).sum();
    expected.saturating_mul(2 * copies as u64) + 64 * 1024
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
    let cases = &problem.test_cases;
    let (source, stdin, copies) = match language {
        // Repeated rounds are sent as `=` when unchanged: one copy of the outputs.
        Language::Python => (
            python::compose(runner, code),
            python::payload(cases.iter().map(|c| c.input.as_str()), multiply),
            1,
        ),
        _ => (
            native::compose(runner, code),
            native::stdin(cases, multiply),
            multiply,
        ),
    };
    let mut request = RunRequest::new(language, source);
    request.stdin = Stdin::Bytes(stdin.into());
    request.limits = limits(problem, options, output_room(cases, copies));
    request.cpu = options.cpu;
    request.sample_hz = options.sample_hz;
    request.timeline = options.timeline;
    Ok(Prepared {
        request,
        language,
        comparator: problem.comparator.unwrap_or_default(),
        cases: cases.clone().into(),
        multiply,
        evaluator: problem.test_case_evaluator.as_str().into(),
        pass_ms: problem.time_limit_ms.unwrap_or(DEFAULT_TIME_LIMIT_MS),
        checked: Arc::default(),
    })
}

/// What the first run decided: the verdict, or an evaluation still to run.
#[derive(Debug)]
// Both variants carry a whole run, and each is moved once per judgement.
#[allow(clippy::large_enum_variant)]
pub enum Conclusion {
    /// The verdict is settled.
    Judged(Judgement),
    /// The record's `evaluate` must judge the outputs first.
    Evaluate(Pending),
}

/// Outputs waiting for the record's evaluator: run [`Pending::request`] (on any core; it
/// is not measured) and pass its result to [`Pending::finish`].
#[derive(Debug)]
pub struct Pending {
    /// The evaluation run, or `None` when every output's answer is already known.
    pub request: Option<RunRequest>,
    run: RunResult,
    /// Every distinct (position first seen, case, output) of the run.
    outputs: Vec<(usize, usize, String)>,
    /// The keys of `outputs`, and which of them the request asks about.
    keys: Vec<[u8; 32]>,
    asked: Vec<usize>,
    checked: Arc<Checked>,
}

/// Decides the verdict of a finished judging run, or says what is left to evaluate.
pub fn conclude(prepared: &Prepared, run: RunResult) -> Conclusion {
    let limit = |verdict, run: RunResult| {
        Conclusion::Judged(Judgement {
            verdict,
            reason: run.reason.clone(),
            failing_case: None,
            run,
        })
    };
    match run.status {
        Status::Success => {}
        Status::Timeout => return limit(Verdict::Timeout, run),
        Status::MemoryLimit => return limit(Verdict::MemoryLimit, run),
        Status::OutputLimit => return limit(Verdict::OutputLimit, run),
        Status::CompileError => return limit(Verdict::CompileError, run),
        Status::SandboxError => return limit(Verdict::SandboxError, run),
        Status::RuntimeError => return Conclusion::Judged(runtime_error(prepared, run)),
    }
    if prepared.language == Language::Python {
        return python_outputs(prepared, run);
    }
    Conclusion::Judged(
        match native::check(
            &run.stdout,
            &prepared.cases,
            prepared.multiply,
            prepared.comparator,
        ) {
            Ok(()) => passed(run),
            Err(mismatch) => wrong(run, mismatch.case, mismatch.detail),
        },
    )
}

fn passed(run: RunResult) -> Judgement {
    Judgement {
        verdict: Verdict::Passed,
        reason: None,
        failing_case: None,
        run,
    }
}

fn wrong(run: RunResult, case: usize, detail: String) -> Judgement {
    Judgement {
        verdict: Verdict::WrongAnswer,
        reason: Some(format!("case {case}: {detail}")),
        failing_case: Some(case),
        run,
    }
}

/// A crash. For Python, a syntax error in the solution stops the whole program before
/// any case runs: that is the solution failing to compile.
fn runtime_error(prepared: &Prepared, run: RunResult) -> Judgement {
    let python = prepared.language == Language::Python;
    if let Some(failure) = python.then(|| python::failure(&run.stderr)).flatten() {
        return Judgement {
            verdict: Verdict::RuntimeError,
            reason: Some(format!(
                "case {}: {}",
                failure.case,
                failure.detail.trim_end()
            )),
            failing_case: Some(failure.case),
            run,
        };
    }
    let tail: String = run
        .stderr
        .lines()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .join(" | ");
    let syntax = python
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

/// Reads a Python run's reported outputs and asks the evaluator about the new ones.
fn python_outputs(prepared: &Prepared, run: RunResult) -> Conclusion {
    let outputs = match frames::read(&run.stdout, prepared.cases.len(), prepared.multiply) {
        Ok(outputs) => outputs,
        Err(e) => return Conclusion::Judged(wrong(run, e.case, e.detail)),
    };
    let mut flat: Vec<(usize, usize, String)> = outputs
        .per_case
        .into_iter()
        .enumerate()
        .flat_map(|(case, seen)| seen.into_iter().map(move |(at, out)| (at, case, out)))
        .collect();
    flat.sort_by_key(|(at, _, _)| *at);
    let keys: Vec<[u8; 32]> = flat
        .iter()
        .map(|(_, case, out)| Checked::key(&prepared.evaluator, &prepared.cases[*case].output, out))
        .collect();
    let asked: Vec<usize> = (0..flat.len())
        .filter(|&i| prepared.checked.get(&keys[i]).is_none())
        .collect();
    let request = (!asked.is_empty()).then(|| {
        let checks = asked.iter().map(|&i| {
            let (_, case, out) = &flat[i];
            (prepared.cases[*case].output.as_str(), out.as_str())
        });
        let mut request =
            RunRequest::new(Language::Python, evaluator::compose(&prepared.evaluator));
        request.stdin = Stdin::Bytes(evaluator::payload(checks).into());
        request.limits = Limits {
            cpu_ms: prepared.pass_ms + EVALUATION_EXTRA_MS,
            wall_ms: 2 * (prepared.pass_ms + EVALUATION_EXTRA_MS),
            ..Limits::default()
        };
        request.sample_hz = EVALUATION_SAMPLE_HZ;
        request
    });
    Conclusion::Evaluate(Pending {
        request,
        run,
        outputs: flat,
        keys,
        asked,
        checked: Arc::clone(&prepared.checked),
    })
}

impl Pending {
    /// The verdict, from the evaluation run (`None` when no run was needed).
    pub fn finish(self, evaluation: Option<RunResult>) -> Judgement {
        if let Some(evaluation) = evaluation {
            if let Err((verdict, case, detail)) = self.record(evaluation) {
                return Judgement {
                    verdict,
                    reason: Some(match case {
                        Some(case) => format!("case {case}: {detail}"),
                        None => detail,
                    }),
                    failing_case: case,
                    run: self.run,
                };
            }
        }
        let first_rejected = self
            .keys
            .iter()
            .zip(&self.outputs)
            .find_map(|(key, (_, case, _))| match self.checked.get(key) {
                Some(answer) if answer.accepted() => None,
                Some(Answer::Rejected(detail)) => Some((*case, detail)),
                Some(Answer::Accepted(_)) => {
                    Some((*case, "the evaluator did not return True".into()))
                }
                None => Some((*case, "the evaluator gave no answer for this output".into())),
            });
        match first_rejected {
            None => passed(self.run),
            Some((case, detail)) => wrong(self.run, case, detail),
        }
    }

    /// Stores the evaluation's answers; when it failed, the verdict, case and reason.
    fn record(&self, evaluation: RunResult) -> Result<(), (Verdict, Option<usize>, String)> {
        if evaluation.status == Status::SandboxError {
            let why = evaluation.reason.unwrap_or_default();
            return Err((
                Verdict::SandboxError,
                None,
                format!("evaluating the outputs: {why}"),
            ));
        }
        let answers = if evaluation.status == Status::Success {
            evaluator::answers(&evaluation.stdout, self.asked.len())
        } else {
            Err(format!(
                "{} ({})",
                evaluation.reason.unwrap_or_default(),
                evaluation.stderr.lines().last().unwrap_or("")
            ))
        };
        match answers {
            Ok(answers) => {
                for (&i, answer) in self.asked.iter().zip(answers) {
                    self.checked.insert(self.keys[i], answer);
                }
                Ok(())
            }
            // The evaluator could not judge these outputs: they are not accepted.
            Err(why) => Err((
                Verdict::WrongAnswer,
                Some(self.outputs[self.asked[0]].1),
                format!("the record's evaluator failed on this program's outputs: {why}"),
            )),
        }
    }
}

/// Runs both steps of judging one prepared solution on `runner`.
pub fn judge_prepared(runner: &Runner, prepared: &Prepared) -> Judgement {
    let run = runner.run(&prepared.request);
    match conclude(prepared, run) {
        Conclusion::Judged(judgement) => judgement,
        Conclusion::Evaluate(pending) => {
            let evaluation = pending.request.as_ref().map(|r| runner.run(r));
            pending.finish(evaluation)
        }
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
    Ok(judge_prepared(runner, &prepared))
}

/// Judges many prepared runs in parallel over `pool`; `on_done(index, judgement)` is
/// called as each is decided. Solutions settled by their own run are decided as they
/// finish; the evaluations the others need run after the whole batch, so they never
/// share a core with a measured run.
pub fn judge_all(
    pool: &dyn Execute,
    prepared: &[Prepared],
    on_done: &(dyn Fn(usize, &Judgement) + Sync),
) -> Vec<Judgement> {
    let requests: Vec<RunRequest> = prepared.iter().map(|p| p.request.clone()).collect();
    let judgements: Mutex<Vec<Option<Judgement>>> = Mutex::new(vec![None; prepared.len()]);
    let decide = |index: usize, judgement: Judgement| {
        on_done(index, &judgement);
        judgements.lock().unwrap_or_else(|e| e.into_inner())[index] = Some(judgement);
    };
    let pending: Mutex<Vec<(usize, Pending)>> = Mutex::new(Vec::new());
    pool.run_all(
        &requests,
        &|index, run| match conclude(&prepared[index], run.clone()) {
            Conclusion::Judged(judgement) => decide(index, judgement),
            Conclusion::Evaluate(p) => pending
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((index, p)),
        },
    );
    let mut pending = pending.into_inner().unwrap_or_else(|e| e.into_inner());
    pending.sort_by_key(|(index, _)| *index);
    // Outputs already answered (by an earlier run of the same solution) need no run.
    let (known, unknown): (Vec<_>, Vec<_>) =
        pending.into_iter().partition(|(_, p)| p.request.is_none());
    for (index, p) in known {
        decide(index, p.finish(None));
    }
    let evaluations: Vec<RunRequest> = unknown
        .iter()
        .filter_map(|(_, p)| p.request.clone())
        .collect();
    // Each slot is taken once, by the callback of its own evaluation.
    let (indices, waiting): (Vec<usize>, Vec<Pending>) = unknown.into_iter().unzip();
    let waiting: Vec<Mutex<Option<Pending>>> =
        waiting.into_iter().map(|p| Mutex::new(Some(p))).collect();
    pool.run_all(&evaluations, &|slot, run| {
        let taken = waiting[slot]
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(p) = taken {
            decide(indices[slot], p.finish(Some(run.clone())));
        }
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
    let mut request = RunRequest::new(Language::Python, python::compose(python_runner, code));
    request.stdin = Stdin::Bytes(python::payload(inputs.iter().map(String::as_str), 1).into());
    request.limits = limits(
        problem,
        &JudgeOptions::default(),
        crate::bundle::GENERATED_BYTES,
    );
    let run = runner.run(&request);
    if let Some(failure) = python::failure(&run.stderr) {
        return Err(format!(
            "the reference failed on input {}: {}",
            failure.case, failure.detail
        ));
    }
    if run.status != Status::Success {
        return Err(format!(
            "the reference failed: {} {}",
            run.reason.unwrap_or_default(),
            run.stderr
        ));
    }
    frames::read(&run.stdout, inputs.len(), 1)
        .map(frames::Outputs::first_round)
        .map_err(|e| format!("the reference's outputs are unreadable: {e}"))
}
