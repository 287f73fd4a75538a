//! Venus: problems with statements, runners, evaluators and test cases, plus many
//! solutions with their measured time, memory and integral.
//!
//! - [`record`] is the schema, tolerant of the public data's variations;
//! - [`load`] and [`write`] read and write JSONL, JSON, parquet and the Hugging Face
//!   layouts;
//! - [`harness`] turns a problem and a solution into one program that runs every case,
//!   and judges it in Monolith.
#![deny(missing_docs)]

pub mod bundle;
pub mod harness;
pub mod labels;
pub mod load;
pub mod record;
pub mod summary;
pub mod write;

pub use load::{load, Dataset, LoadError, LoadOptions, Split};
pub use record::{
    Comparator, PerLanguage, Problem, ProblemId, RecordError, Solution, TestCase, Verdict,
};
pub use write::WriteError;
