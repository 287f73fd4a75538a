//! `afterburner evaluate`: measure candidate solutions and score them against the
//! dataset's measured reference solutions.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use afterburner_litmus::calibration::{self, Speed};
use afterburner_litmus::distribution::fold;
use afterburner_litmus::provenance::{settle, Requested, Settings, Severity, Warning};
use afterburner_litmus::report;
use afterburner_litmus::score::{evaluate, Candidate, Evaluation, References};
use afterburner_monolith::Language;
use afterburner_venus::harness::{judge_all, prepare, Judgement};
use afterburner_venus::{MeasuredWith, Verdict};
use anyhow::{anyhow, bail, Context};
use clap::Args;
use serde::{Deserialize, Serialize};

use super::dataset::validate::CpuArgs;
use super::dataset::{read_problems, Selection};
use super::executor::{Executor, RemoteArgs, WarmupArgs};
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
    /// Runs per candidate (median kept) [default: the dataset's, else 1].
    #[arg(long)]
    runs: Option<usize>,
    /// Case multiplier [default: the one the dataset was measured with, else 1].
    #[arg(long)]
    case_multiply: Option<usize>,
    /// Memory sampling rate in Hz [default: the dataset's, else 20000].
    #[arg(long)]
    sample_hz: Option<u32>,
    /// Divide the machine's drift since the references were measured out of the
    /// candidates' CPU times and integrals: the median, over problems, of the
    /// calibration program's time now over the time recorded with the problem by
    /// `afterburner distribution`. Without it the drift is only reported.
    #[arg(long)]
    calibrate: bool,
    #[command(flatten)]
    cpus: CpuArgs,
    #[command(flatten)]
    remote: RemoteArgs,
    #[command(flatten)]
    warm_up: WarmupArgs,
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

/// What `--json` prints: the evaluation, how the candidates were measured, and what
/// differs from how the references were.
#[derive(Serialize)]
struct Output<'a> {
    #[serde(flatten)]
    evaluation: &'a Evaluation,
    settings: Settings,
    measured_with: MeasuredWith,
    warnings: &'a [Warning],
    /// How fast this machine ran against when the references were measured, when the
    /// dataset records it.
    machine_speed: Option<Speed>,
    /// Whether that speed was divided out of the candidates' figures.
    calibrated: bool,
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
    let executor =
        Executor::choose(&args.remote, Some(&args.cpus), false)?.warming_up(&args.warm_up)?;
    let machine = executor.machine();
    let mut targets: Vec<&afterburner_venus::Problem> = Vec::new();
    let mut languages: Vec<Language> = Vec::new();
    for (problem, _, language) in &lines {
        if !targets.iter().any(|p| std::ptr::eq(*p, *problem)) {
            targets.push(problem);
        }
        if !languages.contains(language) {
            languages.push(*language);
        }
    }
    let requested = Requested {
        runs: args.runs,
        case_multiply: args.case_multiply,
        sample_hz: args.sample_hz,
    };
    if args.calibrate && !targets.iter().any(|p| calibration::recorded(p).is_some()) {
        bail!(
            "--calibrate needs references measured with the calibration program, and none of these problems records one: measure the dataset again with `afterburner distribution`"
        );
    }
    let (settings, warnings) = settle(targets, &requested, &machine, &languages);
    print_warnings(&warnings);
    let options = settings.judge_options();
    let runs = settings.runs;
    let progress = Progress::new("measuring");
    let total = lines.len() * runs;
    let done = std::sync::atomic::AtomicUsize::new(0);
    // Candidates are prepared a problem's run of lines at a time, so only those inputs
    // are held in memory, not every candidate's.
    let mut judgements: Vec<Judgement> = Vec::with_capacity(total);
    let mut first = 0;
    let mut speeds = Vec::new();
    let mut calibrated_at: Option<Instant> = None;
    for batch in lines.chunk_by(|a, b| std::ptr::eq(a.0, b.0)) {
        if calibrated_at.is_none_or(|at| at.elapsed() >= CALIBRATE_EVERY) {
            let speed = calibration::speed_now(&executor, &options, batch[0].0);
            if speed.is_some() {
                calibrated_at = Some(Instant::now());
            }
            speeds.extend(speed);
        }
        let mut prepared = Vec::with_capacity(batch.len() * runs);
        for (n, (problem, code, language)) in batch.iter().enumerate() {
            let p = prepare(problem, code, *language, &options)
                .with_context(|| format!("candidate {}", first + n + 1))?;
            prepared.extend(std::iter::repeat_n(p, runs));
        }
        first += batch.len();
        judgements.extend(judge_all(&executor, &prepared, &|_, _| {
            progress.update(
                done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1,
                total,
            );
        }));
    }
    progress.finish();
    let machine_speed = Speed::of(speeds);
    let calibrated = args.calibrate && machine_speed.is_some();
    let divide = match &machine_speed {
        Some(speed) if calibrated => speed.median,
        _ => 1.0,
    };
    if let Some(speed) = machine_speed.as_ref().filter(|_| !calibrated) {
        warn_of_drift(speed);
    }
    if args.calibrate && !calibrated {
        eprintln!("warning: --calibrate: the calibration program did not run here, so the figures are not calibrated");
        eprintln!("  what to do: `afterburner doctor` says whether Python runs in the sandbox");
    }
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
                    m.time / divide
                } else {
                    f64::NAN
                },
                memory: if m.verdict == Verdict::Passed {
                    m.memory
                } else {
                    f64::NAN
                },
                integral: if m.verdict == Verdict::Passed {
                    m.integral / divide
                } else {
                    f64::NAN
                },
            }
        })
        .collect();
    let references = References::of(&problems);
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
        let output = Output {
            evaluation: &evaluation,
            settings,
            measured_with: machine.measured_with(&settings),
            warnings: &warnings,
            machine_speed,
            calibrated,
        };
        println!("{}", serde_json::to_string_pretty(&output)?);
    } else {
        print!("{}", report::table(&evaluation));
    }
    let serious = warnings
        .iter()
        .filter(|w| w.severity == Severity::Warning)
        .count();
    if serious > 0 {
        let above = if serious == 1 {
            "1 warning above".to_string()
        } else {
            format!("{serious} warnings above")
        };
        eprintln!(
            "warning: the candidates and the references were not measured alike ({above}): the scores may compare unlike figures"
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// How often `evaluate` compares the machine's speed with the references' at most: the
/// calibration program's three runs before a problem's candidates then cost about 1%.
const CALIBRATE_EVERY: Duration = Duration::from_secs(30);

/// Warns when this machine ran more than 5% slower or faster than when the references
/// were measured, which moves Time% and Integral% for or against every candidate.
fn warn_of_drift(speed: &Speed) {
    let (how, by) = if speed.median > 1.0 {
        ("slower", speed.median - 1.0)
    } else {
        ("faster", 1.0 - speed.median)
    };
    if by > 0.05 {
        eprintln!(
            "warning: this machine ran {:.0}% {how} than when the references were measured (the calibration program's time now over then, median over {} problems: {:.3}, from {:.3} to {:.3}): Time% and Integral% lean {} the candidates",
            by * 100.0,
            speed.problems,
            speed.median,
            speed.lowest,
            speed.highest,
            if how == "slower" { "against" } else { "towards" }
        );
        eprintln!("  what to do: pass --calibrate to divide it out, or measure the references again with `afterburner distribution`");
    }
}

/// Prints each warning and note with what to do, before anything is measured, so the
/// run can be stopped and started again with other flags.
fn print_warnings(warnings: &[Warning]) {
    for w in warnings {
        eprintln!("{}: {}", w.severity, w.message);
        eprintln!("  what to do: {}", w.what_to_do);
    }
}
