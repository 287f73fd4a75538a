//! Cgroup v2: one directory per run under a delegated base in the unified hierarchy.

use std::path::{Path, PathBuf};

use super::{
    kill_and_remove, make_dir, read_file, read_keyed, read_pids, write_file, CgroupError,
    CgroupLimits, CgroupManager, RunCgroup,
};

/// Makes run cgroups under one base directory of the unified hierarchy.
#[derive(Debug, Clone)]
pub struct V2Manager {
    base: PathBuf,
    /// The parent offers the cpuset controller, enabled for the runs.
    cpuset: bool,
}

impl V2Manager {
    /// A manager creating runs under `base` (made if missing), whose parent must offer the
    /// `memory` and `pids` controllers.
    ///
    /// Cgroup v2 forbids enabling controllers for children of a cgroup that holds
    /// processes, so when `base`'s parent holds this very process, the process first moves
    /// into a `supervisor` leaf beside `base`.
    pub fn new(base: PathBuf) -> Result<Self, CgroupError> {
        let parent = base
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| base.clone());
        let available = read_file(&parent.join("cgroup.controllers"))?;
        for needed in ["memory", "pids"] {
            if !available.split_whitespace().any(|c| c == needed) {
                return Err(CgroupError::MissingController(needed));
            }
        }
        if !read_pids(&parent.join("cgroup.procs"))?.is_empty() {
            let supervisor = parent.join("supervisor");
            make_dir(&supervisor)?;
            write_file(&supervisor.join("cgroup.procs"), "0")?;
        }
        let cpuset = available.split_whitespace().any(|c| c == "cpuset");
        enable_controllers(&parent, cpuset)?;
        make_dir(&base)?;
        enable_controllers(&base, cpuset)?;
        Ok(V2Manager { base, cpuset })
    }
}

fn enable_controllers(dir: &Path, cpuset: bool) -> Result<(), CgroupError> {
    let wanted = if cpuset {
        "+memory +pids +cpuset"
    } else {
        "+memory +pids"
    };
    write_file(&dir.join("cgroup.subtree_control"), wanted)
}

impl CgroupManager for V2Manager {
    fn version(&self) -> &'static str {
        "v2"
    }

    fn enforces_cpu(&self) -> bool {
        self.cpuset
    }

    fn create(&self, name: &str, limits: CgroupLimits) -> Result<Box<dyn RunCgroup>, CgroupError> {
        let run = V2Run {
            dir: self.base.join(name),
        };
        make_dir(&run.dir)?;
        let made = (|| {
            write_file(
                &run.dir.join("memory.max"),
                &limits.memory_bytes.to_string(),
            )?;
            let swap = run.dir.join("memory.swap.max");
            if swap.exists() {
                write_file(&swap, "0")?;
            }
            write_file(&run.dir.join("pids.max"), &limits.pids.to_string())?;
            if let (true, Some(cpu)) = (self.cpuset, limits.cpu) {
                write_file(&run.dir.join("cpuset.cpus"), &cpu.to_string())?;
            }
            Ok(())
        })();
        match made {
            Ok(()) => Ok(Box::new(run)),
            Err(e) => {
                let _ = run.destroy();
                Err(e)
            }
        }
    }
}

struct V2Run {
    dir: PathBuf,
}

impl RunCgroup for V2Run {
    fn procs_files(&self) -> Vec<PathBuf> {
        vec![self.dir.join("cgroup.procs")]
    }

    fn cpu_usage_ns(&self) -> Result<u64, CgroupError> {
        let usec = read_keyed(&self.dir.join("cpu.stat"), "usage_usec")?.unwrap_or(0);
        Ok(usec * 1000)
    }

    fn memory_peak_bytes(&self) -> Result<Option<u64>, CgroupError> {
        // memory.peak exists since Linux 5.19.
        let peak = self.dir.join("memory.peak");
        if !peak.exists() {
            return Ok(None);
        }
        super::read_u64(&peak).map(Some)
    }

    fn oom_killed(&self) -> Result<bool, CgroupError> {
        Ok(read_keyed(&self.dir.join("memory.events"), "oom_kill")?.unwrap_or(0) > 0)
    }

    fn pids(&self) -> Result<Vec<i32>, CgroupError> {
        read_pids(&self.dir.join("cgroup.procs"))
    }

    fn destroy(&self) -> Result<(), CgroupError> {
        // cgroup.kill (Linux 5.14) kills the whole tree atomically, even a process that
        // is forking at that moment.
        let kill = self.dir.join("cgroup.kill");
        if kill.exists() {
            let _ = write_file(&kill, "1");
        }
        kill_and_remove(self, std::slice::from_ref(&self.dir))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn fake_root(controllers: &str, procs: &str) -> tempfile::TempDir {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join("cgroup.controllers"), controllers).unwrap();
        fs::write(tmp.path().join("cgroup.procs"), procs).unwrap();
        tmp
    }

    #[test]
    fn limits_and_accounting_use_v2_files() {
        let tmp = fake_root("cpu memory pids\n", "");
        let manager = V2Manager::new(tmp.path().join("ab")).unwrap();
        assert_eq!(
            fs::read_to_string(tmp.path().join("cgroup.subtree_control")).unwrap(),
            "+memory +pids"
        );
        let run = manager
            .create(
                "r",
                CgroupLimits {
                    memory_bytes: 2048,
                    pids: 7,
                    cpu: Some(1),
                },
            )
            .unwrap();
        let dir = tmp.path().join("ab/r");
        assert_eq!(fs::read_to_string(dir.join("memory.max")).unwrap(), "2048");
        assert_eq!(fs::read_to_string(dir.join("pids.max")).unwrap(), "7");
        assert!(
            !dir.join("cpuset.cpus").exists(),
            "no cpuset controller, no cpuset file"
        );
        fs::write(dir.join("cpu.stat"), "usage_usec 1500\nuser_usec 1000\n").unwrap();
        fs::write(dir.join("memory.events"), "low 0\noom 1\noom_kill 1\n").unwrap();
        assert_eq!(run.cpu_usage_ns().unwrap(), 1_500_000);
        assert!(run.oom_killed().unwrap());
        assert_eq!(run.memory_peak_bytes().unwrap(), None);
        fs::write(dir.join("memory.peak"), "8192\n").unwrap();
        assert_eq!(run.memory_peak_bytes().unwrap(), Some(8192));
    }

    #[test]
    fn with_the_cpuset_controller_a_run_is_held_to_its_core() {
        let tmp = fake_root("cpuset cpu memory pids\n", "");
        let manager = V2Manager::new(tmp.path().join("ab")).unwrap();
        assert!(manager.enforces_cpu());
        assert_eq!(
            fs::read_to_string(tmp.path().join("ab/cgroup.subtree_control")).unwrap(),
            "+memory +pids +cpuset"
        );
        let limits = CgroupLimits {
            memory_bytes: 2048,
            pids: 7,
            cpu: Some(3),
        };
        manager.create("r", limits).unwrap();
        assert_eq!(
            fs::read_to_string(tmp.path().join("ab/r/cpuset.cpus")).unwrap(),
            "3"
        );
    }

    #[test]
    fn a_parent_holding_processes_moves_them_to_a_supervisor_leaf() {
        let tmp = fake_root("memory pids", "4242\n");
        V2Manager::new(tmp.path().join("ab")).unwrap();
        let moved = fs::read_to_string(tmp.path().join("supervisor/cgroup.procs")).unwrap();
        assert_eq!(moved, "0");
    }

    #[test]
    fn missing_memory_controller_is_named() {
        let tmp = fake_root("cpu pids", "");
        let err = V2Manager::new(tmp.path().join("ab")).unwrap_err();
        assert!(err.to_string().contains("`memory`"), "{err}");
    }
}
