//! What isolation this process can set up: root or not, which namespaces it may create,
//! whether seccomp filters are possible.
//!
//! These facts come from system calls, not files, so they go through the [`HostSys`]
//! seam; the real implementation probes namespaces in a forked child so that nothing
//! about this process changes.

use std::ffi::{CStr, CString};
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use serde::Serialize;

use super::{read_opt, read_value, Check, CheckState, HostPaths};
use crate::cpuset::{CpuSet, CpuSetError};

/// A kind of Linux namespace the sandbox may put a program in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Namespace {
    /// Own process tree (`CLONE_NEWPID`).
    Pid,
    /// Own mount table (`CLONE_NEWNS`).
    Mount,
    /// Own network stack, no interfaces but loopback (`CLONE_NEWNET`).
    Net,
    /// Own System V IPC and POSIX message queues (`CLONE_NEWIPC`).
    Ipc,
    /// Own hostname (`CLONE_NEWUTS`).
    Uts,
    /// Own user and group ids (`CLONE_NEWUSER`).
    User,
}

impl Namespace {
    /// Every kind, in the order reports list them.
    pub const ALL: [Namespace; 6] = [
        Namespace::Pid,
        Namespace::Mount,
        Namespace::Net,
        Namespace::Ipc,
        Namespace::Uts,
        Namespace::User,
    ];

    /// The short name (`pid`, `mount`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Namespace::Pid => "pid",
            Namespace::Mount => "mount",
            Namespace::Net => "net",
            Namespace::Ipc => "ipc",
            Namespace::Uts => "uts",
            Namespace::User => "user",
        }
    }

    /// The `CLONE_NEW*` flag for `unshare` and `clone`.
    pub fn clone_flag(self) -> libc::c_int {
        match self {
            Namespace::Pid => libc::CLONE_NEWPID,
            Namespace::Mount => libc::CLONE_NEWNS,
            Namespace::Net => libc::CLONE_NEWNET,
            Namespace::Ipc => libc::CLONE_NEWIPC,
            Namespace::Uts => libc::CLONE_NEWUTS,
            Namespace::User => libc::CLONE_NEWUSER,
        }
    }

    /// What a program outside this namespace could still do (for the check's meaning).
    fn loss(self) -> &'static str {
        match self {
            Namespace::Pid => "see and signal other processes",
            Namespace::Mount => "see the host's filesystem",
            Namespace::Net => "reach the network",
            Namespace::Ipc => "share System V IPC with other processes",
            Namespace::Uts => "change the hostname",
            Namespace::User => "run without the user namespace that non-root sandboxes need",
        }
    }
}

/// Whether one kind of namespace can be created.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NamespaceProbe {
    /// The kind.
    pub namespace: Namespace,
    /// Whether `unshare` succeeded.
    pub available: bool,
    /// Why not, when it failed (the OS error).
    pub error: Option<String>,
}

/// The system calls the host probe makes, so tests can script them.
pub trait HostSys {
    /// Tries to create a namespace of this kind without affecting the caller.
    fn try_unshare(&self, namespace: Namespace) -> io::Result<()>;
    /// The effective user id.
    fn euid(&self) -> u32;
    /// `prctl(PR_GET_SECCOMP)`: 0 no filter, 2 filtered; `EINVAL` if the kernel lacks seccomp.
    fn seccomp_mode(&self) -> io::Result<u32>;
    /// The kernel release from `uname`.
    fn kernel_release(&self) -> Option<String>;
    /// The CPUs this process may run on.
    fn allowed_cpus(&self) -> Result<CpuSet, CpuSetError>;
    /// Whether this process may write into `path` (`access(W_OK)`).
    fn writable(&self, path: &Path) -> bool;
}

/// The real system calls.
#[derive(Debug, Clone, Copy, Default)]
pub struct RealSys;

impl HostSys for RealSys {
    /// Forks a child that calls `unshare(flag)` and reports the errno as its exit code,
    /// so this (possibly multithreaded) process keeps its namespaces.
    fn try_unshare(&self, namespace: Namespace) -> io::Result<()> {
        let flag = namespace.clone_flag();
        // SAFETY: fork has no memory-safety preconditions. The child runs only
        // async-signal-safe code (unshare, reading errno, _exit) and never returns, so
        // locks held by other threads of this process at fork time cannot bite it.
        let pid = unsafe { libc::fork() };
        if pid < 0 {
            return Err(io::Error::last_os_error());
        }
        if pid == 0 {
            // SAFETY: we are the single-threaded child; unshare takes a plain flag,
            // __errno_location returns this thread's errno slot, _exit never returns.
            unsafe {
                let code = if libc::unshare(flag) == 0 {
                    0
                } else {
                    match *libc::__errno_location() {
                        e @ 1..=254 => e,
                        _ => 255,
                    }
                };
                libc::_exit(code);
            }
        }
        let mut status = 0;
        loop {
            // SAFETY: `pid` is our own child and `status` a valid, writable c_int.
            let rc = unsafe { libc::waitpid(pid, &mut status, 0) };
            if rc == pid {
                break;
            }
            let err = io::Error::last_os_error();
            if err.kind() != io::ErrorKind::Interrupted {
                return Err(err);
            }
        }
        if !libc::WIFEXITED(status) {
            return Err(io::Error::other(format!(
                "probe child {pid} ended abnormally (status {status})"
            )));
        }
        match libc::WEXITSTATUS(status) {
            0 => Ok(()),
            255 => Err(io::Error::other("unshare failed with an unknown errno")),
            errno => Err(io::Error::from_raw_os_error(errno)),
        }
    }

    fn euid(&self) -> u32 {
        // SAFETY: geteuid takes no arguments, cannot fail and touches no memory of ours.
        unsafe { libc::geteuid() }
    }

    fn seccomp_mode(&self) -> io::Result<u32> {
        // SAFETY: PR_GET_SECCOMP reads no pointer arguments; the unused ones are zero.
        let rc = unsafe { libc::prctl(libc::PR_GET_SECCOMP, 0, 0, 0, 0) };
        if rc < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(rc as u32)
    }

    fn kernel_release(&self) -> Option<String> {
        // SAFETY: utsname is plain arrays of c_char, for which all-zero is valid.
        let mut uts: libc::utsname = unsafe { std::mem::zeroed() };
        // SAFETY: `uts` is a valid, writable utsname that the kernel fills in.
        if unsafe { libc::uname(&mut uts) } != 0 {
            return None;
        }
        // SAFETY: after a successful uname, `release` holds a NUL-terminated string
        // inside the array (it was zeroed, and the kernel terminates it).
        let release = unsafe { CStr::from_ptr(uts.release.as_ptr()) };
        Some(release.to_string_lossy().into_owned())
    }

    fn allowed_cpus(&self) -> Result<CpuSet, CpuSetError> {
        CpuSet::allowed()
    }

    fn writable(&self, path: &Path) -> bool {
        let Ok(c_path) = CString::new(path.as_os_str().as_bytes()) else {
            return false;
        };
        // SAFETY: `c_path` is a valid NUL-terminated string that outlives the call.
        unsafe { libc::access(c_path.as_ptr(), libc::W_OK) == 0 }
    }
}

/// The typed isolation facts for the report.
pub(super) struct Isolation {
    pub namespaces: Vec<NamespaceProbe>,
    pub is_root: bool,
    pub seccomp_supported: bool,
    pub seccomp_filtered: bool,
}

/// The `privileges`, `namespaces`, user-namespace and `seccomp` checks.
pub(super) fn checks(paths: &HostPaths, sys: &dyn HostSys, out: &mut Vec<Check>) -> Isolation {
    let euid = sys.euid();
    let is_root = euid == 0;
    out.push(if is_root {
        Check::new(
            "privileges",
            CheckState::Ok,
            "euid 0 (root)",
            "running as root: the sandbox can create cgroups and every namespace directly",
        )
    } else {
        Check::new(
            "privileges",
            CheckState::Warn,
            format!("euid {euid} (not root)"),
            "not root: the sandbox needs user namespaces and a delegated cgroup to isolate programs; run as root for full isolation",
        )
    });

    let namespaces: Vec<NamespaceProbe> = Namespace::ALL
        .iter()
        .map(|&namespace| match sys.try_unshare(namespace) {
            Ok(()) => NamespaceProbe {
                namespace,
                available: true,
                error: None,
            },
            Err(e) => NamespaceProbe {
                namespace,
                available: false,
                error: Some(e.to_string()),
            },
        })
        .collect();
    out.push(namespace_check(&namespaces, is_root));
    out.push(max_userns_check(paths, is_root));
    out.push(userns_clone_check(paths, is_root));
    let (check, seccomp_supported, seccomp_filtered) = seccomp_check(paths, sys);
    out.push(check);
    Isolation {
        namespaces,
        is_root,
        seccomp_supported,
        seccomp_filtered,
    }
}

fn namespace_check(probes: &[NamespaceProbe], is_root: bool) -> Check {
    let value = probes
        .iter()
        .map(|p| match &p.error {
            None => format!("{} yes", p.namespace.name()),
            Some(e) => format!("{} no ({e})", p.namespace.name()),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let missing: Vec<Namespace> = probes
        .iter()
        // Root needs no user namespace, so its absence costs root nothing.
        .filter(|p| !p.available && (!is_root || p.namespace != Namespace::User))
        .map(|p| p.namespace)
        .collect();
    let (state, meaning) = if missing.is_empty() {
        (
            CheckState::Ok,
            "the sandbox can give each program its own process tree, filesystem view, network, IPC and hostname".to_string(),
        )
    } else {
        let losses: Vec<&str> = missing.iter().map(|ns| ns.loss()).collect();
        let state = if missing.len() == probes.len() {
            CheckState::Fail
        } else {
            CheckState::Warn
        };
        (
            state,
            format!(
                "a sandboxed program could {}; run as root, or allow user namespaces (sysctl user.max_user_namespaces, kernel.unprivileged_userns_clone)",
                losses.join(", ")
            ),
        )
    };
    Check::new("namespaces", state, value, meaning)
}

fn max_userns_check(paths: &HostPaths, is_root: bool) -> Check {
    const NAME: &str = "user namespaces";
    let value = match read_value(&paths.proc_file("sys/user/max_user_namespaces")) {
        Err(e) => return Check::unreadable(NAME, &e),
        Ok(None) => {
            return Check::new(
                NAME,
                CheckState::Info,
                "no user.max_user_namespaces",
                "this kernel has no user-namespace limit (old, or built without user namespaces); root does not need them",
            )
        }
        Ok(Some(v)) => v,
    };
    let shown = format!("max_user_namespaces = {value}");
    match (value.as_str(), is_root) {
        ("0", true) => Check::new(NAME, CheckState::Info, shown, "user namespaces are disabled; as root the sandbox does not need them"),
        ("0", false) => Check::new(
            NAME,
            CheckState::Warn,
            shown,
            "user namespaces are disabled, so without root the sandbox cannot isolate programs; allow them: sysctl -w user.max_user_namespaces=15000",
        ),
        _ => Check::new(NAME, CheckState::Ok, shown, "user namespaces are allowed, so the sandbox can isolate programs even without root"),
    }
}

fn userns_clone_check(paths: &HostPaths, is_root: bool) -> Check {
    const NAME: &str = "unprivileged userns clone";
    match read_value(&paths.proc_file("sys/kernel/unprivileged_userns_clone")) {
        Err(e) => Check::unreadable(NAME, &e),
        Ok(None) => Check::new(
            NAME,
            CheckState::Info,
            "absent",
            "this kernel has no such switch (only Debian and Ubuntu patches add it); nothing to do",
        ),
        Ok(Some(v)) if v == "0" && !is_root => Check::new(
            NAME,
            CheckState::Warn,
            "0",
            "users other than root may not create user namespaces; run as root or sysctl -w kernel.unprivileged_userns_clone=1",
        ),
        Ok(Some(v)) => Check::new(
            NAME,
            CheckState::Info,
            v,
            "controls whether non-root users may create user namespaces; it does not limit root",
        ),
    }
}

/// Returns the check, whether the kernel supports seccomp, and whether we are filtered.
fn seccomp_check(paths: &HostPaths, sys: &dyn HostSys) -> (Check, bool, bool) {
    const NAME: &str = "seccomp";
    let status = match read_opt(&paths.proc_file("self/status")) {
        Ok(text) => text.unwrap_or_default(),
        Err(e) => return (Check::unreadable(NAME, &e), false, false),
    };
    let field = |key: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .map(|v| v.trim().to_string())
    };
    let mode = field("Seccomp:");
    let filters = field("Seccomp_filters:");
    let prctl = sys.seccomp_mode();
    let supported = mode.is_some();
    let filtered = mode.as_deref() == Some("2") || matches!(prctl, Ok(2));
    let mut value = match (&mode, &filters) {
        (None, _) => "no Seccomp line in /proc/self/status".to_string(),
        (Some(m), Some(f)) => format!("mode {m}, {f} filter(s)"),
        (Some(m), None) => format!("mode {m}"),
    };
    match &prctl {
        Ok(m) => value.push_str(&format!("; PR_GET_SECCOMP = {m}")),
        Err(e) => value.push_str(&format!("; PR_GET_SECCOMP failed: {e}")),
    }
    let (state, meaning) = if !supported {
        (
            CheckState::Fail,
            "the kernel lacks seccomp: the sandbox cannot restrict which system calls a program makes; use a kernel with CONFIG_SECCOMP_FILTER",
        )
    } else if filtered {
        (
            CheckState::Info,
            "this process already runs under a seccomp filter (a container's, most likely); the sandbox's filter stacks on top and calls the outer one forbids stay forbidden",
        )
    } else {
        (
            CheckState::Ok,
            "the sandbox can install a seccomp filter to restrict a program's system calls",
        )
    };
    (Check::new(NAME, state, value, meaning), supported, filtered)
}

#[cfg(test)]
mod tests {
    use super::super::fake::{FakeHost, FakeSys};
    use super::*;

    fn run(host: &FakeHost, sys: &FakeSys) -> (Vec<Check>, Isolation) {
        let mut out = Vec::new();
        let iso = checks(&host.paths, sys, &mut out);
        (out, iso)
    }

    fn find<'c>(checks: &'c [Check], name: &str) -> &'c Check {
        checks.iter().find(|c| c.name == name).unwrap()
    }

    #[test]
    fn root_with_everything() {
        let host = FakeHost::v2_machine();
        let (checks, iso) = run(&host, &FakeSys::root());
        assert!(iso.is_root && iso.seccomp_supported && !iso.seccomp_filtered);
        assert!(iso.namespaces.iter().all(|p| p.available));
        let ns = find(&checks, "namespaces");
        assert_eq!(ns.state, CheckState::Ok);
        assert_eq!(
            ns.value,
            "pid yes, mount yes, net yes, ipc yes, uts yes, user yes"
        );
        assert_eq!(
            find(&checks, "seccomp").value,
            "mode 0, 0 filter(s); PR_GET_SECCOMP = 0"
        );
        assert_eq!(find(&checks, "user namespaces").state, CheckState::Ok);
    }

    #[test]
    fn root_without_user_namespaces_is_still_fine() {
        let host = FakeHost::v2_machine();
        host.file("proc/sys/user/max_user_namespaces", "0\n");
        let sys = FakeSys {
            unshare_fails: vec![(Namespace::User, libc::ENOSPC)],
            ..FakeSys::root()
        };
        let (checks, iso) = run(&host, &sys);
        assert!(!iso.namespaces[5].available);
        assert_eq!(find(&checks, "namespaces").state, CheckState::Ok);
        assert!(find(&checks, "namespaces").value.contains("user no ("));
        assert_eq!(find(&checks, "user namespaces").state, CheckState::Info);
    }

    #[test]
    fn an_unprivileged_user_without_namespaces_fails() {
        let host = FakeHost::v2_machine();
        host.file("proc/sys/user/max_user_namespaces", "0\n")
            .file("proc/sys/kernel/unprivileged_userns_clone", "0\n");
        let (checks, iso) = run(&host, &FakeSys::user());
        assert!(!iso.is_root);
        assert_eq!(find(&checks, "privileges").state, CheckState::Warn);
        let ns = find(&checks, "namespaces");
        assert_eq!(ns.state, CheckState::Fail);
        assert!(ns.meaning.contains("reach the network"), "{}", ns.meaning);
        assert_eq!(find(&checks, "user namespaces").state, CheckState::Warn);
        assert_eq!(
            find(&checks, "unprivileged userns clone").state,
            CheckState::Warn
        );
    }

    #[test]
    fn some_namespaces_missing_warns_and_names_the_loss() {
        let host = FakeHost::v2_machine();
        let sys = FakeSys {
            unshare_fails: vec![(Namespace::Net, libc::EPERM)],
            ..FakeSys::root()
        };
        let (checks, _) = run(&host, &sys);
        let ns = find(&checks, "namespaces");
        assert_eq!(ns.state, CheckState::Warn);
        assert!(ns
            .meaning
            .starts_with("a sandboxed program could reach the network;"));
    }

    #[test]
    fn an_already_filtered_process_is_reported() {
        let host = FakeHost::v2_machine();
        host.file("proc/self/status", "Seccomp:\t2\nSeccomp_filters:\t1\n");
        let sys = FakeSys {
            seccomp: Ok(2),
            ..FakeSys::root()
        };
        let (checks, iso) = run(&host, &sys);
        assert!(iso.seccomp_supported && iso.seccomp_filtered);
        let check = find(&checks, "seccomp");
        assert_eq!(
            (check.state, check.value.as_str()),
            (CheckState::Info, "mode 2, 1 filter(s); PR_GET_SECCOMP = 2")
        );
    }

    #[test]
    fn a_kernel_without_seccomp_fails() {
        let host = FakeHost::v2_machine();
        host.file("proc/self/status", "Name:\tx\n");
        let sys = FakeSys {
            seccomp: Err(libc::EINVAL),
            ..FakeSys::root()
        };
        let (checks, iso) = run(&host, &sys);
        assert!(!iso.seccomp_supported);
        assert_eq!(find(&checks, "seccomp").state, CheckState::Fail);
    }

    #[test]
    fn real_unshare_probe_leaves_this_process_alone() {
        let ns_link = || std::fs::read_link("/proc/self/ns/net").unwrap();
        let before = ns_link();
        for ns in Namespace::ALL {
            // The answer depends on the host; the call must come back either way.
            let _ = RealSys.try_unshare(ns);
        }
        assert_eq!(ns_link(), before);
        if RealSys.euid() == 0 {
            RealSys
                .try_unshare(Namespace::Uts)
                .expect("root can unshare uts");
        }
    }

    #[test]
    fn real_seam_answers_like_procfs() {
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let mode: u32 = status
            .lines()
            .find_map(|l| l.strip_prefix("Seccomp:"))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        assert_eq!(RealSys.seccomp_mode().unwrap(), mode);
        let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap();
        assert_eq!(RealSys.kernel_release().unwrap(), release.trim());
        assert!(RealSys.writable(&std::env::temp_dir()));
        assert!(!RealSys.writable(Path::new("/nonexistent/afterburner")));
    }
}
