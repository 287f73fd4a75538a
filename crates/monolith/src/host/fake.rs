//! A fake machine for the host tests: `/proc` and `/sys` trees in a temp dir, and
//! system calls that answer whatever the test says.

use std::io;
use std::path::Path;

use super::{HostPaths, HostSys, Namespace};
use crate::cpuset::{CpuSet, CpuSetError};

/// The mountinfo of a systemd hybrid host (this project's CI machine).
pub const HYBRID_MOUNTINFO: &str = "\
22 1 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:5 - proc proc rw
23 1 0:22 / /sys rw,nosuid,nodev,noexec,relatime shared:6 - sysfs sysfs rw
31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
32 31 0:29 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu
33 31 0:30 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct
34 31 0:31 / /sys/fs/cgroup/cpuset rw,relatime - cgroup cgroup rw,cpuset
35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
36 31 0:33 / /sys/fs/cgroup/devices rw,relatime - cgroup cgroup rw,devices
37 31 0:34 / /sys/fs/cgroup/freezer rw,relatime - cgroup cgroup rw,freezer
39 31 0:36 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids
40 31 0:37 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,name=systemd
41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
";

/// `/proc/self/cgroup` to go with [`HYBRID_MOUNTINFO`].
pub const HYBRID_SELF_CGROUP: &str = "\
9:name=systemd:/
8:pids:/
6:freezer:/
4:memory:/process_api/abc
3:cpuset:/
2:cpuacct:/
1:cpu:/
0::/
";

/// The mountinfo of a pure cgroup v2 host.
pub const V2_MOUNTINFO: &str = "\
22 1 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:5 - proc proc rw
23 1 0:22 / /sys rw,nosuid,nodev,noexec,relatime shared:6 - sysfs sysfs rw
30 23 0:26 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate,memory_recursiveprot
";

/// A temp dir holding `proc/` and `sys/`.
pub struct FakeHost {
    _dir: tempfile::TempDir,
    /// Roots pointing into the temp dir.
    pub paths: HostPaths,
}

impl FakeHost {
    /// An empty machine: no files at all.
    pub fn new() -> FakeHost {
        let dir = tempfile::tempdir().expect("temp dir");
        let paths = HostPaths::under(dir.path());
        FakeHost { _dir: dir, paths }
    }

    /// Writes `content` to `rel` (`proc/...` or `sys/...`), making parent dirs.
    pub fn file(&self, rel: &str, content: &str) -> &FakeHost {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, content).unwrap();
        self
    }

    /// Makes the directory `rel` and its parents.
    pub fn dir(&self, rel: &str) -> &FakeHost {
        std::fs::create_dir_all(self.root().join(rel)).unwrap();
        self
    }

    fn root(&self) -> &Path {
        self.paths.proc.parent().unwrap()
    }

    /// A well-tuned four-core cgroup v2 machine with nothing to complain about
    /// except what always stays on (ASLR) or is informational.
    pub fn v2_machine() -> FakeHost {
        let host = FakeHost::new();
        host.file("proc/self/mountinfo", V2_MOUNTINFO)
            .file("proc/self/cgroup", "0::/user.slice/run\n")
            .file(
                "proc/self/status",
                "Name:\tx\nSeccomp:\t0\nSeccomp_filters:\t0\n",
            )
            .file("proc/swaps", "Filename\tType\tSize\tUsed\tPriority\n")
            .file("proc/sys/vm/swappiness", "60\n")
            .file("proc/sys/kernel/randomize_va_space", "2\n")
            .file("proc/sys/kernel/perf_event_paranoid", "2\n")
            .file("proc/sys/user/max_user_namespaces", "63000\n")
            .file("proc/loadavg", "0.10 0.20 0.30 1/100 4242\n")
            .file(
                "sys/fs/cgroup/cgroup.controllers",
                "cpuset cpu io memory hugetlb pids rdma misc\n",
            )
            .dir("sys/fs/cgroup/user.slice/run")
            .file("sys/devices/system/cpu/online", "0-3\n")
            .file("sys/devices/system/cpu/intel_pstate/no_turbo", "1\n")
            .file("sys/devices/system/cpu/smt/control", "off\n")
            .file("sys/devices/system/cpu/smt/active", "0\n");
        for cpu in 0..4 {
            host.file(
                &format!("sys/devices/system/cpu/cpu{cpu}/cpufreq/scaling_governor"),
                "performance\n",
            );
        }
        host
    }
}

/// System calls with scripted answers.
pub struct FakeSys {
    /// Effective user id.
    pub euid: u32,
    /// Namespaces whose creation fails, with the errno.
    pub unshare_fails: Vec<(Namespace, i32)>,
    /// `prctl(PR_GET_SECCOMP)`: the mode, or the errno.
    pub seccomp: Result<u32, i32>,
    /// The affinity mask.
    pub allowed: &'static str,
    /// Whether `access(W_OK)` succeeds.
    pub writable: bool,
}

impl FakeSys {
    /// Root on a four-core machine where everything works.
    pub fn root() -> FakeSys {
        FakeSys {
            euid: 0,
            unshare_fails: Vec::new(),
            seccomp: Ok(0),
            allowed: "0-3",
            writable: true,
        }
    }

    /// An ordinary user: no user namespaces, nothing writable.
    pub fn user() -> FakeSys {
        FakeSys {
            euid: 1000,
            unshare_fails: Namespace::ALL.iter().map(|&ns| (ns, libc::EPERM)).collect(),
            writable: false,
            ..FakeSys::root()
        }
    }
}

impl HostSys for FakeSys {
    fn try_unshare(&self, namespace: Namespace) -> io::Result<()> {
        match self.unshare_fails.iter().find(|(ns, _)| *ns == namespace) {
            Some(&(_, errno)) => Err(io::Error::from_raw_os_error(errno)),
            None => Ok(()),
        }
    }

    fn euid(&self) -> u32 {
        self.euid
    }

    fn seccomp_mode(&self) -> io::Result<u32> {
        self.seccomp.map_err(io::Error::from_raw_os_error)
    }

    fn kernel_release(&self) -> Option<String> {
        Some("6.1.0-fake".to_string())
    }

    fn allowed_cpus(&self) -> Result<CpuSet, CpuSetError> {
        self.allowed.parse()
    }

    fn writable(&self, path: &Path) -> bool {
        self.writable && path.exists()
    }
}
