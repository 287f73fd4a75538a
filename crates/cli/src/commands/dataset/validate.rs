//! `afterburner dataset validate`.

use std::process::ExitCode;
use std::sync::Mutex;

use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::pool::Pool;
use afterburner_monolith::runner::Runner;
use afterburner_venus::bundle::{build, is_source_set, read_source_set, SourceProblem, BUILT_FILE};
use afterburner_venus::labels::{check_labels, label_options, LabelCheck};
use afterburner_venus::Problem;
use anyhow::Context;
use clap::Args;
use serde::Serialize;

use super::{read_problems, Selection};
use crate::exit::Outcome;
use crate::progress::Progress;

/// Which cores judging may use.
#[derive(Debug, Clone, Args)]
pub struct CpuArgs {
    /// CPUs to run on, e.g. `0-3,6` (default: all this process may use).
    #[arg(long)]
    cpus: Option<String>,
}

impl CpuArgs {
    /// Whether `--cpus` was given.
    pub fn given(&self) -> bool {
        self.cpus.is_some()
    }

    /// The chosen CPU set.
    pub fn resolve(&self) -> anyhow::Result<CpuSet> {
        match &self.cpus {
            Some(list) => Ok(list.parse::<CpuSet>()?),
            None => Ok(CpuSet::allowed()?),
        }
    }
}

/// Arguments of `afterburner dataset validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    selection: Selection,
    /// Only check the schema (and, for a bundled set, that it builds): do not judge.
    #[arg(long)]
    no_labels: bool,
    #[command(flatten)]
    cpus: CpuArgs,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct Report {
    problems: usize,
    /// For a bundled set with a built file: problems whose built record differs from
    /// what the sources build now.
    stale: Vec<String>,
    labels_checked: usize,
    label_failures: Vec<LabelCheck>,
}

/// Builds every source problem, in parallel over `cpus`.
pub fn build_all(
    runner: &Runner,
    cpus: &CpuSet,
    sources: &[SourceProblem],
) -> anyhow::Result<Vec<Problem>> {
    let progress = Progress::new("building problems");
    // Each result in its source's place, so the problems come out in the order asked
    // for whichever build finishes first.
    let built: Mutex<Vec<Option<anyhow::Result<Problem>>>> =
        Mutex::new((0..sources.len()).map(|_| None).collect());
    let done = std::sync::atomic::AtomicUsize::new(0);
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..cpus.len().max(1) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(source) = sources.get(i) else { break };
                let result = build(runner, source).map_err(anyhow::Error::from);
                built.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(result);
                let finished = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                progress.update(finished, sources.len());
            });
        }
    });
    progress.finish();
    built
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .flatten()
        .collect()
}

/// Prints the solutions whose label did not hold; returns how many.
pub fn print_label_failures(checks: &[LabelCheck]) -> usize {
    let failed: Vec<&LabelCheck> = checks.iter().filter(|c| !c.holds()).collect();
    for c in &failed {
        eprintln!(
            "label does not hold: problem {} solution {} ({}): expected {}, got {} — {}",
            c.problem_id,
            c.name.clone().unwrap_or_else(|| c.solution.to_string()),
            c.language,
            c.expected,
            c.got,
            c.reason.as_deref().unwrap_or("")
        );
    }
    failed.len()
}

/// Everything but what measuring writes, for comparing a built file with its sources.
fn unmeasured(problem: &Problem) -> Problem {
    let mut p = problem.clone();
    p.measured_with = None;
    for s in &mut p.solutions {
        s.passed = None;
        s.time = None;
        s.memory = None;
        s.integral = None;
        s.status = None;
    }
    p
}

pub fn execute(args: ValidateArgs) -> anyhow::Result<ExitCode> {
    let runner = crate::commands::run::make_runner(false)?;
    let cpus = args.cpus.resolve()?;
    let mut stale = Vec::new();
    let problems = if is_source_set(&args.selection.path) {
        let sources = read_source_set(&args.selection.path)
            .with_context(|| format!("reading {}", args.selection.path.display()))?;
        let mut fresh = build_all(&runner, &cpus, &sources)?;
        fresh.sort_by(|a, b| a.problem_id.cmp(&b.problem_id));
        // A built file, when there is one, must match what the sources build now.
        if args.selection.path.join(BUILT_FILE).exists() {
            let built = read_problems(&args.selection)?;
            for p in &fresh {
                if !built.iter().any(|c| unmeasured(c) == unmeasured(p)) {
                    stale.push(p.problem_id.to_string());
                }
            }
        }
        fresh
    } else {
        read_problems(&args.selection)?
    };
    let checks = if args.no_labels {
        Vec::new()
    } else {
        let pool = Pool::new(&runner, &cpus);
        let progress = Progress::new("judging solutions");
        let checks = check_labels(&pool, &problems, &label_options(), &|d, t| {
            progress.update(d, t)
        });
        progress.finish();
        checks
    };
    let report = Report {
        problems: problems.len(),
        stale,
        labels_checked: checks.len(),
        label_failures: checks.iter().filter(|c| !c.holds()).cloned().collect(),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_label_failures(&checks);
        if !report.stale.is_empty() {
            eprintln!(
                "the built file is out of date for problems {}: run `afterburner dataset build {}`",
                report.stale.join(", "),
                args.selection.path.display()
            );
        }
        println!(
            "{}: {} problems, schema ok, {} labelled solutions checked, {} label failures{}",
            args.selection.path.display(),
            report.problems,
            report.labels_checked,
            report.label_failures.len(),
            if report.stale.is_empty() {
                ""
            } else {
                ", built file stale"
            }
        );
    }
    let stale = if report.stale.is_empty() {
        Outcome::Success
    } else {
        Outcome::Verdict
    };
    let labels = checks.iter().map(Outcome::of_label);
    Ok(Outcome::worst(labels.chain([stale])).into())
}
