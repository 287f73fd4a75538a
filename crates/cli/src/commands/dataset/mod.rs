//! `afterburner dataset`: inspect, check, convert and build Venus-format data.

mod build;
mod convert;
mod info;
mod show;
pub mod validate;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use afterburner_venus::bundle::{is_source_set, BUILT_FILE};
use afterburner_venus::load::{load, LoadOptions};
use afterburner_venus::Problem;
use anyhow::Context;
use clap::{Args, Subcommand};

/// Arguments of `afterburner dataset`.
#[derive(Debug, Args)]
pub struct DatasetArgs {
    #[command(subcommand)]
    command: DatasetCommand,
}

#[derive(Debug, Subcommand)]
enum DatasetCommand {
    /// Count problems by difficulty, topic and language.
    Info(info::InfoArgs),
    /// Check the schema, that every labelled solution gets its label, and that a bundled
    /// set's tests are deterministic and its built file up to date.
    Validate(validate::ValidateArgs),
    /// Print one problem.
    Show(show::ShowArgs),
    /// Convert between JSONL and parquet (by the output's extension).
    Convert(convert::ConvertArgs),
    /// Build a bundled source set's records (cases from its generators and reference).
    Build(build::BuildArgs),
}

pub fn execute(args: DatasetArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        DatasetCommand::Info(a) => info::execute(a),
        DatasetCommand::Validate(a) => validate::execute(a),
        DatasetCommand::Show(a) => show::execute(a),
        DatasetCommand::Convert(a) => convert::execute(a),
        DatasetCommand::Build(a) => build::execute(a),
    }
}

/// Which part of a dataset to read.
#[derive(Debug, Clone, Args)]
pub struct Selection {
    /// The dataset: a .jsonl/.json/.parquet file, a Hugging Face dataset folder (as
    /// downloaded, or in the hub cache), a save_to_disk folder, or a bundled set folder.
    pub path: PathBuf,
    /// The config to read (default: all).
    #[arg(long)]
    pub config: Option<String>,
    /// The split to read (default: all).
    #[arg(long)]
    pub split: Option<String>,
}

/// How many left-out records are named one by one before the rest are only counted.
const SKIPPED_SHOWN: usize = 5;

/// Reads the selected problems; a bundled source set is read from its built file.
/// Records of another benchmark that cannot be judged are left out, and stderr says
/// which and why.
pub fn read_problems(selection: &Selection) -> anyhow::Result<Vec<Problem>> {
    let path = resolve(&selection.path)?;
    let options = LoadOptions {
        config: selection.config.clone(),
        split: selection.split.clone(),
        ..LoadOptions::default()
    };
    let dataset = load(&path, &options).with_context(|| format!("loading {}", path.display()))?;
    let skipped: Vec<_> = dataset.splits.iter().flat_map(|s| &s.skipped).collect();
    if !skipped.is_empty() {
        eprintln!(
            "left out {} record(s) that cannot be judged:",
            skipped.len()
        );
        for s in skipped.iter().take(SKIPPED_SHOWN) {
            let id = s.problem_id.as_deref().unwrap_or("?");
            eprintln!("  {} (problem {id}): {}", s.record, s.reason);
        }
        if skipped.len() > SKIPPED_SHOWN {
            eprintln!("  … and {} more", skipped.len() - SKIPPED_SHOWN);
        }
    }
    Ok(dataset
        .splits
        .into_iter()
        .flat_map(|s| s.problems)
        .collect())
}

fn resolve(path: &Path) -> anyhow::Result<PathBuf> {
    if is_source_set(path) {
        let built = path.join(BUILT_FILE);
        anyhow::ensure!(
            built.exists(),
            "{} is a bundled source set that has not been built; run `afterburner dataset build {}`",
            path.display(),
            path.display()
        );
        return Ok(built);
    }
    Ok(path.to_path_buf())
}
