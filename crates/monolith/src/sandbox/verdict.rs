//! From what the supervisor saw to a verdict: which limit ended the run, or how the
//! program ended on its own. The order matters: a run stopped for flooding its output
//! also dies by SIGKILL, and the reason the user needs is the flood, not the signal.

use crate::limits::Limits;
use crate::result::Status;

/// Why the supervisor ended a run early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ended {
    WallLimit,
    OutputLimit,
}

/// Everything that decides a verdict.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Observed {
    /// What the supervisor itself stopped the run for.
    pub(crate) ended: Option<Ended>,
    /// The kernel's OOM killer acted in the run's cgroup.
    pub(crate) oom_killed: bool,
    /// The sampler saw memory pass the limit (no cgroup to enforce it).
    pub(crate) memory_limit_hit: bool,
    /// The sampler saw CPU time pass the limit.
    pub(crate) cpu_limit_hit: bool,
    /// The program's wait status, if init saw it exit.
    pub(crate) wait_status: Option<i32>,
}

/// The verdict on one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Verdict {
    pub(crate) status: Status,
    pub(crate) reason: Option<String>,
    pub(crate) exit_code: Option<i32>,
    pub(crate) signal: Option<i32>,
}

/// Decides the verdict. A program whose exit init never saw (because the run was killed
/// as a whole) counts as killed by SIGKILL.
pub(crate) fn decide(seen: &Observed, limits: &Limits) -> Verdict {
    let (exit_code, signal) = match seen.wait_status {
        Some(status) if libc::WIFEXITED(status) => (Some(libc::WEXITSTATUS(status)), None),
        Some(status) if libc::WIFSIGNALED(status) => (None, Some(libc::WTERMSIG(status))),
        _ => (None, Some(libc::SIGKILL)),
    };
    let (status, reason) = if seen.ended == Some(Ended::OutputLimit) {
        (
            Status::OutputLimit,
            format!("output passed the limit of {} bytes", limits.output_bytes),
        )
    } else if seen.oom_killed || seen.memory_limit_hit {
        (
            Status::MemoryLimit,
            format!("memory passed the limit of {} KiB", limits.memory_kb),
        )
    } else if seen.ended == Some(Ended::WallLimit) {
        (
            Status::Timeout,
            format!("wall time passed the limit of {} ms", limits.wall_ms),
        )
    } else if seen.cpu_limit_hit || signal == Some(libc::SIGXCPU) {
        (
            Status::Timeout,
            format!("CPU time passed the limit of {} ms", limits.cpu_ms),
        )
    } else if signal == Some(libc::SIGXFSZ) {
        (
            Status::RuntimeError,
            format!(
                "a file passed the size limit of {} bytes",
                limits.file_size_bytes
            ),
        )
    } else if let Some(sig) = signal {
        (Status::RuntimeError, format!("killed by signal {sig}"))
    } else if exit_code != Some(0) {
        (
            Status::RuntimeError,
            format!("exited with code {}", exit_code.unwrap_or(-1)),
        )
    } else {
        return Verdict {
            status: Status::Success,
            reason: None,
            exit_code,
            signal,
        };
    };
    Verdict {
        status,
        reason: Some(reason),
        exit_code,
        signal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXITED_0: i32 = 0;
    const EXITED_3: i32 = 3 << 8;

    fn decide_with(seen: Observed) -> Verdict {
        decide(&seen, &Limits::default())
    }

    #[test]
    fn a_clean_exit_is_success_and_a_nonzero_one_a_runtime_error() {
        let ok = decide_with(Observed {
            wait_status: Some(EXITED_0),
            ..Observed::default()
        });
        assert_eq!(
            (ok.status, ok.exit_code, ok.reason),
            (Status::Success, Some(0), None)
        );
        let bad = decide_with(Observed {
            wait_status: Some(EXITED_3),
            ..Observed::default()
        });
        assert_eq!((bad.status, bad.exit_code), (Status::RuntimeError, Some(3)));
        assert_eq!(bad.reason.as_deref(), Some("exited with code 3"));
    }

    #[test]
    fn the_limit_that_stopped_the_run_wins_over_the_kill_signal() {
        let flood = decide_with(Observed {
            ended: Some(Ended::OutputLimit),
            oom_killed: true,
            ..Observed::default()
        });
        assert_eq!(flood.status, Status::OutputLimit);
        assert_eq!(flood.signal, Some(libc::SIGKILL));
        let oom = decide_with(Observed {
            ended: Some(Ended::WallLimit),
            oom_killed: true,
            ..Observed::default()
        });
        assert_eq!(oom.status, Status::MemoryLimit);
        let wall = decide_with(Observed {
            ended: Some(Ended::WallLimit),
            ..Observed::default()
        });
        assert!(wall.reason.unwrap().contains("wall time"));
        let cpu = decide_with(Observed {
            cpu_limit_hit: true,
            ..Observed::default()
        });
        assert!(cpu.reason.unwrap().contains("CPU time"));
    }

    #[test]
    fn rlimit_signals_name_their_limit() {
        let xcpu = decide_with(Observed {
            wait_status: Some(libc::SIGXCPU),
            ..Observed::default()
        });
        assert_eq!(xcpu.status, Status::Timeout);
        let xfsz = decide_with(Observed {
            wait_status: Some(libc::SIGXFSZ),
            ..Observed::default()
        });
        assert_eq!(xfsz.status, Status::RuntimeError);
        assert!(xfsz.reason.unwrap().contains("size limit"));
        let segv = decide_with(Observed {
            wait_status: Some(libc::SIGSEGV),
            ..Observed::default()
        });
        assert_eq!(segv.signal, Some(libc::SIGSEGV));
    }
}
