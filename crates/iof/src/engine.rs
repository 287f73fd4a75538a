//! The loop itself (Algorithm 1 of the Afterburner paper): for every problem, a first
//! version (written by the model or given), then rounds of prompt → answers → measure →
//! keep the better → score the kept version with an independent measurement.
//!
//! Problems run side by side: at most `concurrency` model calls are in flight, and
//! measurements from every problem share one pool through the [`Measurer`], so the model
//! and the sandbox work at the same time. Every model call and measurement goes to the
//! [`Transcript`] first, so a restarted run replays to where it stopped.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};

use afterburner_litmus::score::{score, Candidate, Reference};
use afterburner_monolith::pool::Execute;
use afterburner_venus::harness::{prepare, JudgeOptions, Prepared};
use afterburner_venus::{Problem, Verdict};
use serde::{Deserialize, Serialize};

use crate::answer::{parse, MAX_CODE_BYTES};
use crate::client::{ChatParams, ClientError, LlmClient, Usage};
use crate::decide::{best_of, choose, Decision, Kept};
use crate::instruction::Instruction;
use crate::measure::{with_measurer, Measurer};
use crate::measurement::Measurement;
use crate::prompt::{Current, Feedback, PromptError, PromptInput, Prompts};
use crate::settings::Settings;
use crate::transcript::{
    code_hash, AnswerRecord, Event, Purpose, ReplyRecord, Round, Transcript, TranscriptError,
};

/// Why a run stopped early. What it finished is in the transcript; the same command
/// continues it.
#[derive(Debug, thiserror::Error)]
pub enum LoopError {
    /// The model server failed for good.
    #[error("the model server failed: {0}")]
    Client(#[from] ClientError),
    /// A prompt template failed.
    #[error(transparent)]
    Prompt(#[from] PromptError),
    /// The transcript could not be written.
    #[error(transparent)]
    Transcript(#[from] TranscriptError),
    /// This problem stopped because another one failed for good (that error is the one
    /// reported).
    #[error("stopped after another problem failed")]
    Stopped,
}

/// One problem of the run: the problem (its solutions filtered to the run's language),
/// the measured human solutions, and the given first version, if any.
pub struct Task {
    /// The problem.
    pub problem: Problem,
    /// Its passing human solutions' measurements.
    pub reference: Reference,
    /// The first version, unless the model writes it.
    pub start: Option<String>,
}

/// One iteration of one problem.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// 0 for the first version.
    pub iteration: usize,
    /// [`code_hash`] of the kept version (none: no version with code yet).
    pub kept_hash: Option<String>,
    /// A better version was kept in this round: a passing one in place of a failing one,
    /// or one lower on the metric by more than the minimum gain. (When both fail the
    /// latest attempt is kept too, but that is no improvement.)
    pub accepted: bool,
    /// Why the kept version is kept.
    pub reason: String,
    /// The measurement that chose the kept version.
    pub chosen: Option<Measurement>,
    /// An independent measurement of the kept version; the reported scores come from it.
    pub score: Option<Measurement>,
    /// Time%, Memory% and Integral% of `score` (0.0–1.0; 0 when failing).
    pub shares: [f64; 3],
    /// Tokens of this round's model calls.
    pub usage: Usage,
    /// Seconds the model took (sum over this round's requests).
    pub llm_seconds: f64,
    /// Seconds spent measuring (waiting for the pool included).
    pub measure_seconds: f64,
    /// What the answers held.
    #[serde(flatten)]
    pub counts: AnswerCounts,
}

/// What a round's answers held.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerCounts {
    /// Answers received.
    pub answers: usize,
    /// Answers with code.
    pub with_code: usize,
    /// Answers in the exact answer format.
    pub exact_format: usize,
    /// Answers cut off by the token limit.
    pub truncated: usize,
}

impl std::ops::AddAssign for AnswerCounts {
    fn add_assign(&mut self, other: AnswerCounts) {
        self.answers += other.answers;
        self.with_code += other.with_code;
        self.exact_format += other.exact_format;
        self.truncated += other.truncated;
    }
}

/// A problem's course under one instruction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trajectory {
    /// The goal.
    pub instruction: Instruction,
    /// The problem.
    pub problem_id: String,
    /// Its difficulty.
    pub difficulty: String,
    /// Iteration 0, 1, …
    pub steps: Vec<Step>,
    /// The kept code at the end.
    pub final_code: Option<String>,
}

/// What the loop needs besides the problems.
pub struct Engine<'a> {
    /// The model; `None` replays a transcript: recorded answers only, a round without
    /// one gets no answer.
    pub client: Option<&'a LlmClient>,
    /// The prompts.
    pub prompts: &'a Prompts,
    /// The run's settings.
    pub settings: &'a Settings,
    /// Where everything is recorded (and replayed from).
    pub transcript: &'a Transcript,
    /// Model calls in flight at most.
    pub concurrency: usize,
    /// Called with (iterations done, iterations in all) as problems advance.
    pub progress: &'a (dyn Fn(usize, usize) + Sync),
}

#[derive(Clone)]
struct Version {
    code: String,
    hash: String,
    measured: Measurement,
}

struct Slots {
    free: Mutex<usize>,
    freed: Condvar,
}

impl Slots {
    fn hold<R>(&self, work: impl FnOnce() -> R) -> R {
        let mut free = self.free.lock().unwrap_or_else(|e| e.into_inner());
        while *free == 0 {
            free = self.freed.wait(free).unwrap_or_else(|e| e.into_inner());
        }
        *free -= 1;
        drop(free);
        let result = work();
        *self.free.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.freed.notify_one();
        result
    }
}

struct Shared<'a> {
    measurer: &'a Measurer,
    slots: Slots,
    stop: AtomicBool,
    done: AtomicUsize,
    total: usize,
}

impl Engine<'_> {
    /// Runs every instruction over every task (instructions one after another); returns
    /// the trajectories in (instruction, task) order.
    pub fn run(&self, pool: &dyn Execute, tasks: &[Task]) -> Result<Vec<Trajectory>, LoopError> {
        let instructions = &self.settings.instructions;
        let total = instructions.len() * tasks.len() * (self.settings.iterations + 1);
        with_measurer(pool, |measurer| {
            let shared = Shared {
                measurer,
                slots: Slots {
                    free: Mutex::new(self.concurrency.max(1)),
                    freed: Condvar::new(),
                },
                stop: AtomicBool::new(false),
                done: AtomicUsize::new(0),
                total,
            };
            let mut all = Vec::new();
            for &instruction in instructions {
                all.extend(self.run_instruction(&shared, instruction, tasks)?);
            }
            Ok(all)
        })
    }

    fn run_instruction(
        &self,
        shared: &Shared,
        instruction: Instruction,
        tasks: &[Task],
    ) -> Result<Vec<Trajectory>, LoopError> {
        // Enough problems in progress that the model always has `concurrency` prompts
        // while others are being measured.
        let workers = tasks.len().min(self.concurrency.max(1) * 2 + pool_slack());
        let next = AtomicUsize::new(0);
        let results: Mutex<Vec<Option<Result<Trajectory, LoopError>>>> =
            Mutex::new((0..tasks.len()).map(|_| None).collect());
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(task) = tasks.get(i) else { break };
                    if shared.stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let result = self.trajectory(shared, instruction, task);
                    if result.is_err() {
                        shared.stop.store(true, Ordering::Relaxed);
                    }
                    results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(result);
                });
            }
        });
        let mut trajectories = Vec::new();
        let mut first_error = None;
        for result in results
            .into_inner()
            .unwrap_or_else(|e| e.into_inner())
            .into_iter()
            .flatten()
        {
            match result {
                Ok(t) => trajectories.push(t),
                Err(LoopError::Stopped) => {}
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        match first_error {
            Some(e) => Err(e),
            None => Ok(trajectories),
        }
    }

    fn options(&self) -> JudgeOptions {
        JudgeOptions {
            case_multiply: self.settings.case_multiply,
            sample_hz: self.settings.sample_hz,
            ..JudgeOptions::default()
        }
    }

    fn trajectory(
        &self,
        shared: &Shared,
        instruction: Instruction,
        task: &Task,
    ) -> Result<Trajectory, LoopError> {
        let problem_id = task.problem.problem_id.to_string();
        let mut steps = Vec::new();
        let mut current: Option<Version> = None;
        for iteration in 0..=self.settings.iterations {
            if shared.stop.load(Ordering::Relaxed) {
                return Err(LoopError::Stopped);
            }
            let round = Round {
                instruction,
                problem_id: problem_id.clone(),
                iteration,
            };
            let mut step = match (&task.start, iteration) {
                (Some(code), 0) => {
                    let (measured, seconds) = self.measure_codes(
                        shared,
                        task,
                        std::slice::from_ref(code),
                        Purpose::Choose,
                        None,
                    )?;
                    let version = Version {
                        code: code.clone(),
                        hash: code_hash(code),
                        measured: measured[0].clone(),
                    };
                    let decision = Decision {
                        kept: Kept::New,
                        reason: "the given first version".into(),
                    };
                    self.transcript.record(&Event::Decision {
                        round: round.clone(),
                        best_answer: None,
                        decision: decision.clone(),
                        kept_hash: Some(version.hash.clone()),
                        kept_code: Some(version.code.clone()),
                    })?;
                    current = Some(version);
                    empty_step(iteration, decision, seconds)
                }
                _ => self.round(shared, task, &round, &mut current)?,
            };
            step.kept_hash = current.as_ref().map(|v| v.hash.clone());
            step.chosen = current.as_ref().map(|v| v.measured.clone());
            step.score = match &current {
                Some(v) => {
                    let (mut measured, seconds) = self.measure_codes(
                        shared,
                        task,
                        std::slice::from_ref(&v.code),
                        Purpose::Score,
                        None,
                    )?;
                    step.measure_seconds += seconds;
                    Some(measured.remove(0))
                }
                None => None,
            };
            step.shares = shares(step.score.as_ref(), &task.reference);
            steps.push(step);
            let done = shared.done.fetch_add(1, Ordering::Relaxed) + 1;
            (self.progress)(done, shared.total);
        }
        Ok(Trajectory {
            instruction,
            problem_id,
            difficulty: task.problem.difficulty.clone(),
            steps,
            final_code: current.map(|v| v.code),
        })
    }

    /// One round: ask the model (or replay its answers), measure the answers' code, keep
    /// the better version.
    fn round(
        &self,
        shared: &Shared,
        task: &Task,
        round: &Round,
        current: &mut Option<Version>,
    ) -> Result<Step, LoopError> {
        let (replies, answers) = match self.transcript.call(round) {
            Some(Event::Llm {
                replies, answers, ..
            }) => (replies.clone(), answers.clone()),
            _ => match self.client {
                Some(client) => self.ask(client, shared, task, round, current.as_ref())?,
                None => (Vec::new(), Vec::new()),
            },
        };
        let mut step = empty_step(
            round.iteration,
            Decision {
                kept: Kept::Current,
                reason: String::new(),
            },
            0.0,
        );
        step.counts.answers = answers.len();
        step.llm_seconds = replies.iter().map(|r| r.latency_ms).sum::<f64>() / 1000.0;
        for r in &replies {
            step.usage.prompt_tokens += r.usage.prompt_tokens;
            step.usage.completion_tokens += r.usage.completion_tokens;
        }
        step.counts.exact_format = answers.iter().filter(|a| a.parsed.exact_format).count();
        step.counts.truncated = answers
            .iter()
            .filter(|a| a.finish_reason.as_deref() == Some("length"))
            .count();
        // Answers with runnable code, each distinct program measured once.
        let codes: Vec<(usize, String)> = answers
            .iter()
            .enumerate()
            // Code cut off by the token limit inside its block is incomplete: not run.
            .filter(|(_, a)| a.parsed.fence_closed || a.finish_reason.as_deref() != Some("length"))
            .filter_map(|(i, a)| a.parsed.code.clone().map(|c| (i, c)))
            .filter(|(_, c)| c.len() <= MAX_CODE_BYTES)
            .collect();
        step.counts.with_code = codes.len();
        let mut distinct: Vec<String> = codes.iter().map(|(_, c)| c.clone()).collect();
        distinct.sort();
        distinct.dedup();
        let (measured, seconds) =
            self.measure_codes(shared, task, &distinct, Purpose::Choose, None)?;
        step.measure_seconds = seconds;
        let of = |code: &String| &measured[distinct.binary_search(code).expect("measured")];
        let candidates: Vec<&Measurement> = codes.iter().map(|(_, c)| of(c)).collect();
        let instruction = round.instruction;
        let (best_answer, decision) = match best_of(&candidates, instruction) {
            None => (
                None,
                Decision {
                    kept: Kept::Current,
                    reason: if answers.is_empty() {
                        "no answer".into()
                    } else {
                        "no answer had code to run".into()
                    },
                },
            ),
            Some(best) => {
                let code = &codes[best].1;
                let mut measured = candidates[best].clone();
                let mut decision = choose(
                    current.as_ref().map(|v| &v.measured),
                    &measured,
                    instruction,
                    self.settings.min_gain,
                );
                let both_pass =
                    current.as_ref().is_some_and(|v| v.measured.passed()) && measured.passed();
                if decision.kept == Kept::New && both_pass {
                    let kept = current.as_ref().expect("both pass");
                    let (paired, seconds) = self.confirm(shared, task, round, &kept.code, code)?;
                    step.measure_seconds += seconds;
                    let again = choose(
                        Some(&paired[0]),
                        &paired[1],
                        instruction,
                        self.settings.min_gain,
                    );
                    decision = if again.kept == Kept::New {
                        measured = paired[1].clone();
                        Decision {
                            kept: Kept::New,
                            reason: format!("{}; side by side: {}", decision.reason, again.reason),
                        }
                    } else {
                        Decision {
                            kept: Kept::Current,
                            reason: format!(
                                "{}, but not side by side: {}",
                                decision.reason, again.reason
                            ),
                        }
                    };
                }
                if decision.kept == Kept::New {
                    *current = Some(Version {
                        hash: code_hash(code),
                        measured,
                        code: code.clone(),
                    });
                }
                (Some(codes[best].0), decision)
            }
        };
        self.transcript.record(&Event::Decision {
            round: round.clone(),
            best_answer,
            decision: decision.clone(),
            kept_hash: current.as_ref().map(|v| v.hash.clone()),
            kept_code: (decision.kept == Kept::New)
                .then(|| current.as_ref().map(|v| v.code.clone()))
                .flatten(),
        })?;
        step.accepted = decision.kept == Kept::New
            && round.iteration > 0
            && current.as_ref().is_some_and(|v| v.measured.passed());
        step.reason = decision.reason;
        Ok(step)
    }

    /// Measures the kept and the new version again, side by side in one batch, so an
    /// apparent improvement is checked against a measurement of both under the same
    /// conditions (two runs apart in time can differ by more than the minimum gain on a
    /// busy machine).
    fn confirm(
        &self,
        shared: &Shared,
        task: &Task,
        round: &Round,
        kept: &str,
        new: &str,
    ) -> Result<(Vec<Measurement>, f64), LoopError> {
        let codes = [kept.to_string(), new.to_string()];
        self.measure_codes(shared, task, &codes, Purpose::Confirm, Some(round))
    }

    /// Asks the model for this round's answers and records the call.
    fn ask(
        &self,
        client: &LlmClient,
        shared: &Shared,
        task: &Task,
        round: &Round,
        current: Option<&Version>,
    ) -> Result<(Vec<ReplyRecord>, Vec<AnswerRecord>), LoopError> {
        let language = self.settings.language;
        let input = PromptInput::new(
            &task.problem,
            language,
            round.instruction,
            current.map(|v| Current {
                code: self.settings.original.then(|| v.code.clone()),
                feedback: self
                    .settings
                    .feedback
                    .then(|| Feedback::against(&v.measured, &task.reference)),
            }),
        );
        let messages = self.prompts.messages(&input)?;
        let params = ChatParams {
            temperature: self.settings.temperature,
            max_tokens: self.settings.max_tokens,
            seed: Some(self.settings.seed),
            extra_body: self.settings.extra_body.clone(),
        };
        let replies = shared
            .slots
            .hold(|| client.chat(&messages, &params, self.settings.samples))?;
        let answers: Vec<AnswerRecord> = replies
            .iter()
            .flat_map(|r| &r.completions)
            .map(|c| AnswerRecord {
                text: c.text.clone(),
                finish_reason: c.finish_reason.clone(),
                parsed: parse(&c.text),
            })
            .collect();
        let replies: Vec<ReplyRecord> = replies
            .iter()
            .map(|r| ReplyRecord {
                server: r.server.clone(),
                latency_ms: r.latency_ms,
                usage: r.usage,
                attempts: r.attempts,
                choices: r.completions.len(),
            })
            .collect();
        self.transcript.record(&Event::Llm {
            round: round.clone(),
            messages,
            replies: replies.clone(),
            answers: answers.clone(),
        })?;
        Ok((replies, answers))
    }

    /// Measures `codes` (distinct programs) for `purpose`, taking earlier measurements
    /// from the transcript; returns them with the seconds they took (an earlier run's
    /// counted once).
    fn measure_codes(
        &self,
        shared: &Shared,
        task: &Task,
        codes: &[String],
        purpose: Purpose,
        round: Option<&Round>,
    ) -> Result<(Vec<Measurement>, f64), LoopError> {
        let problem_id = task.problem.problem_id.to_string();
        let key = |code: &str| (purpose, problem_id.clone(), code_hash(code), round.cloned());
        let mut seconds = 0.0;
        let mut out: Vec<Option<Measurement>> = codes
            .iter()
            .map(|c| {
                let (m, earlier) = self.transcript.measurement(&key(c))?;
                seconds += earlier;
                Some(m)
            })
            .collect();
        let missing: Vec<usize> = (0..codes.len()).filter(|&i| out[i].is_none()).collect();
        let options = self.options();
        let mut runnable: Vec<(usize, Prepared)> = Vec::new();
        for &i in &missing {
            match prepare(&task.problem, &codes[i], self.settings.language, &options) {
                Ok(p) => runnable.push((i, p)),
                Err(e) => out[i] = Some(Measurement::failed(Verdict::SandboxError, e.to_string())),
            }
        }
        let prepared: Vec<Prepared> = runnable.iter().map(|(_, p)| p.clone()).collect();
        let (measured, took) = shared.measurer.measure(&prepared, self.settings.runs);
        seconds += took;
        for ((i, _), m) in runnable.iter().zip(measured) {
            out[*i] = Some(m);
        }
        for &i in &missing {
            self.transcript.record(&Event::Measurement {
                purpose,
                problem_id: problem_id.clone(),
                code_hash: code_hash(&codes[i]),
                measurement: out[i].clone().expect("measured"),
                seconds: took / missing.len() as f64,
                round: round.cloned(),
            })?;
        }
        let measured = out.into_iter().map(|m| m.expect("measured")).collect();
        Ok((measured, seconds))
    }
}

/// Extra problems in progress beyond twice the model's concurrency: enough to keep the
/// measuring pool fed while every model slot is busy.
fn pool_slack() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

fn empty_step(iteration: usize, decision: Decision, measure_seconds: f64) -> Step {
    Step {
        iteration,
        kept_hash: None,
        accepted: false,
        reason: decision.reason,
        chosen: None,
        score: None,
        shares: [0.0; 3],
        usage: Usage::default(),
        llm_seconds: 0.0,
        measure_seconds,
        counts: AnswerCounts::default(),
    }
}

/// The Litmus candidate of a problem's kept version (no version counts as a failure).
pub fn candidate(
    m: Option<&Measurement>,
    problem_id: &str,
    difficulty: &str,
    language: &str,
) -> Candidate {
    let verdict = m.map_or(Verdict::WrongAnswer, |m| m.verdict);
    let value = |v: Option<f64>| v.unwrap_or(f64::NAN);
    Candidate {
        problem_id: problem_id.to_string(),
        difficulty: difficulty.to_string(),
        language: language.to_string(),
        verdict,
        time: value(m.and_then(|m| m.time_ms)),
        memory: value(m.and_then(|m| m.memory_kb)),
        integral: value(m.and_then(|m| m.integral_kb_ms)),
    }
}

/// The shares (0.0–1.0) of `reference` that `m` beats on time, memory and integral.
pub fn shares(m: Option<&Measurement>, reference: &Reference) -> [f64; 3] {
    let s = score(candidate(m, "", "", ""), reference);
    [s.time_pct, s.memory_pct, s.integral_pct]
}
