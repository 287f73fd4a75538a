//! Training data from measurements: what the engines read to teach a model efficient code.
//!
//! - [`sft`]: for each problem, its best passing solutions by time, by memory and by
//!   integral, as LLaMA-Factory alpaca rows (one dataset per goal).
//! - [`dpo`]: pairs of passing solutions of one problem whose medians differ by a clear
//!   margin, the leaner one chosen (LLaMA-Factory ranking rows).
//! - [`grpo`]: one row per problem and goal for verl's `RLHFDataset` (parquet) or TRL
//!   (JSONL): the prompt to improve a seeded random human solution, shown with its
//!   measured figures, and the reward label our server judges answers with.
//! - [`cold_start`]: from optimisation runs, every accepted improvement as an SFT example
//!   and, per prompt, improving versus failing or regressing answers as DPO pairs.
//!
//! Problems are split into train and test by a seed ([`split`]); a problem is never on
//! both sides. Every prompt is the optimisation loop's own ([`afterburner_iof::prompt`]),
//! every response is in its answer format ([`afterburner_iof::answer::compose`]), so a
//! model trained here meets at inference exactly what it was trained on.

pub mod cold_start;
pub mod dpo;
pub mod grpo;
pub mod sft;
pub mod source;
pub mod split;
pub mod summary;
pub mod write;

use std::path::PathBuf;

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The test fraction is not in [0, 1).
    #[error("--test-fraction must be at least 0 and below 1, got {0}")]
    TestFraction(f64),
    /// No problem has measured solutions to export.
    #[error("none of the {problems} problems has measured, passing {language} solutions; measure the dataset first: `afterburner distribution --dataset D --out measured.jsonl`, then export from measured.jsonl")]
    NothingMeasured {
        /// How many problems were read.
        problems: usize,
        /// The language asked for.
        language: String,
    },
    /// A file could not be written.
    #[error(transparent)]
    Write(#[from] afterburner_venus::WriteError),
    /// A file could not be encoded as parquet.
    #[error("cannot write {}: {message}", path.display())]
    Parquet {
        /// The file.
        path: PathBuf,
        /// What the Arrow or parquet writer reported.
        message: String,
    },
    /// `dataset_info.json` exists but is not a JSON object.
    #[error("{}: {message}; move it away or fix it, export adds its entries to it", path.display())]
    DatasetInfo {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// An optimisation run folder cannot be read.
    #[error("optimisation run {}: {message}", path.display())]
    Run {
        /// The folder.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The loop's prompt templates failed.
    #[error(transparent)]
    Prompt(#[from] afterburner_iof::prompt::PromptError),
}
