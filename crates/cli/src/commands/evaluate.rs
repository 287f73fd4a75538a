//! `afterburner evaluate`: measure candidate solutions and score them against the
//! dataset's measured reference solutions.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use afterburner_litmus::distribution::fold;
use afterburner_litmus::report;
use afterburner_litmus::score::{evaluate, Candidate, Reference};
use afterburner_monolith::Language;
use afterburner_venus::harness::{judge_all, prepare, JudgeOptions, Judgement};
use afterburner_venus::Verdict;
use anyhow::{anyhow, Context};
use clap::Args;
use serde::Deserialize;

use super::dataset::validate::CpuArgs;
use super::dataset::{read_problems, Selection};
use super::executor::{Executor, RemoteArgs};
use crate::progress::Progress;

/// Arguments of `afterburner evaluate`.
#[derive(Debug, Args)]
#[group(id = "placement", args = ["cpus", "monolith"], multiple = false)]
pub struct EvaluateArgs {
    /// The dataset with measured reference solutions (see `afterburner distribution`).
    #[arg(long)]
    dataset: PathBuf,
    /// The config to read.
    #[arg(long)]
    config: Option<String>,
    /// The split to read.
    #[arg(long)]
    split: Option<String>,
    /// Candidates: JSONL lines `{"problem_id": …, "code": "…", "language": "python"}`.
    #[arg(long)]
    solutions: PathBuf,
    /// Runs per candidate (median kept).
    #[arg(long, default_value_t = 1)]
    runs: usize,
    /// Case multiplier (use the one the distribution was measured with).
    #[arg(long, default_value_t = 1)]
    case_multiply: usize,
    #[command(flatten)]
    cpus: CpuArgs,
    #[command(flatten)]
    remote: RemoteArgs,
    /// Seed of the bootstrap intervals.
    #[arg(long, default_value_t = 2025)]
    seed: u64,
    /// Print the evaluation as JSON.
    #[arg(long)]
    json: bool,
    /// Also write a Markdown report here.
    #[arg(long)]
    markdown: Option<PathBuf>,
    /// Also write a self-contained HTML report here.
    #[arg(long)]
    html: Option<PathBuf>,
}

#[derive(Deserialize)]
struct CandidateLine {
    problem_id: serde_json::Value,
    code: String,
    #[serde(default)]
    language: Option<String>,
}

pub fn execute(args: EvaluateArgs) -> anyhow::Result<ExitCode> {
    let problems = read_problems(&Selection {
        path: args.dataset.clone(),
        config: args.config.clone(),
        split: args.split.clone(),
    })?;
    let text = std::fs::read_to_string(&args.solutions)
        .with_context(|| format!("reading {}", args.solutions.display()))?;
    let mut lines = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let c: CandidateLine = serde_json::from_str(line).with_context(|| {
            format!(
                "{} line {}: expected {{problem_id, code, language?}}",
                args.solutions.display(),
                n + 1
            )
        })?;
        let id = match &c.problem_id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let problem = problems
            .iter()
            .find(|p| p.problem_id.matches(&id))
            .ok_or_else(|| {
                anyhow!(
                    "{} line {}: no problem {id} in the dataset",
                    args.solutions.display(),
                    n + 1
                )
            })?;
        let language = match &c.language {
            Some(name) => name
                .parse::<Language>()
                .with_context(|| format!("line {}", n + 1))?,
            None => Language::Python,
        };
        lines.push((problem, c.code, language));
    }
    let options = JudgeOptions {
        case_multiply: args.case_multiply,
        ..JudgeOptions::default()
    };
    let runs = args.runs.max(1);
    let mut prepared = Vec::new();
    for (n, (problem, code, language)) in lines.iter().enumerate() {
        let p = prepare(problem, code, *language, &options)
            .with_context(|| format!("candidate {}", n + 1))?;
        prepared.extend(std::iter::repeat_n(p, runs));
    }
    let executor = Executor::choose(&args.remote, Some(&args.cpus), false)?;
    let progress = Progress::new("measuring");
    let done = std::sync::atomic::AtomicUsize::new(0);
    let judgements: Vec<Judgement> = judge_all(&executor, &prepared, &|_, _| {
        progress.update(
            done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1,
            prepared.len(),
        );
    });
    progress.finish();
    let candidates: Vec<Candidate> = lines
        .iter()
        .zip(judgements.chunks(runs))
        .map(|((problem, _, language), runs)| {
            let m = fold(&problem.problem_id.to_string(), 0, runs);
            Candidate {
                problem_id: problem.problem_id.to_string(),
                difficulty: problem.difficulty.clone(),
                language: language.to_string(),
                verdict: m.verdict,
                time: if m.verdict == Verdict::Passed {
                    m.time
                } else {
                    f64::NAN
                },
                memory: if m.verdict == Verdict::Passed {
                    m.memory
                } else {
                    f64::NAN
                },
                integral: if m.verdict == Verdict::Passed {
                    m.integral
                } else {
                    f64::NAN
                },
            }
        })
        .collect();
    let references: BTreeMap<String, Reference> = problems
        .iter()
        .map(|p| (p.problem_id.to_string(), Reference::of(p)))
        .collect();
    let evaluation = evaluate(candidates, &references, args.seed);
    if let Some(path) = &args.markdown {
        std::fs::write(path, report::markdown(&evaluation))
            .with_context(|| format!("writing {}", path.display()))?;
    }
    if let Some(path) = &args.html {
        std::fs::write(path, report::html(&evaluation, &references))
            .with_context(|| format!("writing {}", path.display()))?;
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&evaluation)?);
    } else {
        print!("{}", report::table(&evaluation));
    }
    Ok(ExitCode::SUCCESS)
}
