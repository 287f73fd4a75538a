//! Cgroup v1: one directory per run in each of the memory, cpuacct and pids hierarchies,
//! and in the cpuset hierarchy when the run is placed on a core.

use std::path::{Path, PathBuf};

use super::{
    kill_and_remove, make_dir, read_file, read_keyed, read_pids, read_u64, write_file, CgroupError,
    CgroupLimits, CgroupManager, RunCgroup,
};

/// Makes run cgroups under a base directory in each v1 hierarchy.
#[derive(Debug, Clone)]
pub struct V1Manager {
    memory: PathBuf,
    cpuacct: PathBuf,
    pids: PathBuf,
    cpuset: Option<PathBuf>,
}

impl V1Manager {
    /// A manager creating runs under these base directories (made if missing), e.g.
    /// `/sys/fs/cgroup/memory/afterburner`; with `cpuset`, runs placed on a core are held
    /// there by the cpuset controller.
    pub fn new(
        memory: PathBuf,
        cpuacct: PathBuf,
        pids: PathBuf,
        cpuset: Option<PathBuf>,
    ) -> Result<Self, CgroupError> {
        for dir in [&memory, &cpuacct, &pids] {
            make_dir(dir)?;
        }
        if let Some(base) = &cpuset {
            make_dir(base)?;
            // A new v1 cpuset starts with no cores and no memory nodes, and takes no
            // process until both are set: inherit the parent's.
            if let Some(parent) = base.parent() {
                for file in ["cpuset.mems", "cpuset.cpus"] {
                    if read_file(&base.join(file))?.trim().is_empty() {
                        write_file(&base.join(file), read_file(&parent.join(file))?.trim())?;
                    }
                }
            }
        }
        Ok(V1Manager {
            memory,
            cpuacct,
            pids,
            cpuset,
        })
    }
}

impl CgroupManager for V1Manager {
    fn version(&self) -> &'static str {
        "v1"
    }

    fn enforces_cpu(&self) -> bool {
        self.cpuset.is_some()
    }

    fn create(&self, name: &str, limits: CgroupLimits) -> Result<Box<dyn RunCgroup>, CgroupError> {
        let run = V1Run {
            memory: self.memory.join(name),
            cpuacct: self.cpuacct.join(name),
            pids: self.pids.join(name),
            cpuset: self
                .cpuset
                .as_ref()
                .filter(|_| limits.cpu.is_some())
                .map(|base| base.join(name)),
        };
        let made = (|| {
            for dir in run.dirs() {
                make_dir(&dir)?;
            }
            let limit = limits.memory_bytes.to_string();
            write_file(&run.memory.join("memory.limit_in_bytes"), &limit)?;
            // Only present with swap accounting; it keeps the program from swapping
            // past its limit.
            let memsw = run.memory.join("memory.memsw.limit_in_bytes");
            if memsw.exists() {
                write_file(&memsw, &limit)?;
            }
            write_file(&run.pids.join("pids.max"), &limits.pids.to_string())?;
            if let (Some(dir), Some(cpu)) = (&run.cpuset, limits.cpu) {
                let base = dir.parent().unwrap_or(dir);
                write_file(
                    &dir.join("cpuset.mems"),
                    read_file(&base.join("cpuset.mems"))?.trim(),
                )?;
                write_file(&dir.join("cpuset.cpus"), &cpu.to_string())?;
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

struct V1Run {
    memory: PathBuf,
    cpuacct: PathBuf,
    pids: PathBuf,
    cpuset: Option<PathBuf>,
}

impl V1Run {
    fn dirs(&self) -> Vec<PathBuf> {
        let mut dirs = vec![self.memory.clone(), self.cpuacct.clone(), self.pids.clone()];
        dirs.extend(self.cpuset.clone());
        dirs
    }
}

fn procs(dir: &Path) -> PathBuf {
    dir.join("cgroup.procs")
}

impl RunCgroup for V1Run {
    fn procs_files(&self) -> Vec<PathBuf> {
        self.dirs().iter().map(|d| procs(d)).collect()
    }

    fn cpu_usage_ns(&self) -> Result<u64, CgroupError> {
        read_u64(&self.cpuacct.join("cpuacct.usage"))
    }

    fn memory_peak_bytes(&self) -> Result<Option<u64>, CgroupError> {
        read_u64(&self.memory.join("memory.max_usage_in_bytes")).map(Some)
    }

    fn oom_killed(&self) -> Result<bool, CgroupError> {
        // `oom_kill` exists since Linux 4.13; before it, hitting the limit is the sign.
        let control = self.memory.join("memory.oom_control");
        if let Some(kills) = read_keyed(&control, "oom_kill")? {
            return Ok(kills > 0);
        }
        Ok(read_u64(&self.memory.join("memory.failcnt"))? > 0)
    }

    fn pids(&self) -> Result<Vec<i32>, CgroupError> {
        let mut all = Vec::new();
        for dir in self.dirs() {
            for pid in read_pids(&procs(&dir))? {
                if !all.contains(&pid) {
                    all.push(pid);
                }
            }
        }
        Ok(all)
    }

    fn destroy(&self) -> Result<(), CgroupError> {
        kill_and_remove(self, &self.dirs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn fake_manager(root: &Path) -> V1Manager {
        for controller in ["memory", "cpuacct", "pids"] {
            fs::create_dir_all(root.join(controller)).unwrap();
        }
        V1Manager::new(
            root.join("memory/ab"),
            root.join("cpuacct/ab"),
            root.join("pids/ab"),
            None,
        )
        .unwrap()
    }

    #[test]
    fn create_writes_limits_into_each_hierarchy() {
        let tmp = tempfile::tempdir().unwrap();
        let manager = fake_manager(tmp.path());
        let run = manager
            .create(
                "run-1",
                CgroupLimits {
                    memory_bytes: 1 << 30,
                    pids: 32,
                    cpu: Some(1),
                },
            )
            .unwrap();
        let mem = tmp.path().join("memory/ab/run-1");
        assert_eq!(
            fs::read_to_string(mem.join("memory.limit_in_bytes")).unwrap(),
            "1073741824"
        );
        assert_eq!(
            fs::read_to_string(tmp.path().join("pids/ab/run-1/pids.max")).unwrap(),
            "32"
        );
        assert_eq!(run.procs_files().len(), 3);
    }

    #[test]
    fn a_run_on_a_core_gets_a_cpuset_with_the_parents_memory_nodes() {
        let tmp = tempfile::tempdir().unwrap();
        let cpuset = tmp.path().join("cpuset");
        fs::create_dir_all(&cpuset).unwrap();
        fs::write(cpuset.join("cpuset.cpus"), "0-3\n").unwrap();
        fs::write(cpuset.join("cpuset.mems"), "0\n").unwrap();
        let base = cpuset.join("ab");
        fs::create_dir_all(&base).unwrap();
        for file in ["cpuset.cpus", "cpuset.mems"] {
            fs::write(base.join(file), "").unwrap();
        }
        for controller in ["memory", "cpuacct", "pids"] {
            fs::create_dir_all(tmp.path().join(controller)).unwrap();
        }
        let manager = V1Manager::new(
            tmp.path().join("memory/ab"),
            tmp.path().join("cpuacct/ab"),
            tmp.path().join("pids/ab"),
            Some(base.clone()),
        )
        .unwrap();
        assert!(manager.enforces_cpu());
        assert_eq!(fs::read_to_string(base.join("cpuset.cpus")).unwrap(), "0-3");
        assert_eq!(fs::read_to_string(base.join("cpuset.mems")).unwrap(), "0");
        let limits = CgroupLimits {
            memory_bytes: 1 << 20,
            pids: 4,
            cpu: Some(2),
        };
        let run = manager.create("r", limits).unwrap();
        assert_eq!(fs::read_to_string(base.join("r/cpuset.cpus")).unwrap(), "2");
        assert_eq!(fs::read_to_string(base.join("r/cpuset.mems")).unwrap(), "0");
        assert_eq!(run.procs_files().len(), 4, "the cpuset is joined too");
        let unplaced = manager
            .create(
                "free",
                CgroupLimits {
                    cpu: None,
                    ..limits
                },
            )
            .unwrap();
        assert_eq!(unplaced.procs_files().len(), 3);
        assert!(!base.join("free").exists());
    }

    #[test]
    fn accounting_files_are_parsed() {
        let tmp = tempfile::tempdir().unwrap();
        let manager = fake_manager(tmp.path());
        let run = manager
            .create(
                "r",
                CgroupLimits {
                    memory_bytes: 1 << 20,
                    pids: 4,
                    cpu: None,
                },
            )
            .unwrap();
        let mem = tmp.path().join("memory/ab/r");
        fs::write(tmp.path().join("cpuacct/ab/r/cpuacct.usage"), "123456789\n").unwrap();
        fs::write(mem.join("memory.max_usage_in_bytes"), "4096\n").unwrap();
        fs::write(
            mem.join("memory.oom_control"),
            "oom_kill_disable 0\nunder_oom 0\noom_kill 2\n",
        )
        .unwrap();
        assert_eq!(run.cpu_usage_ns().unwrap(), 123_456_789);
        assert_eq!(run.memory_peak_bytes().unwrap(), Some(4096));
        assert!(run.oom_killed().unwrap());
        fs::write(mem.join("memory.oom_control"), "oom_kill_disable 0\n").unwrap();
        fs::write(mem.join("memory.failcnt"), "0\n").unwrap();
        assert!(!run.oom_killed().unwrap());
        fs::write(mem.join("memory.max_usage_in_bytes"), "lots").unwrap();
        let err = run.memory_peak_bytes().unwrap_err().to_string();
        assert!(err.contains("lots"), "{err}");
    }
}
