//! Training data from optimisation runs (`afterburner optimize --out DIR`): the loop feeds
//! training.
//!
//! - SFT: every accepted improvement — a round whose new version passed and was kept —
//!   becomes the prompt it was answered from → the model's reasoning and code, in the
//!   answer format.
//! - DPO: among the answers to one prompt, each that passed and improved on the version
//!   it started from (by the loop's own keep-best rule and its minimum gain) is paired
//!   with each that failed or passed but got worse on the goal; an answer in between
//!   (passing, but not clearly better or worse) is in no pair.
//!
//! Only rounds that started from a version count: the first version of a problem has
//! nothing to improve on. Problems are split into train and test by a seed, over all the
//! runs given.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use afterburner_iof::answer::{compose, parse};
use afterburner_iof::decide::{choose, Kept};
use afterburner_iof::instruction::Instruction;
use afterburner_iof::measurement::Measurement;
use afterburner_iof::settings::Settings;
use afterburner_iof::transcript::{code_hash, read_events, Event, Purpose, Round};
use afterburner_monolith::Language;
use serde_json::json;

use crate::source::alpaca_prompt;
use crate::split::{Split, Splitter};
use crate::write::Table;
use crate::ExportError;

/// What one round left: its prompt, its answers' codes and texts, and the decision.
struct RoundRecord {
    run: usize,
    round: Round,
    system: String,
    prompt: String,
    /// Each answer's code (when it had any) and raw text.
    answers: Vec<(Option<String>, String)>,
}

/// One run folder, read.
struct Run {
    language: Language,
    min_gain: f64,
    /// Choose-purpose measurements by (problem, code hash).
    measured: HashMap<(String, String), Measurement>,
    /// Decisions by round: the answer chosen, whether it was kept, the kept code's hash.
    decisions: HashMap<Round, (Option<usize>, Kept, Option<String>)>,
}

/// The cold-start tables of the runs in `dirs`: SFT and DPO, per split.
pub fn tables(
    dirs: &[PathBuf],
    test_fraction: f64,
    seed: u64,
    pairs_per_prompt: usize,
) -> Result<Vec<Table>, ExportError> {
    if !(0.0..1.0).contains(&test_fraction) {
        return Err(ExportError::TestFraction(test_fraction));
    }
    let mut runs = Vec::new();
    let mut rounds = Vec::new();
    for (n, dir) in dirs.iter().enumerate() {
        let (run, mut found) = read_run(dir, n)?;
        runs.push(run);
        rounds.append(&mut found);
    }
    let mut ids: Vec<String> = rounds.iter().map(|r| r.round.problem_id.clone()).collect();
    ids.sort();
    ids.dedup();
    let splitter = Splitter::new(&ids, test_fraction, seed);
    let mut tables = Vec::new();
    for split in [Split::Train, Split::Test] {
        let mut sft = Table::alpaca("cold_start_sft", None, split, false);
        let mut dpo = Table::alpaca("cold_start_dpo", None, split, true);
        for record in rounds
            .iter()
            .filter(|r| splitter.of(&r.round.problem_id) == split)
        {
            let run = &runs[record.run];
            let Some(current) = previous_version(run, &record.round) else {
                continue;
            };
            let instruction = record.round.instruction;
            let judged: Vec<Judged> = record
                .answers
                .iter()
                .map(|(code, _)| judge(run, &record.round, code.as_deref(), current, instruction))
                .collect();
            let meta = |kind: &str| {
                json!({
                    "problem_id": record.round.problem_id,
                    "goal": instruction.name(),
                    "iteration": record.round.iteration,
                    "language": run.language.name(),
                    "kind": kind,
                })
            };
            if let Some((Some(best), Kept::New, _)) = run.decisions.get(&record.round) {
                if judged.get(*best) == Some(&Judged::Improved) {
                    let mut row = meta("accepted");
                    row["system"] = json!(record.system);
                    row["instruction"] = json!(record.prompt);
                    row["output"] = json!(answer_text(run, &record.answers[*best]));
                    sft.rows.push(row);
                }
            }
            let good = judged
                .iter()
                .enumerate()
                .filter(|(_, j)| **j == Judged::Improved);
            let pairs = good.flat_map(|(g, _)| {
                judged
                    .iter()
                    .enumerate()
                    .filter(|(_, j)| **j == Judged::Worse)
                    .map(move |(b, _)| (g, b))
            });
            for (g, b) in pairs.take(pairs_per_prompt) {
                let mut row = meta("pair");
                row["system"] = json!(record.system);
                row["instruction"] = json!(record.prompt);
                // Both as the model wrote them: the pair contrasts its own answers.
                row["chosen"] = json!(record.answers[g].1);
                row["rejected"] = json!(record.answers[b].1);
                dpo.rows.push(row);
            }
        }
        tables.push(sft);
        tables.push(dpo);
    }
    Ok(tables)
}

/// How one answer fared against the version it started from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Judged {
    /// It passed and the keep-best rule prefers it.
    Improved,
    /// It failed, or passed with a worse figure than a passing start.
    Worse,
    /// Neither clearly.
    Neither,
}

fn judge(
    run: &Run,
    round: &Round,
    code: Option<&str>,
    current: &Measurement,
    instruction: Instruction,
) -> Judged {
    let Some(code) = code else {
        return Judged::Worse;
    };
    let Some(m) = run
        .measured
        .get(&(round.problem_id.clone(), code_hash(code)))
    else {
        return Judged::Neither;
    };
    if !m.passed() {
        return Judged::Worse;
    }
    if choose(Some(current), m, instruction, run.min_gain).kept == Kept::New {
        return Judged::Improved;
    }
    match (m.metric(instruction), current.metric(instruction)) {
        (Some(new), Some(old)) if new > old => Judged::Worse,
        _ => Judged::Neither,
    }
}

/// The measurement of the version `round` started from: what the previous round kept.
fn previous_version<'a>(run: &'a Run, round: &Round) -> Option<&'a Measurement> {
    let previous = Round {
        iteration: round.iteration.checked_sub(1)?,
        ..round.clone()
    };
    let (_, _, kept) = run.decisions.get(&previous)?;
    run.measured.get(&(round.problem_id.clone(), kept.clone()?))
}

/// An accepted answer in the answer format: its reasoning and its code.
fn answer_text(run: &Run, (code, text): &(Option<String>, String)) -> String {
    match code {
        Some(code) => {
            let thinking = parse(text).thinking.unwrap_or_default();
            compose(&thinking, run.language.name(), code)
        }
        None => text.clone(),
    }
}

/// Reads the run in `dir` (its settings and transcript).
fn read_run(dir: &Path, n: usize) -> Result<(Run, Vec<RoundRecord>), ExportError> {
    let failed = |message: String| ExportError::Run {
        path: dir.to_path_buf(),
        message,
    };
    let settings = Settings::read(dir).map_err(|e| failed(e.to_string()))?;
    let events = read_events(&dir.join("transcript.jsonl")).map_err(|e| failed(e.to_string()))?;
    let mut run = Run {
        language: settings.language,
        min_gain: settings.min_gain,
        measured: HashMap::new(),
        decisions: HashMap::new(),
    };
    let mut rounds = Vec::new();
    for event in events {
        match event {
            Event::Llm {
                round,
                messages,
                answers,
                ..
            } => {
                let (system, prompt) = alpaca_prompt(&messages);
                rounds.push(RoundRecord {
                    run: n,
                    round,
                    system,
                    prompt,
                    answers: answers
                        .into_iter()
                        .map(|a| (a.parsed.code, a.text))
                        .collect(),
                });
            }
            Event::Measurement {
                purpose: Purpose::Choose,
                problem_id,
                code_hash,
                measurement,
                ..
            } => {
                run.measured
                    .entry((problem_id, code_hash))
                    .or_insert(measurement);
            }
            Event::Measurement { .. } => {}
            Event::Decision {
                round,
                best_answer,
                decision,
                kept_hash,
                ..
            } => {
                run.decisions
                    .insert(round, (best_answer, decision.kept, kept_hash));
            }
        }
    }
    Ok((run, rounds))
}
