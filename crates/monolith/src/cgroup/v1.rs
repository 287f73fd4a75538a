//! Cgroup v1: one directory per run in each of the memory, cpuacct and pids hierarchies.

use std::path::{Path, PathBuf};

use super::{
    kill_and_remove, make_dir, read_keyed, read_pids, read_u64, write_file, CgroupError,
    CgroupLimits, CgroupManager, RunCgroup,
};

/// Makes run cgroups under a base directory in each v1 hierarchy.
#[derive(Debug, Clone)]
pub struct V1Manager {
    memory: PathBuf,
    cpuacct: PathBuf,
    pids: PathBuf,
}

impl V1Manager {
    /// A manager creating runs under these base directories (made if missing), e.g.
    /// `/sys/fs/cgroup/memory/afterburner`.
    pub fn new(memory: PathBuf, cpuacct: PathBuf, pids: PathBuf) -> Result<Self, CgroupError> {
        for dir in [&memory, &cpuacct, &pids] {
            make_dir(dir)?;
        }
        Ok(V1Manager {
            memory,
            cpuacct,
            pids,
        })
    }
}

impl CgroupManager for V1Manager {
    fn version(&self) -> &'static str {
        "v1"
    }

    fn create(&self, name: &str, limits: CgroupLimits) -> Result<Box<dyn RunCgroup>, CgroupError> {
        let run = V1Run {
            memory: self.memory.join(name),
            cpuacct: self.cpuacct.join(name),
            pids: self.pids.join(name),
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
            write_file(&run.pids.join("pids.max"), &limits.pids.to_string())
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
}

impl V1Run {
    fn dirs(&self) -> [PathBuf; 3] {
        [self.memory.clone(), self.cpuacct.clone(), self.pids.clone()]
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
    fn accounting_files_are_parsed() {
        let tmp = tempfile::tempdir().unwrap();
        let manager = fake_manager(tmp.path());
        let run = manager
            .create(
                "r",
                CgroupLimits {
                    memory_bytes: 1 << 20,
                    pids: 4,
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
