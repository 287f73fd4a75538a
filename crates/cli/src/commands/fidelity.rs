//! `afterburner fidelity`: how well single measurements and repeated distribution
//! measurements agree with each other on this machine.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use afterburner_litmus::fidelity::{distinct_pairs, kendall_tau_b, Fidelity};
use afterburner_monolith::pool::Pool;
use afterburner_venus::harness::{judge_all, prepare, JudgeOptions};
use afterburner_venus::{Problem, Verdict};
use anyhow::Context;
use clap::Args;

use super::dataset::validate::CpuArgs;
use super::dataset::{read_problems, Selection};
use crate::progress::Progress;

/// Arguments of `afterburner fidelity`.
#[derive(Debug, Args)]
pub struct FidelityArgs {
    /// A dataset measured on this machine (`afterburner distribution`).
    #[arg(long)]
    dataset: PathBuf,
    /// A second, independent measurement of the same dataset, for Kendall's τ.
    #[arg(long)]
    against: Option<PathBuf>,
    /// Pairs count when their median CPU times differ by at least this factor.
    #[arg(long, default_value_t = 1.3)]
    ratio: f64,
    /// The case multiplier the dataset was measured with.
    #[arg(long, default_value_t = 1)]
    case_multiply: usize,
    #[command(flatten)]
    cpus: CpuArgs,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// The measured CPU times of a problem's passing solutions, by solution index.
fn times(problem: &Problem) -> Vec<(usize, f64)> {
    problem
        .solutions
        .iter()
        .enumerate()
        .filter(|(_, s)| s.passed == Some(true))
        .filter_map(|(i, s)| s.time.map(|t| (i, t)))
        .collect()
}

fn load(path: &Path) -> anyhow::Result<Vec<Problem>> {
    read_problems(&Selection {
        path: path.to_path_buf(),
        config: None,
        split: None,
    })
}

pub fn execute(args: FidelityArgs) -> anyhow::Result<ExitCode> {
    let problems = load(&args.dataset)?;
    let options = JudgeOptions {
        case_multiply: args.case_multiply,
        ..JudgeOptions::default()
    };
    // Every (problem, pair) to check, and the solutions that need a fresh run.
    let mut pairs = Vec::new();
    let mut fresh_jobs: Vec<(usize, usize)> = Vec::new();
    for (p, problem) in problems.iter().enumerate() {
        let measured = times(problem);
        let values: Vec<f64> = measured.iter().map(|(_, t)| *t).collect();
        for (a, b) in distinct_pairs(&values, args.ratio) {
            let (fast, slow) = (measured[a].0, measured[b].0);
            pairs.push((p, fast, slow));
            for s in [fast, slow] {
                if !fresh_jobs.contains(&(p, s)) {
                    fresh_jobs.push((p, s));
                }
            }
        }
    }
    let prepared = fresh_jobs
        .iter()
        .map(|&(p, s)| {
            let solution = &problems[p].solutions[s];
            prepare(&problems[p], &solution.code, solution.language(), &options)
        })
        .collect::<Result<Vec<_>, _>>()
        .context("preparing the fresh runs")?;
    let runner = super::run::make_runner(false)?;
    let pool = Pool::new(&runner, &args.cpus.resolve()?);
    let progress = Progress::new("fresh runs");
    let done = std::sync::atomic::AtomicUsize::new(0);
    let fresh = judge_all(&pool, &prepared, &|_, _| {
        progress.update(
            done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1,
            prepared.len(),
        );
    });
    progress.finish();
    let fresh_time = |p: usize, s: usize| -> Option<f64> {
        let i = fresh_jobs.iter().position(|&j| j == (p, s))?;
        (fresh[i].verdict == Verdict::Passed).then_some(fresh[i].run.metrics.cpu_ms)
    };
    let ordered = pairs
        .iter()
        .filter(|&&(p, fast, slow)| matches!((fresh_time(p, fast), fresh_time(p, slow)), (Some(f), Some(s)) if f < s))
        .count();

    let (mut tau_sum, mut tau_problems) = (0.0, 0);
    let (mut all_ours, mut all_theirs) = (Vec::new(), Vec::new());
    if let Some(other) = &args.against {
        let second = load(other)?;
        for problem in &problems {
            let Some(twin) = second.iter().find(|p| p.problem_id == problem.problem_id) else {
                continue;
            };
            let theirs = times(twin);
            let (xs, ys): (Vec<f64>, Vec<f64>) = times(problem)
                .into_iter()
                .filter_map(|(i, t)| theirs.iter().find(|(j, _)| *j == i).map(|(_, u)| (t, *u)))
                .unzip();
            if let Some(tau) = kendall_tau_b(&xs, &ys) {
                tau_sum += tau;
                tau_problems += 1;
            }
            all_ours.extend(xs);
            all_theirs.extend(ys);
        }
    }
    let report = Fidelity {
        pairs: pairs.len(),
        ordered,
        share_ordered: if pairs.is_empty() {
            0.0
        } else {
            ordered as f64 / pairs.len() as f64
        },
        kendall_tau: (tau_problems > 0).then(|| tau_sum / tau_problems as f64),
        tau_problems,
        kendall_tau_all: kendall_tau_b(&all_ours, &all_theirs),
        tau_solutions: all_ours.len(),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!(
            "pairs with median CPU times ≥ {}× apart: {}; ordered the same by one fresh run: {} ({:.2}%, target ≥ 99.5%)",
            args.ratio,
            report.pairs,
            report.ordered,
            report.share_ordered * 100.0
        );
        match report.kendall_tau {
            Some(tau) => println!(
                "Kendall τ between the two measurements: {:.3} over all {} passing solutions; {tau:.3} as the mean over {} problems, within each problem (target ≥ 0.95)",
                report.kendall_tau_all.unwrap_or(f64::NAN),
                report.tau_solutions,
                report.tau_problems
            ),
            None => println!("Kendall τ: pass --against with a second measurement of the same dataset"),
        }
    }
    Ok(ExitCode::SUCCESS)
}
