//! `afterburner distribution`: measure every reference solution of a dataset on this
//! machine and write the dataset back with the measured values.

use std::path::PathBuf;
use std::process::ExitCode;

use afterburner_litmus::distribution::{
    apply, measure, record_calibrations, Journal, Order, Schedule,
};
use afterburner_litmus::provenance::{stamp, Settings};
use afterburner_venus::write;
use anyhow::{bail, Context};
use clap::Args;
use serde::Serialize;

use super::dataset::validate::CpuArgs;
use super::dataset::{read_problems, Selection};
use super::executor::{Executor, RemoteArgs, WarmupArgs};
use crate::progress::Progress;

/// Arguments of `afterburner distribution`.
#[derive(Debug, Args)]
#[group(id = "placement", args = ["cpus", "monolith"], multiple = false)]
pub struct DistributionArgs {
    /// The dataset to measure.
    #[arg(long = "dataset")]
    dataset: PathBuf,
    /// The config to read.
    #[arg(long)]
    config: Option<String>,
    /// The split to read.
    #[arg(long)]
    split: Option<String>,
    /// Where to write the measured dataset (.jsonl or .parquet). Progress is kept in
    /// `<out>.journal.jsonl`: re-running resumes from it.
    #[arg(long)]
    out: PathBuf,
    /// Runs per solution, in interleaved rounds (every solution of a problem once per
    /// round, in an order shuffled per round); the median of each metric is kept.
    #[arg(long, default_value_t = 16)]
    runs: usize,
    /// How many times each solution runs the whole list of cases per run.
    #[arg(long, default_value_t = 1)]
    case_multiply: usize,
    /// Memory sampling rate in Hz.
    #[arg(long, default_value_t = afterburner_monolith::sandbox::DEFAULT_SAMPLE_HZ)]
    sample_hz: u32,
    #[command(flatten)]
    cpus: CpuArgs,
    #[command(flatten)]
    remote: RemoteArgs,
    #[command(flatten)]
    warm_up: WarmupArgs,
    /// Seed of the rounds' orders.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The order of the runs: interleaved rounds within each problem; set rounds, each
    /// round visiting every problem (in a shuffled order), so each problem's runs are
    /// spread over the whole measurement and a drift of the machine moves all problems
    /// alike; or back to back (after a first round of one run each, each solution's
    /// other runs one after another: the older order, to compare how much a noisy
    /// machine moves the rankings).
    #[arg(long, value_enum, default_value_t = RunOrder::Interleaved)]
    order: RunOrder,
    /// Do not run the calibration program (a fixed Python program run before each
    /// round of a problem and after its last, recording how fast the machine was while
    /// the problem was measured).
    #[arg(long)]
    no_calibration: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
}

/// `--order`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum RunOrder {
    Interleaved,
    SetRounds,
    BackToBack,
}

impl From<RunOrder> for Order {
    fn from(order: RunOrder) -> Order {
        match order {
            RunOrder::Interleaved => Order::Interleaved,
            RunOrder::SetRounds => Order::SetRounds,
            RunOrder::BackToBack => Order::BackToBack,
        }
    }
}

#[derive(Serialize)]
struct Summary {
    problems: usize,
    solutions: usize,
    resumed: usize,
    /// Problems that record how fast the machine ran while they were measured.
    calibrated: usize,
    /// Wall-clock seconds this invocation spent measuring.
    seconds: f64,
    changed: Vec<afterburner_litmus::distribution::Changed>,
    out: PathBuf,
}

pub fn execute(args: DistributionArgs) -> anyhow::Result<ExitCode> {
    let extension = args.out.extension().and_then(|e| e.to_str()).unwrap_or("");
    if extension != "jsonl" && extension != "parquet" {
        bail!(
            "--out must end in .jsonl or .parquet: {}",
            args.out.display()
        );
    }
    let selection = Selection {
        path: args.dataset.clone(),
        config: args.config.clone(),
        split: args.split.clone(),
    };
    let mut problems = read_problems(&selection)?;
    let journal_path = PathBuf::from(format!("{}.journal.jsonl", args.out.display()));
    let journal = Journal::open(&journal_path)?;
    let resumed = journal.done().len();
    if resumed > 0 {
        eprintln!(
            "resuming: {resumed} solutions already measured in {}",
            journal_path.display()
        );
    }
    let executor =
        Executor::choose(&args.remote, Some(&args.cpus), false)?.warming_up(&args.warm_up)?;
    let settings = Settings {
        runs: args.runs.max(1),
        case_multiply: args.case_multiply,
        sample_hz: args.sample_hz,
    };
    let options = settings.judge_options();
    let started = std::time::Instant::now();
    let progress = Progress::new("measuring");
    let measured = measure(
        &executor,
        &problems,
        Schedule {
            runs: settings.runs,
            order: args.order.into(),
            seed: args.seed,
            calibrate: !args.no_calibration,
        },
        &options,
        &journal,
        &|d, t| progress.update(d, t),
    )?;
    progress.finish();
    let changed = apply(&mut problems, &measured);
    stamp(&mut problems, &executor.machine().measured_with(&settings));
    let calibrated = record_calibrations(&mut problems, &journal);
    match extension {
        "jsonl" => write::jsonl(&args.out, &problems),
        _ => write::parquet(&args.out, &problems),
    }
    .with_context(|| format!("writing {}", args.out.display()))?;
    let summary = Summary {
        problems: problems.len(),
        solutions: measured.len(),
        resumed,
        calibrated,
        seconds: started.elapsed().as_secs_f64(),
        changed,
        out: args.out.clone(),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        println!(
            "measured {} solutions of {} problems ({} from an earlier run) in {:.0} s -> {}",
            summary.solutions,
            summary.problems,
            summary.resumed,
            summary.seconds,
            summary.out.display()
        );
        let uncalibrated = summary.problems - summary.calibrated;
        if !args.no_calibration && uncalibrated > 0 {
            println!(
                "  {uncalibrated} problems record no machine speed: the calibration program (Python) did not run; `afterburner doctor` says why"
            );
        }
        for c in &summary.changed {
            let why = c
                .reason
                .as_deref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default();
            println!(
                "  verdict changed: problem {} solution {}: {} -> {}{why}",
                c.problem_id, c.solution, c.before, c.now
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
