//! The record of one run: verdict, measurements (with units) and how it was isolated.

use serde::{Deserialize, Serialize};

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The program exited with code 0 within every limit.
    Success,
    /// The program exited with a non-zero code or was killed by a signal it raised.
    RuntimeError,
    /// The wall-clock or CPU-time limit was reached.
    Timeout,
    /// The memory limit was reached (the kernel's OOM killer ended the program).
    MemoryLimit,
    /// The program wrote more to stdout or stderr than allowed.
    OutputLimit,
    /// The source did not compile; `stderr` holds the compiler's message.
    CompileError,
    /// Monolith itself failed to run the program; `reason` says why.
    SandboxError,
}

impl Status {
    /// The snake_case name used in JSON and on the terminal.
    pub fn name(self) -> &'static str {
        match self {
            Status::Success => "success",
            Status::RuntimeError => "runtime_error",
            Status::Timeout => "timeout",
            Status::MemoryLimit => "memory_limit",
            Status::OutputLimit => "output_limit",
            Status::CompileError => "compile_error",
            Status::SandboxError => "sandbox_error",
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// What was measured of one run of the user's program (never of its compilation).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// Wall time in milliseconds, monotonic clock, from the `execve` of the user program
    /// to its exit.
    pub wall_ms: f64,
    /// CPU time in milliseconds: user + system of the whole process tree.
    pub cpu_ms: f64,
    /// Peak resident memory of the whole process tree in KiB: the larger of the sampled
    /// peak and the kernel's high-water mark (cgroup or rusage).
    pub peak_memory_kb: u64,
    /// ∫ memory dt over the run in KiB·ms: by the trapezoid rule over the samples taken
    /// while the program ran, or, when none was (a run shorter than the sampling
    /// period), the peak times the wall time; `integral_method` says which.
    pub integral_kb_ms: f64,
    /// How `integral_kb_ms` was found.
    #[serde(default)]
    pub integral_method: IntegralMethod,
    /// Number of memory samples taken during the run.
    pub samples: u64,
    /// Achieved memory sampling rate in Hz (samples ÷ wall time).
    pub sample_hz: f64,
}

/// How a run's time–memory integral was found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IntegralMethod {
    /// The trapezoid rule over the samples taken while the program ran.
    #[default]
    Samples,
    /// No sample landed inside the run: its peak memory times its wall time, an upper
    /// bound.
    PeakTimesWall,
}

/// One point of the memory timeline.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TimelinePoint {
    /// Milliseconds since the start of the program.
    pub t_ms: f64,
    /// Memory of the process tree at that time, in KiB.
    pub memory_kb: u64,
}

/// How the run was isolated, so a reader can judge how far to trust it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Isolation {
    /// `full` (namespaces + cgroup + seccomp as root) or `fallback` (something missing).
    pub mode: String,
    /// Cgroup version used (`v1`, `v2`), or `none`.
    pub cgroup: String,
    /// Namespaces the program ran in (`pid`, `mount`, `net`, `ipc`, `uts`, `user`).
    pub namespaces: Vec<String>,
    /// Whether the seccomp filter was installed.
    pub seccomp: bool,
    /// How memory was sampled: `cgroup-members` (the resident sets of the processes in
    /// the run's cgroup) or `process-tree` (of the descendants found through `/proc`,
    /// where no cgroup is available).
    pub memory_source: String,
    /// The CPU core the program was pinned to.
    pub cpu: Option<usize>,
    /// How it was held there: `cpuset` (the cgroup's cpuset controller: the program
    /// cannot leave its core), `affinity` (a mask alone, which the program could widen),
    /// or `none` (not placed).
    #[serde(default)]
    pub cpu_placement: String,
    /// Plain sentences about anything weaker than full isolation.
    pub notes: Vec<String>,
}

/// The outcome of compiling a source file (absent for interpreted languages).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CompileReport {
    /// Whether the program came from the compile cache.
    pub cached: bool,
    /// Time the compiler took in milliseconds (0 when cached); never part of the run.
    pub compile_ms: f64,
    /// The cache key: a hash of language, toolchain version, flags and source.
    pub cache_key: String,
    /// What the compiler printed (its diagnostics), possibly truncated.
    pub output: String,
}

/// What the sandbox itself cost a run, outside its measured window: setting it up
/// before the program's start and tearing it down after its end.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SandboxCost {
    /// From the call to the program's start (cgroup, namespaces, mounts, seccomp, exec),
    /// in ms.
    pub setup_ms: f64,
    /// From the program's end to the result (reaping, the sampler's stop, reading the
    /// figures), in ms; removing the cgroup and the mounts happens after, off the path.
    pub teardown_ms: f64,
}

/// Everything known about one run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunResult {
    /// How the run ended.
    pub status: Status,
    /// A plain sentence on why the run did not succeed, if it did not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The program's exit code, if it exited.
    pub exit_code: Option<i32>,
    /// The signal that killed the program, if one did.
    pub signal: Option<i32>,
    /// Standard output (lossily decoded as UTF-8), at most the output limit.
    pub stdout: String,
    /// Standard error (lossily decoded as UTF-8), at most the output limit.
    pub stderr: String,
    /// Whether stdout was cut at the output limit.
    pub stdout_truncated: bool,
    /// Whether stderr was cut at the output limit.
    pub stderr_truncated: bool,
    /// Measurements of the run.
    pub metrics: Metrics,
    /// The compile step, for compiled languages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compile: Option<CompileReport>,
    /// How the run was isolated.
    pub isolation: Isolation,
    /// What the sandbox cost the run beyond its measured window.
    #[serde(default)]
    pub sandbox: SandboxCost,
    /// The memory timeline, downsampled to at most 1000 points, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeline: Option<Vec<TimelinePoint>>,
}

impl RunResult {
    /// A result for a run that Monolith could not carry out.
    pub fn sandbox_error(reason: impl Into<String>) -> Self {
        RunResult {
            status: Status::SandboxError,
            reason: Some(reason.into()),
            exit_code: None,
            signal: None,
            stdout: String::new(),
            stderr: String::new(),
            stdout_truncated: false,
            stderr_truncated: false,
            metrics: Metrics::default(),
            compile: None,
            isolation: Isolation::default(),
            sandbox: SandboxCost::default(),
            timeline: None,
        }
    }
}
