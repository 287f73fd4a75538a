//! `afterburner fidelity`: how well single measurements and repeated distribution
//! measurements agree with each other on this machine.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::Relaxed;

use afterburner_litmus::calibration;
use afterburner_litmus::fidelity::{
    distinct_pairs, kendall_tau_b, Drift, Fidelity, Misordered, Ordering, Paired, Timed,
};
use afterburner_monolith::pool::Pool;
use afterburner_monolith::Language;
use afterburner_venus::harness::{judge_all, prepare, JudgeOptions};
use afterburner_venus::{Problem, Verdict};
use anyhow::Context;
use clap::Args;

use super::dataset::validate::CpuArgs;
use super::dataset::{read_problems, Selection};
use super::executor::WarmupArgs;
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
    /// Pairs count when their median CPU times differ by at least this factor; several
    /// (comma-separated) are reported one after another.
    #[arg(long = "ratio", value_delimiter = ',', default_values_t = [1.3, 1.1])]
    ratios: Vec<f64>,
    /// The case multiplier the dataset was measured with.
    #[arg(long, default_value_t = 1)]
    case_multiply: usize,
    #[command(flatten)]
    cpus: CpuArgs,
    #[command(flatten)]
    warm_up: WarmupArgs,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// The measured CPU times of a problem's passing solutions, by solution index, in
/// groups of one language each (Litmus ranks a solution only among its own language).
fn times(problem: &Problem) -> Vec<Vec<(usize, f64)>> {
    let mut groups: Vec<(Language, Vec<(usize, f64)>)> = Vec::new();
    let passing = problem.solutions.iter().enumerate();
    for (i, solution) in passing.filter(|(_, s)| s.passed == Some(true)) {
        let Some(time) = solution.time else { continue };
        let language = solution.language();
        match groups.iter_mut().find(|(l, _)| *l == language) {
            Some((_, group)) => group.push((i, time)),
            None => groups.push((language, vec![(i, time)])),
        }
    }
    groups.into_iter().map(|(_, group)| group).collect()
}

/// The share of pairs `ratio` apart that one fresh run should order right, where the
/// project sets a target.
fn ordering_target(ratio: f64) -> Option<f64> {
    if (ratio - 1.3).abs() < 1e-9 {
        Some(0.999)
    } else if (ratio - 1.1).abs() < 1e-9 {
        Some(0.99)
    } else {
        None
    }
}

fn load(path: &Path) -> anyhow::Result<Vec<Problem>> {
    read_problems(&Selection {
        path: path.to_path_buf(),
        config: None,
        split: None,
    })
}

pub fn execute(args: FidelityArgs) -> anyhow::Result<ExitCode> {
    if let Some(bad) = args.ratios.iter().find(|r| !(r.is_finite() && **r >= 1.0)) {
        anyhow::bail!("--ratio {bad}: a ratio is a factor of at least 1 (such as 1.3)");
    }
    let problems = load(&args.dataset)?;
    let options = JudgeOptions {
        case_multiply: args.case_multiply,
        ..JudgeOptions::default()
    };
    // Every (problem, faster, slower) pair to check per ratio, and the solutions that
    // need a fresh run.
    let mut pairs: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); args.ratios.len()];
    let mut fresh_jobs: Vec<(usize, usize)> = Vec::new();
    for (p, problem) in problems.iter().enumerate() {
        for measured in times(problem) {
            let values: Vec<f64> = measured.iter().map(|(_, t)| *t).collect();
            for (r, &ratio) in args.ratios.iter().enumerate() {
                for (a, b) in distinct_pairs(&values, ratio) {
                    let (fast, slow) = (measured[a].0, measured[b].0);
                    pairs[r].push((p, fast, slow));
                    for s in [fast, slow] {
                        if !fresh_jobs.contains(&(p, s)) {
                            fresh_jobs.push((p, s));
                        }
                    }
                }
            }
        }
    }
    let runner = super::run::make_runner(false)?;
    let pool = Pool::new(&runner, &args.cpus.resolve()?).warming_up(args.warm_up.duration()?);
    let progress = Progress::new("fresh runs");
    let done = AtomicUsize::new(0);
    // Each fresh run's CPU time if it passed, in `fresh_jobs`' order. The jobs are
    // prepared one problem at a time: a whole set's inputs at once take gigabytes, and
    // the kernel reclaiming memory for them slows the runs that follow.
    let mut fresh: Vec<Option<f64>> = Vec::with_capacity(fresh_jobs.len());
    for batch in fresh_jobs.chunk_by(|a, b| a.0 == b.0) {
        let problem = &problems[batch[0].0];
        let prepared = batch
            .iter()
            .map(|&(_, s)| {
                let solution = &problem.solutions[s];
                prepare(problem, &solution.code, solution.language(), &options)
            })
            .collect::<Result<Vec<_>, _>>()
            .with_context(|| {
                format!("preparing the fresh runs of problem {}", problem.problem_id)
            })?;
        let judged = judge_all(&pool, &prepared, &|_, _| {
            progress.update(done.fetch_add(1, Relaxed) + 1, fresh_jobs.len());
        });
        fresh.extend(
            judged
                .iter()
                .map(|j| (j.verdict == Verdict::Passed).then_some(j.run.metrics.cpu_ms)),
        );
    }
    progress.finish();
    let fresh_time = |p: usize, s: usize| -> Option<f64> {
        let i = fresh_jobs.iter().position(|&j| j == (p, s))?;
        fresh[i]
    };
    let orderings = args
        .ratios
        .iter()
        .zip(&pairs)
        .map(|(&ratio, pairs)| {
            let misordered = pairs
                .iter()
                .filter(|&&(p, fast, slow)| !matches!((fresh_time(p, fast), fresh_time(p, slow)), (Some(f), Some(s)) if f < s))
                .map(|&(p, fast, slow)| {
                    let timed = |s: usize| {
                        let solution = &problems[p].solutions[s];
                        Timed {
                            solution: solution.name.clone().unwrap_or_else(|| s.to_string()),
                            median_ms: solution.time.unwrap_or(f64::NAN),
                            fresh_ms: fresh_time(p, s),
                        }
                    };
                    Misordered {
                        problem_id: problems[p].problem_id.clone(),
                        language: problems[p].solutions[fast].language(),
                        faster: timed(fast),
                        slower: timed(slow),
                    }
                })
                .collect();
            Ordering::new(ratio, pairs.len(), misordered)
        })
        .collect();

    let (mut tau_sum, mut tau_groups) = (0.0, 0);
    let (mut all_ours, mut all_theirs) = (Vec::new(), Vec::new());
    // Each problem's (ours, theirs) time pairs and calibrations, for the drift between
    // the measurements.
    let mut paired: Vec<Paired> = Vec::new();
    if let Some(other) = &args.against {
        let second = load(other)?;
        for problem in &problems {
            let Some(twin) = second.iter().find(|p| p.problem_id == problem.problem_id) else {
                continue;
            };
            let theirs: Vec<(usize, f64)> = times(twin).into_iter().flatten().collect();
            let mut pairs = Vec::new();
            for group in times(problem) {
                let (xs, ys): (Vec<f64>, Vec<f64>) = group
                    .into_iter()
                    .filter_map(|(i, t)| theirs.iter().find(|(j, _)| *j == i).map(|(_, u)| (t, *u)))
                    .unzip();
                if let Some(tau) = kendall_tau_b(&xs, &ys) {
                    tau_sum += tau;
                    tau_groups += 1;
                }
                pairs.extend(xs.iter().copied().zip(ys.iter().copied()));
                all_ours.extend(xs);
                all_theirs.extend(ys);
            }
            paired.push(Paired {
                times: pairs,
                calibration: calibration::recorded(problem).zip(calibration::recorded(twin)),
            });
        }
    }
    let report = Fidelity {
        orderings,
        kendall_tau: (tau_groups > 0).then(|| tau_sum / tau_groups as f64),
        tau_groups,
        kendall_tau_all: kendall_tau_b(&all_ours, &all_theirs),
        tau_solutions: all_ours.len(),
        drift: Drift::between(&paired),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_report(&report);
    }
    Ok(ExitCode::SUCCESS)
}

fn print_report(report: &Fidelity) {
    for o in &report.orderings {
        let target = ordering_target(o.ratio)
            .map(|t| format!(", target ≥ {}%", t * 100.0))
            .unwrap_or_default();
        println!(
            "pairs of one problem and language with median CPU times ≥ {}× apart: {}; ordered the same by one fresh run: {} ({:.2}%{target})",
            o.ratio,
            o.pairs,
            o.ordered,
            o.share_ordered * 100.0
        );
        for pair in &o.misordered {
            println!(
                "  not ordered: problem {} {}: {} before {}",
                pair.problem_id,
                pair.language,
                describe(&pair.faster),
                describe(&pair.slower)
            );
        }
    }
    match report.kendall_tau {
        Some(tau) => println!(
            "Kendall τ between the two measurements: {:.3} over all {} passing solutions (target ≥ 0.98); {tau:.3} as the mean within each problem and language, over {} of them (target ≥ 0.95)",
            report.kendall_tau_all.unwrap_or(f64::NAN),
            report.tau_solutions,
            report.tau_groups
        ),
        None => println!("Kendall τ: pass --against with a second measurement of the same dataset"),
    }
    if let Some(drift) = &report.drift {
        println!(
            "drift: the second measurement's times over the first's, per problem (the median of its solutions): {:.3} to {:.3}, median {:.3}, over {} problems; with each problem's ratio divided out, τ over all solutions would be {:.3}",
            drift.lowest,
            drift.highest,
            drift.median,
            drift.problems,
            drift.kendall_tau_all_without_drift.unwrap_or(f64::NAN)
        );
        match &drift.calibration {
            Some(c) => println!(
                "calibration: the calibration program's ratio per problem: {:.3} to {:.3}, median {:.3}, over {} problems; the drift it did not see: {:.3} to {:.3}; dividing it out moves τ over their solutions from {:.3} to {:.3}",
                c.lowest,
                c.highest,
                c.median,
                c.problems,
                c.unexplained_lowest,
                c.unexplained_highest,
                c.kendall_tau_all.unwrap_or(f64::NAN),
                c.kendall_tau_all_calibrated.unwrap_or(f64::NAN)
            ),
            None => println!(
                "calibration: not recorded by both measurements (re-measure with a version of `afterburner distribution` that calibrates)"
            ),
        }
    }
}

/// A solution of a misordered pair, with its median and fresh time.
fn describe(timed: &Timed) -> String {
    let fresh = timed
        .fresh_ms
        .map_or("did not pass".to_string(), |ms| format!("{ms:.1} ms"));
    format!(
        "{} (median {:.1} ms, fresh {fresh})",
        timed.solution, timed.median_ms
    )
}
