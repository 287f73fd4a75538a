//! `afterburner dataset build`: source folders → Venus records, with every labelled
//! solution judged and measured once.

use std::path::PathBuf;
use std::process::ExitCode;

use afterburner_litmus::provenance::{stamp, Machine, Settings};
use afterburner_monolith::pool::{Execute, Pool};
use afterburner_venus::bundle::{read_source_set, BUILT_FILE};
use afterburner_venus::harness::JudgeOptions;
use afterburner_venus::labels::{check_labels, record_measurements};
use afterburner_venus::write;
use anyhow::Context;
use clap::Args;

use super::validate::{build_all, print_label_failures, CpuArgs};
use crate::exit::Outcome;
use crate::progress::Progress;

/// Arguments of `afterburner dataset build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The source set folder (with `problems/`).
    dir: PathBuf,
    #[command(flatten)]
    cpus: CpuArgs,
}

pub fn execute(args: BuildArgs) -> anyhow::Result<ExitCode> {
    let sources =
        read_source_set(&args.dir).with_context(|| format!("reading {}", args.dir.display()))?;
    let runner = crate::commands::run::make_runner(false)?;
    let cpus = args.cpus.resolve()?;
    let mut problems = build_all(&runner, &cpus, &sources)?;
    problems.sort_by(|a, b| a.problem_id.cmp(&b.problem_id));
    let pool = Pool::new(&runner, &cpus);
    let options = JudgeOptions::default();
    let progress = Progress::new("judging solutions");
    let checks = check_labels(&pool, &problems, &options, &|done, total| {
        progress.update(done, total)
    });
    progress.finish();
    record_measurements(&mut problems, &checks);
    // Each labelled solution is judged once; its figures are that run's.
    let settings = Settings {
        runs: 1,
        case_multiply: options.case_multiply,
        sample_hz: options.sample_hz,
    };
    let machine = Machine::local(
        runner.toolchains(),
        &runner.sandbox().isolation(),
        pool.width(),
    );
    stamp(&mut problems, &machine.measured_with(&settings));
    let out = args.dir.join(BUILT_FILE);
    write::jsonl(&out, &problems)?;
    eprintln!("wrote {} problems to {}", problems.len(), out.display());
    print_label_failures(&checks);
    Ok(Outcome::worst(checks.iter().map(Outcome::of_label)).into())
}
