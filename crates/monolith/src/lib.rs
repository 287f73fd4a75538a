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
//! - [`runner`] joins them: source in, [`RunResult`] out; [`pool`] runs many at once;
//!   [`repeat`] runs one program many times and summarises each metric.
//!
//! ```no_run
//! use std::sync::Arc;
//! use afterburner_monolith::cache::CompileCache;
//! use afterburner_monolith::languages::Toolchains;
//! use afterburner_monolith::runner::{RunRequest, Runner};
//! use afterburner_monolith::sandbox::{Sandbox, SandboxConfig, Stdin};
//! use afterburner_monolith::{Language, Status};
//!
//! let sandbox = Sandbox::new(SandboxConfig::default()).expect("root and cgroups");
//! let runner = Runner::new(
//!     Arc::new(sandbox),
//!     Toolchains::discover_all(),
//!     CompileCache::new(CompileCache::default_root()),
//! );
//! let mut request = RunRequest::new(Language::Cpp, "#include <cstdio>\nint main(){ int a, b; std::scanf(\"%d %d\", &a, &b); std::printf(\"%d\\n\", a + b); }");
//! request.stdin = Stdin::Bytes(b"2 3\n".to_vec().into());
//! request.cpu = Some(1);
//! let result = runner.run(&request);
//! assert_eq!(result.status, Status::Success);
//! println!("{} ms, {} KiB peak", result.metrics.wall_ms, result.metrics.peak_memory_kb);
//! ```
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
pub use result::{
    CompileReport, IntegralMethod, Isolation, Metrics, RunResult, SandboxCost, Status,
    TimelinePoint,
};
