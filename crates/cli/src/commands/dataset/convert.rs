//! `afterburner dataset convert`.

use std::path::PathBuf;
use std::process::ExitCode;

use afterburner_venus::write;
use anyhow::bail;
use clap::Args;

use super::{read_problems, Selection};

/// Arguments of `afterburner dataset convert`.
#[derive(Debug, Args)]
pub struct ConvertArgs {
    #[command(flatten)]
    selection: Selection,
    /// The output file: .jsonl or .parquet.
    output: PathBuf,
}

pub fn execute(args: ConvertArgs) -> anyhow::Result<ExitCode> {
    let problems = read_problems(&args.selection)?;
    match args.output.extension().and_then(|e| e.to_str()) {
        Some("jsonl") => write::jsonl(&args.output, &problems)?,
        Some("parquet") => write::parquet(&args.output, &problems)?,
        _ => bail!(
            "the output must end in .jsonl or .parquet: {}",
            args.output.display()
        ),
    }
    eprintln!(
        "wrote {} problems to {}",
        problems.len(),
        args.output.display()
    );
    Ok(ExitCode::SUCCESS)
}
