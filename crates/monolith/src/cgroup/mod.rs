//! Cgroups for single runs, v1 and v2 behind one trait.
//!
//! Each run gets its own cgroup: the memory limit, the process limit and the whole-tree
//! CPU and memory accounting all come from it. The root of the hierarchy is passed in as
//! a path, so the code is tested against a fake cgroup folder in a temp dir.

pub(crate) mod dynmods;
mod v1;
mod v2;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

pub use v1::V1Manager;
pub use v2::V2Manager;

/// A failure of the cgroup machinery (never a verdict about the program).
#[derive(Debug, thiserror::Error)]
pub enum CgroupError {
    /// A cgroup file or directory could not be read, written or made.
    #[error("cgroup {op} {path}: {source}")]
    Io {
        /// What was being done (`mkdir`, `write`, `read`, `rmdir`).
        op: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The OS error.
        source: io::Error,
    },
    /// A cgroup file held something that is not a number.
    #[error("cgroup file {path} holds `{content}`, not a number")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What it held.
        content: String,
    },
    /// A controller the runs need is not mounted or not enabled.
    #[error("cgroup controller `{0}` is not available on this host")]
    MissingController(&'static str),
    /// Processes were still in the cgroup after being killed.
    #[error("cgroup {path} still holds processes after kill; left in place")]
    Busy {
        /// The cgroup directory.
        path: PathBuf,
    },
}

/// The limits a run's cgroup enforces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CgroupLimits {
    /// Memory limit in bytes (swap is not allowed on top).
    pub memory_bytes: u64,
    /// Most processes and threads at once.
    pub pids: u64,
    /// The one core the run may use, enforced by the cpuset controller where the
    /// manager has it ([`CgroupManager::enforces_cpu`]).
    pub cpu: Option<usize>,
}

/// Creates one cgroup per run.
pub trait CgroupManager: Send + Sync {
    /// `v1` or `v2`.
    fn version(&self) -> &'static str;
    /// Whether runs are held to their core by the cpuset controller (else only by an
    /// affinity mask, which the program can widen).
    fn enforces_cpu(&self) -> bool;
    /// Makes a fresh cgroup named `name` with `limits` applied.
    fn create(&self, name: &str, limits: CgroupLimits) -> Result<Box<dyn RunCgroup>, CgroupError>;
}

/// The cgroup of one run.
pub trait RunCgroup: Send + Sync {
    /// The `cgroup.procs` files a process must write `0` into to join (one per
    /// hierarchy on v1, one on v2).
    fn procs_files(&self) -> Vec<PathBuf>;
    /// CPU time (user + system) of every process that ran in the cgroup, in nanoseconds.
    fn cpu_usage_ns(&self) -> Result<u64, CgroupError>;
    /// The kernel's memory high-water mark in bytes, if this kernel keeps one.
    fn memory_peak_bytes(&self) -> Result<Option<u64>, CgroupError>;
    /// Whether the kernel's OOM killer killed a process of this cgroup.
    fn oom_killed(&self) -> Result<bool, CgroupError>;
    /// The processes in the cgroup, as pids of the caller's pid namespace.
    fn pids(&self) -> Result<Vec<i32>, CgroupError>;
    /// Kills every process, waits until the cgroup is empty and removes it.
    fn destroy(&self) -> Result<(), CgroupError>;
}

/// Kills whatever is left in `cgroup` and removes its directories (deepest first).
pub(crate) fn kill_and_remove(cgroup: &dyn RunCgroup, dirs: &[PathBuf]) -> Result<(), CgroupError> {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let pids = cgroup.pids()?;
        if pids.is_empty() {
            break;
        }
        for pid in pids {
            // SAFETY: kill(2) has no memory-safety preconditions; a stale pid only
            // yields ESRCH.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        if Instant::now() > deadline {
            return Err(CgroupError::Busy {
                path: dirs[0].clone(),
            });
        }
        thread::sleep(POLL);
    }
    for dir in dirs {
        remove_dir_retrying(dir)?;
    }
    Ok(())
}

/// How long to wait before looking again at a cgroup that is still emptying: short,
/// since this wait is part of every run's cost.
const POLL: Duration = Duration::from_micros(100);

fn remove_dir_retrying(dir: &Path) -> Result<(), CgroupError> {
    let deadline = Instant::now() + Duration::from_millis(200);
    loop {
        match fs::remove_dir(dir) {
            Ok(()) => return Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            // A cgroup is briefly busy while its last task finishes exiting.
            Err(e) if Instant::now() < deadline && e.raw_os_error() == Some(libc::EBUSY) => {
                thread::sleep(POLL);
            }
            Err(source) => {
                return Err(CgroupError::Io {
                    op: "rmdir",
                    path: dir.to_path_buf(),
                    source,
                })
            }
        }
    }
}

pub(crate) fn write_file(path: &Path, value: &str) -> Result<(), CgroupError> {
    fs::write(path, value).map_err(|source| CgroupError::Io {
        op: "write",
        path: path.to_path_buf(),
        source,
    })
}

pub(crate) fn read_file(path: &Path) -> Result<String, CgroupError> {
    fs::read_to_string(path).map_err(|source| CgroupError::Io {
        op: "read",
        path: path.to_path_buf(),
        source,
    })
}

pub(crate) fn read_u64(path: &Path) -> Result<u64, CgroupError> {
    let content = read_file(path)?;
    content.trim().parse().map_err(|_| CgroupError::Parse {
        path: path.to_path_buf(),
        content: content.trim().to_string(),
    })
}

/// Reads `key value` lines (as in `memory.events`, `cpu.stat`) and returns `key`'s value.
pub(crate) fn read_keyed(path: &Path, key: &str) -> Result<Option<u64>, CgroupError> {
    let content = read_file(path)?;
    Ok(content.lines().find_map(|line| {
        let mut parts = line.split_whitespace();
        (parts.next() == Some(key)).then(|| parts.next()?.parse().ok())?
    }))
}

pub(crate) fn read_pids(path: &Path) -> Result<Vec<i32>, CgroupError> {
    match fs::read_to_string(path) {
        Ok(content) => Ok(content
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .collect()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(source) => Err(CgroupError::Io {
            op: "read",
            path: path.to_path_buf(),
            source,
        }),
    }
}

pub(crate) fn make_dir(path: &Path) -> Result<(), CgroupError> {
    match fs::create_dir(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(source) => Err(CgroupError::Io {
            op: "mkdir",
            path: path.to_path_buf(),
            source,
        }),
    }
}
