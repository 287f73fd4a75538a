//! `afterburner export`: training data for the engines — SFT and DPO for LLaMA-Factory,
//! GRPO rows for verl and TRL — from a measured dataset, and cold-start data from
//! optimisation runs.

use std::path::PathBuf;
use std::process::ExitCode;

use afterburner_export::dpo::Pairing;
use afterburner_export::grpo::Engine;
use afterburner_export::source::{sources, Options};
use afterburner_export::summary::Summary;
use afterburner_export::write::{write_all, Table};
use afterburner_export::{cold_start, dpo, grpo, sft};
use afterburner_iof::instruction::Instruction;
use afterburner_iof::tasks::select;
use afterburner_monolith::Language;
use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};

use super::dataset::{read_problems, Selection};
use super::optimize::dedup;

/// Arguments of `afterburner export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    kind: Kind,
}

#[derive(Debug, Subcommand)]
enum Kind {
    /// LLaMA-Factory SFT: each problem's top-k passing solutions by time, by memory and by
    /// integral (one dataset per goal), with `dataset_info.json`.
    Sft {
        #[command(flatten)]
        common: DatasetArgs,
        /// Solutions per problem and goal.
        #[arg(long, default_value_t = 3)]
        top_k: usize,
    },
    /// LLaMA-Factory DPO: pairs of passing solutions of a problem whose medians differ by
    /// at least --margin times, the lower chosen.
    Dpo {
        #[command(flatten)]
        common: DatasetArgs,
        /// The rejected median must be at least this many times the chosen one.
        #[arg(long, default_value_t = 1.3)]
        margin: f64,
        /// Most pairs per problem and goal.
        #[arg(long, default_value_t = 4)]
        pairs_per_problem: usize,
    },
    /// GRPO rows: improve a seeded random human solution (shown with its figures), with
    /// the reward label; verl parquet or TRL JSONL.
    Grpo {
        #[command(flatten)]
        common: DatasetArgs,
        /// Name each problem by id in the label (for a reward server started with
        /// `serve --dataset` on the same data) instead of carrying its record.
        #[arg(long)]
        by_id: bool,
        /// The engine the rows are for.
        #[arg(long, value_enum, default_value = "verl")]
        format: GrpoFormat,
    },
    /// From optimisation runs: accepted improvements as SFT examples, improving versus
    /// failing or regressing answers to one prompt as DPO pairs.
    ColdStart {
        /// `optimize --out` folders (comma-separated).
        #[arg(
            long,
            value_delimiter = ',',
            required = true,
            value_name = "DIR[,DIR...]"
        )]
        runs: Vec<PathBuf>,
        /// Most DPO pairs per prompt.
        #[arg(long, default_value_t = 4)]
        pairs_per_prompt: usize,
        #[command(flatten)]
        output: OutputArgs,
    },
}

/// The engine GRPO rows are written for.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum GrpoFormat {
    /// verl 0.9's RLHFDataset parquet.
    Verl,
    /// TRL GRPOTrainer JSONL.
    Trl,
}

/// Where and how the files are written.
#[derive(Debug, Args)]
struct OutputArgs {
    /// The output folder (created; LLaMA-Factory entries are added to its
    /// dataset_info.json).
    #[arg(long)]
    out: PathBuf,
    /// Share of the problems held out as the test split (by problem, seeded).
    #[arg(long, default_value_t = 0.1)]
    test_fraction: f64,
    /// Seeds the split and every random choice.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
}

/// The options of the exports made from a dataset.
#[derive(Debug, Args)]
struct DatasetArgs {
    /// A measured dataset (see `afterburner distribution`).
    #[arg(long)]
    dataset: PathBuf,
    /// The config to read.
    #[arg(long)]
    config: Option<String>,
    /// The dataset split to read.
    #[arg(long)]
    split: Option<String>,
    /// Goals, each its own dataset (comma-separated).
    #[arg(long, value_delimiter = ',', default_value = "time,memory,integral")]
    instruction: Vec<Instruction>,
    /// The language of the solutions.
    #[arg(long, default_value = "python")]
    language: Language,
    /// Only the first N problems.
    #[arg(long)]
    limit: Option<usize>,
    /// Only these problems (comma-separated ids).
    #[arg(long, value_delimiter = ',')]
    problems: Vec<String>,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn execute(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let (tables, skipped, output) = match args.kind {
        Kind::Sft { common, top_k } => {
            anyhow::ensure!(top_k >= 1, "--top-k must be at least 1");
            let (found, skipped, options) = read(&common)?;
            (
                sft::tables(&found, &options, top_k)?,
                skipped,
                common.output,
            )
        }
        Kind::Dpo {
            common,
            margin,
            pairs_per_problem,
        } => {
            anyhow::ensure!(
                margin.is_finite() && margin > 1.0,
                "--margin must be above 1 (the rejected median over the chosen one), got {margin}"
            );
            let (found, skipped, options) = read(&common)?;
            let pairing = Pairing {
                margin,
                per_problem: pairs_per_problem,
            };
            (
                dpo::tables(&found, &options, pairing)?,
                skipped,
                common.output,
            )
        }
        Kind::Grpo {
            common,
            by_id,
            format,
        } => {
            let (found, skipped, options) = read(&common)?;
            let engine = match format {
                GrpoFormat::Verl => Engine::Verl,
                GrpoFormat::Trl => Engine::Trl,
            };
            (
                grpo::tables(&found, &options, engine, by_id)?,
                skipped,
                common.output,
            )
        }
        Kind::ColdStart {
            runs,
            pairs_per_prompt,
            output,
        } => {
            let tables =
                cold_start::tables(&runs, output.test_fraction, output.seed, pairs_per_prompt)?;
            (tables, 0, output)
        }
    };
    let summary = write_all(&output.out, &tables, skipped)?;
    print(&summary, &tables, output.json)?;
    Ok(ExitCode::SUCCESS)
}

/// The dataset's exportable problems, split, and the options they were read with.
fn read(
    args: &DatasetArgs,
) -> anyhow::Result<(Vec<afterburner_export::source::Source>, usize, Options)> {
    let problems = read_problems(&Selection {
        path: args.dataset.clone(),
        config: args.config.clone(),
        split: args.split.clone(),
    })?;
    let problems = select(problems, &args.problems, args.limit)?;
    let options = Options {
        language: args.language,
        instructions: dedup(&args.instruction),
        test_fraction: args.output.test_fraction,
        seed: args.output.seed,
    };
    let (found, skipped) = sources(problems, &options)
        .with_context(|| format!("exporting from {}", args.dataset.display()))?;
    Ok((found, skipped, options))
}

fn print(summary: &Summary, tables: &[Table], json: bool) -> anyhow::Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(summary)?);
        return Ok(());
    }
    for (file, table) in summary.files.iter().zip(tables) {
        match &file.file {
            Some(name) => println!("{:>7} rows  {}", file.rows, summary_path(summary, name)),
            None => println!("{:>7} rows  ({} is empty: not written)", 0, table.file),
        }
    }
    if summary.skipped > 0 {
        println!(
            "{} problems skipped: no runner in the language or no measured, passing solution",
            summary.skipped
        );
    }
    Ok(())
}

fn summary_path(summary: &Summary, name: &str) -> String {
    PathBuf::from(&summary.out).join(name).display().to_string()
}
