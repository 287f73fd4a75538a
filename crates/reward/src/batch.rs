//! Rewards for a batch of answers, as GRPO sends them: B prompts × G answers at once,
//! many of them identical. Every distinct program (problem, language, code) is judged
//! once per batch and remembered across batches; a program is run once to settle its
//! verdict and only passing ones are run the remaining times; baselines are measured here,
//! with the same settings as the answers, unless the caller asks for the stored figures.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use afterburner_iof::answer::{parse, MAX_CODE_BYTES};
use afterburner_iof::instruction::Instruction;
use afterburner_iof::measure::with_measurer;
use afterburner_iof::measurement::Measurement;
use afterburner_iof::transcript::code_hash;
use afterburner_monolith::pool::Execute;
use afterburner_monolith::Language;
use afterburner_venus::harness::{prepare, JudgeOptions, Prepared, DEFAULT_TIME_LIMIT_MS};
use afterburner_venus::{Problem, Verdict};
use serde::{Deserialize, Serialize};

use crate::formula::{reward_with_length, Caps, Outcome, Parts, Weights};

/// The code an answer is compared with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Baseline {
    /// Code, measured here with the answers' settings (cached by problem and code).
    Code(String),
    /// Figures measured elsewhere (a dataset's stored stats).
    Stats(Outcome),
}

/// Which baseline is used when a label carries both code and stored figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum BaselinePreference {
    /// Measure the code here, with the answers' settings (fair: same machine, same time).
    #[default]
    Measured,
    /// Use the stored figures (faster; they were measured elsewhere).
    Stored,
}

impl BaselinePreference {
    /// The baseline to use, given what a label carries; `None` when it carries neither.
    pub fn choose(self, code: Option<String>, stats: Option<Outcome>) -> Option<Baseline> {
        match (self, code, stats) {
            (BaselinePreference::Stored, _, Some(stats)) => Some(Baseline::Stats(stats)),
            (_, Some(code), _) => Some(Baseline::Code(code)),
            (_, None, Some(stats)) => Some(Baseline::Stats(stats)),
            (_, None, None) => None,
        }
    }
}

impl std::str::FromStr for BaselinePreference {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "measured" => Ok(BaselinePreference::Measured),
            "stored" => Ok(BaselinePreference::Stored),
            other => Err(format!(
                "unknown baseline {other:?}: expected measured or stored"
            )),
        }
    }
}

/// One answer to reward.
#[derive(Debug, Clone)]
pub struct Item {
    /// The problem.
    pub problem: Arc<Problem>,
    /// The goal the answer was asked for.
    pub instruction: Instruction,
    /// The model's whole answer.
    pub completion: String,
    /// The language the code is judged in.
    pub language: Language,
    /// What it is compared with.
    pub baseline: Baseline,
    /// How many times the problem's cases run (the multiplier its baseline's figures
    /// were measured with); `None`: the rewarder's setting.
    pub case_multiply: Option<usize>,
}

impl Item {
    /// The judging options for this item: the rewarder's, with the item's multiplier.
    fn judge(&self, settings: &Settings) -> JudgeOptions {
        JudgeOptions {
            case_multiply: self
                .case_multiply
                .unwrap_or(settings.judge.case_multiply)
                .max(1),
            ..settings.judge.clone()
        }
    }
}

/// A reward with everything a trainer may want to log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rewarded {
    /// The reward and its terms.
    #[serde(flatten)]
    pub parts: Parts,
    /// The answer had code to run.
    pub has_code: bool,
    /// The baseline's measurement (none for stored stats).
    pub baseline: Option<Measurement>,
    /// The answer's measurement (none without code).
    pub candidate: Option<Measurement>,
    /// Why the answer did not pass, when it did not.
    pub reason: Option<String>,
    /// The answer could not be judged (unknown problem, a sandbox failure, …): the score
    /// is the penalty, not a judgement of the answer.
    pub error: Option<String>,
}

/// How answers are measured and rewarded.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Runs per passing program (medians kept).
    pub runs: usize,
    /// Judging options (case multiplier, sample rate, memory limit).
    pub judge: JudgeOptions,
    /// The reward's weights.
    pub weights: Weights,
}

impl Settings {
    /// The score given when an answer cannot be judged: what a failing answer to a
    /// failing baseline earns, so a fault of ours never looks like a good answer.
    pub fn penalty(&self) -> f64 {
        self.weights.improve * self.weights.fail_fail
    }

    /// The reward of an answer that could not be judged, saying why.
    pub fn penalized(&self, error: String) -> Rewarded {
        Rewarded {
            parts: Parts {
                score: self.penalty(),
                format: 0.0,
                pass: 0.0,
                gain: 0.0,
                gain_weight: 0.0,
                length: 0.0,
            },
            has_code: false,
            baseline: None,
            candidate: None,
            reason: None,
            error: Some(error),
        }
    }

    /// The caps of `problem`'s metrics judged with `judge`: its time limit over all case
    /// passes (ms) and the memory limit (KiB).
    pub fn caps(problem: &Problem, judge: &JudgeOptions) -> Caps {
        let per_pass = problem.time_limit_ms.unwrap_or(DEFAULT_TIME_LIMIT_MS) as f64;
        Caps {
            time_ms: per_pass * judge.case_multiply.max(1) as f64,
            memory_kb: judge.memory_kb as f64,
        }
    }
}

/// A judged program: problem, language, code hash and case multiplier.
type ProgramKey = (String, Language, String, usize);

/// Rewards batches over a pool (local cores, a fleet or a server's workers),
/// remembering every program it judged.
pub struct Rewarder<'a> {
    pool: Box<dyn Execute + Send + 'a>,
    settings: Settings,
    judged: Mutex<HashMap<ProgramKey, Measurement>>,
}

impl<'a> Rewarder<'a> {
    /// A rewarder measuring on `pool`.
    pub fn new(pool: impl Execute + Send + 'a, settings: Settings) -> Rewarder<'a> {
        Rewarder {
            pool: Box::new(pool),
            settings,
            judged: Mutex::new(HashMap::new()),
        }
    }

    /// How it measures and rewards.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// How many distinct programs have been judged so far.
    pub fn programs_judged(&self) -> usize {
        self.judged.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// The rewards of `items`, in order.
    pub fn reward(&self, items: &[Item]) -> Vec<Rewarded> {
        let answers: Vec<_> = items
            .iter()
            .map(|i| {
                let mut answer = parse(&i.completion);
                // The loop's bound on code it will run holds here too: an answer is untrusted.
                answer.code = answer.code.filter(|c| c.len() <= MAX_CODE_BYTES);
                answer
            })
            .collect();
        // Every program this batch needs and nobody has judged yet, once each.
        let mut wanted: Vec<(ProgramKey, Prepared)> = Vec::new();
        {
            let judged = self.judged.lock().unwrap_or_else(|e| e.into_inner());
            let mut want = |item: &Item, code: &str| {
                let judge = item.judge(&self.settings);
                let key = program_key(item, code, &judge);
                if judged.contains_key(&key) || wanted.iter().any(|(k, _)| *k == key) {
                    return;
                }
                if let Ok(p) = prepare(&item.problem, code, item.language, &judge) {
                    wanted.push((key, p));
                }
            };
            for (item, answer) in items.iter().zip(&answers) {
                if let Some(code) = &answer.code {
                    want(item, code);
                }
                if let Baseline::Code(code) = &item.baseline {
                    want(item, code);
                }
            }
        }
        if !wanted.is_empty() {
            let prepared: Vec<Prepared> = wanted.iter().map(|(_, p)| p.clone()).collect();
            let (measured, _) =
                with_measurer(&*self.pool, |m| m.measure(&prepared, self.settings.runs));
            let mut judged = self.judged.lock().unwrap_or_else(|e| e.into_inner());
            for ((key, _), m) in wanted.into_iter().zip(measured) {
                judged.insert(key, m);
            }
        }
        let judged = self.judged.lock().unwrap_or_else(|e| e.into_inner());
        items
            .iter()
            .zip(&answers)
            .map(|(item, answer)| {
                let problem = &item.problem;
                let judge = item.judge(&self.settings);
                let lookup = |code: &str| judged.get(&program_key(item, code, &judge)).cloned();
                let (baseline_outcome, baseline) = match &item.baseline {
                    Baseline::Stats(outcome) => (*outcome, None),
                    Baseline::Code(code) => match lookup(code) {
                        Some(m) => (outcome(&m), Some(m)),
                        None => {
                            return self.settings.penalized(format!(
                                "the baseline cannot be judged in {}",
                                item.language
                            ))
                        }
                    },
                };
                if let Some(m) = baseline
                    .as_ref()
                    .filter(|m| m.verdict == Verdict::SandboxError)
                {
                    return self.settings.penalized(format!(
                        "measuring the baseline failed: {}",
                        m.reason.clone().unwrap_or_default()
                    ));
                }
                let candidate = match &answer.code {
                    Some(code) => match lookup(code) {
                        Some(m) => Some(m),
                        None => {
                            return self.settings.penalized(format!(
                                "problem {} cannot be judged in {}",
                                problem.problem_id, item.language
                            ))
                        }
                    },
                    None => None,
                };
                if let Some(m) = candidate
                    .as_ref()
                    .filter(|m| m.verdict == Verdict::SandboxError)
                {
                    return self.settings.penalized(format!(
                        "measuring the answer failed: {}",
                        m.reason.clone().unwrap_or_default()
                    ));
                }
                let candidate_outcome = candidate.as_ref().map_or(Outcome::failed(), outcome);
                let parts = reward_with_length(
                    &self.settings.weights,
                    answer.exact_format,
                    item.completion.chars().count(),
                    &baseline_outcome,
                    &candidate_outcome,
                    item.instruction,
                    &Settings::caps(problem, &judge),
                );
                let reason = match &candidate {
                    None => Some("the answer has no code".to_string()),
                    Some(m) if !m.passed() => Some(format!(
                        "{}{}",
                        m.verdict,
                        m.reason
                            .as_deref()
                            .map(|r| format!(": {r}"))
                            .unwrap_or_default()
                    )),
                    Some(_) => None,
                };
                Rewarded {
                    parts,
                    has_code: answer.code.is_some(),
                    baseline,
                    candidate,
                    reason,
                    error: None,
                }
            })
            .collect()
    }
}

/// The key `code` is judged under for `item`.
fn program_key(item: &Item, code: &str, judge: &JudgeOptions) -> ProgramKey {
    (
        item.problem.problem_id.to_string(),
        item.language,
        code_hash(code),
        judge.case_multiply,
    )
}

/// The reward's view of a measurement.
pub fn outcome(m: &Measurement) -> Outcome {
    match (m.passed(), m.time_ms, m.memory_kb, m.integral_kb_ms) {
        (true, Some(t), Some(mem), Some(i)) => Outcome::passed(t, mem, i),
        _ => Outcome::failed(),
    }
}
