//! Monolith: run untrusted programs in six languages, isolated, and measure their wall
//! time, CPU time, peak memory and time–memory integral precisely.
//!
//! The pieces, from the bottom up:
//! - [`sandbox`] starts one program in fresh namespaces, under a cgroup, a seccomp
//!   filter and rlimits, and supervises it;
//! - [`cgroup`] hides cgroup v1 and v2 behind one trait;
//! - [`sampler`] reads the process tree's memory at 10 kHz or more;
//! - [`languages`] knows how to compile and start each language, and [`cache`] keeps
//!   compiled programs;
//! - [`runner`] joins them: source in, [`RunResult`] out; [`pool`] runs many at once.
#![deny(missing_docs)]

pub mod cache;
pub mod cgroup;
pub mod cpuset;
pub mod host;
pub mod language;
pub mod languages;
pub mod limits;
pub mod measure;
pub mod pool;
pub mod repeat;
pub mod result;
pub mod runner;
mod sampler;
pub mod sandbox;
pub mod stats;

pub use language::{Language, UnknownLanguage};
pub use limits::Limits;
pub use result::{CompileReport, Isolation, Metrics, RunResult, Status, TimelinePoint};
