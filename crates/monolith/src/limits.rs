//! Per-run resource limits, each with a default a user can override.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// The limits one sandboxed run is held to.
///
/// Memory is enforced through the memory cgroup (never `RLIMIT_AS`, which breaks the
/// JVM, Node and Go); processes through the pids cgroup; the rest through rlimits or
/// the supervisor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Limits {
    /// Wall-clock limit in milliseconds, from the start of the program.
    pub wall_ms: u64,
    /// CPU-time limit (user + system, whole process tree) in milliseconds.
    pub cpu_ms: u64,
    /// Memory limit of the whole process tree in KiB.
    pub memory_kb: u64,
    /// Most processes and threads alive at once.
    pub processes: u64,
    /// Most bytes kept of stdout and of stderr each; more ends the run as `output_limit`.
    pub output_bytes: u64,
    /// Largest file the program may write, in bytes.
    pub file_size_bytes: u64,
    /// Most open file descriptors per process.
    pub open_files: u64,
    /// Size of the private writable work directory (a tmpfs), in KiB.
    pub work_dir_kb: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            wall_ms: 10_000,
            cpu_ms: 10_000,
            memory_kb: 1024 * 1024,
            processes: 64,
            output_bytes: 8 * 1024 * 1024,
            file_size_bytes: 16 * 1024 * 1024,
            open_files: 256,
            work_dir_kb: 64 * 1024,
        }
    }
}

impl Limits {
    /// Limits for a compile step: more time, memory and processes than a run, because
    /// compilers (javac, rustc, go) are heavier than the programs they build.
    pub fn for_compile() -> Self {
        Limits {
            wall_ms: 60_000,
            cpu_ms: 120_000,
            memory_kb: 2 * 1024 * 1024,
            processes: 256,
            output_bytes: 1024 * 1024,
            file_size_bytes: 256 * 1024 * 1024,
            open_files: 1024,
            work_dir_kb: 512 * 1024,
        }
    }

    /// The wall-clock limit as a [`Duration`].
    pub fn wall(&self) -> Duration {
        Duration::from_millis(self.wall_ms)
    }

    /// `RLIMIT_CPU` as (soft, hard) seconds: a backstop for a sampler that fell behind,
    /// never the CPU limit itself. The kernel charges that clock in whole scheduler ticks
    /// to whichever task runs at each tick, so on a core shared with short-lived tasks it
    /// runs ahead of the program's real CPU time (9 s charged to a Go program whose
    /// cgroup counted 7.6 s was seen under load); a second above the limit, it killed
    /// programs that had not used their time. Twice the limit plus a second leaves the
    /// sampler's precise reading to decide.
    pub(crate) fn cpu_backstop_seconds(&self) -> (u64, u64) {
        let soft = (self.cpu_ms.saturating_mul(2)).div_ceil(1000) + 1;
        (soft, soft + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cpu_backstop_leaves_the_kernels_tick_charged_clock_room_above_the_limit() {
        for cpu_ms in [1, 150, 999, 1000, 8000, 10_000, 120_000] {
            let limits = Limits {
                cpu_ms,
                ..Limits::default()
            };
            let (soft, hard) = limits.cpu_backstop_seconds();
            assert!(
                soft * 1000 >= 2 * cpu_ms + 1000,
                "{cpu_ms} ms: soft {soft} s"
            );
            assert!(hard > soft, "{cpu_ms} ms: hard {hard} s");
        }
    }
}
