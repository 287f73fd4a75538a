//! Venus: problems with statements, runners, evaluators and test cases, plus many
//! solutions with their measured time, memory and integral.
//!
//! - [`record`] is the schema, tolerant of the public data's variations; APPS and
//!   Mercury records are read as Venus records (see `docs/benchmarks.md`);
//! - [`load`] and [`write`] read and write JSONL, JSON, parquet and the Hugging Face
//!   layouts;
//! - [`harness`] turns a problem and a solution into one program that runs every case,
//!   and judges it in Monolith; [`labels`] checks labelled solutions in bulk;
//! - [`bundle`] builds records from the source folders of a bundled set;
//! - [`summary`] counts problems by difficulty, topic and language.
//!
//! ```no_run
//! use std::path::Path;
//! use std::sync::Arc;
//! use afterburner_monolith::{cache::CompileCache, languages::Toolchains, runner::Runner};
//! use afterburner_monolith::sandbox::{Sandbox, SandboxConfig};
//! use afterburner_venus::harness::{judge, JudgeOptions};
//! use afterburner_venus::{load, LoadOptions};
//!
//! let dataset = load(Path::new("venus/python"), &LoadOptions::default()).unwrap();
//! let problem = dataset.problems().next().unwrap();
//! let sandbox = Arc::new(Sandbox::new(SandboxConfig::default()).unwrap());
//! let runner = Runner::new(sandbox, Toolchains::discover_all(), CompileCache::new(CompileCache::default_root()));
//! let solution = &problem.solutions[0];
//! let judged = judge(&runner, problem, &solution.code, solution.language(), &JudgeOptions::default()).unwrap();
//! println!("{}: {} in {:.1} ms", problem.problem_id, judged.verdict, judged.run.metrics.cpu_ms);
//! ```
#![deny(missing_docs)]

pub mod bundle;
mod foreign;
pub mod harness;
pub mod labels;
pub mod load;
pub mod record;
pub mod summary;
pub mod write;

pub use load::{load, Dataset, LoadError, LoadOptions, Skipped, Split};
pub use record::{
    Comparator, MeasuredWith, PerLanguage, Problem, ProblemId, RecordError, Solution, TestCase,
    Verdict,
};
pub use write::WriteError;
