//! What this host can do for isolation, and what on it spoils timing.
//!
//! `afterburner doctor` prints the [`Check`]s of a [`HostReport`]; the sandbox reads its
//! typed parts (the [`CgroupLayout`], which [`Namespace`]s may be created, whether we are
//! root) to pick its isolation mode. Every file is read under a [`HostPaths`] root, so
//! tests run against a fake `/proc` and `/sys` in a temp dir; the few probes that need a
//! system call (namespaces, seccomp, uname, affinity, access) go through [`HostSys`].
//!
//! Probing never fails: a file that is missing or unreadable becomes a check that says
//! so, because a doctor that stops at the first odd file helps nobody.
//!
//! ```no_run
//! use afterburner_monolith::host::{probe, CheckState, HostPaths};
//! let report = probe(&HostPaths::default());
//! for check in report.checks.iter().filter(|c| c.state >= CheckState::Warn) {
//!     println!("{}: {} — {}", check.name, check.value, check.meaning);
//! }
//! ```

mod cgroups;
mod isolation;
mod mounts;

pub(crate) use mounts::favours_dynmods;
mod timing;

#[cfg(test)]
mod fake;

use std::io;
use std::path::{Path, PathBuf};

use serde::Serialize;

pub use cgroups::{
    cgroup_mode, detect_cgroups, own_cgroup, own_cgroup_dir, CgroupLayout, CgroupMode,
};
pub use isolation::{HostSys, Namespace, NamespaceProbe, RealSys};

/// Where the probes find `/proc` and `/sys`; tests point these into a temp dir.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostPaths {
    /// The procfs root, normally `/proc`.
    pub proc: PathBuf,
    /// The sysfs root, normally `/sys`.
    pub sys: PathBuf,
}

impl Default for HostPaths {
    fn default() -> Self {
        HostPaths {
            proc: PathBuf::from("/proc"),
            sys: PathBuf::from("/sys"),
        }
    }
}

impl HostPaths {
    /// `<root>/proc` and `<root>/sys`: a whole fake machine under one directory.
    pub fn under(root: &Path) -> Self {
        HostPaths {
            proc: root.join("proc"),
            sys: root.join("sys"),
        }
    }

    /// Maps an absolute host path (as found in mountinfo) onto these roots: `/sys/...`
    /// goes under [`HostPaths::sys`], `/proc/...` under [`HostPaths::proc`], anything
    /// else is returned unchanged. With the default roots this is the identity.
    pub fn resolve(&self, absolute: &Path) -> PathBuf {
        for (prefix, root) in [("/sys", &self.sys), ("/proc", &self.proc)] {
            if let Ok(rest) = absolute.strip_prefix(prefix) {
                return root.join(rest);
            }
        }
        absolute.to_path_buf()
    }

    fn proc_file(&self, rel: &str) -> PathBuf {
        self.proc.join(rel)
    }

    fn sys_file(&self, rel: &str) -> PathBuf {
        self.sys.join(rel)
    }
}

/// How a check came out, ordered from harmless to serious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckState {
    /// As good as it gets for isolation or measurement.
    Ok,
    /// Worth knowing; nothing to do.
    Info,
    /// Measurements or isolation are weaker than they could be; the meaning says how to fix it.
    Warn,
    /// A capability the sandbox relies on is missing.
    Fail,
}

/// One finding about the host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    /// Short topic name, stable across runs (`cgroups`, `swap`, ...).
    pub name: String,
    /// How it came out.
    pub state: CheckState,
    /// What was found, as read (file values, lists, versions).
    pub value: String,
    /// One plain sentence: what it means for measurements or isolation, and what to do.
    pub meaning: String,
}

impl Check {
    fn new(
        name: &str,
        state: CheckState,
        value: impl Into<String>,
        meaning: impl Into<String>,
    ) -> Check {
        Check {
            name: name.to_string(),
            state,
            value: value.into(),
            meaning: meaning.into(),
        }
    }

    /// A check whose file could not be read for a reason other than absence.
    fn unreadable(name: &str, err: &HostError) -> Check {
        Check::new(
            name,
            CheckState::Warn,
            format!("unreadable: {err}"),
            "the probe could not read this setting, so its effect on measurements is unknown; run the doctor as root",
        )
    }
}

/// Everything the probe found.
#[derive(Debug, Clone, Serialize)]
pub struct HostReport {
    /// One entry per topic, in a fixed order (CPUs, isolation, cgroups, timing noise).
    pub checks: Vec<Check>,
    /// The cgroup hierarchy the sandbox should use.
    pub cgroups: CgroupLayout,
    /// How cgroups are mounted overall.
    pub cgroup_mode: CgroupMode,
    /// Online CPU numbers (empty if the sysfs list could not be read).
    pub cpus_online: Vec<usize>,
    /// CPU numbers this process may run on (empty if `sched_getaffinity` failed).
    pub cpus_allowed: Vec<usize>,
    /// Which namespaces this process can create, one entry per [`Namespace::ALL`].
    pub namespaces: Vec<NamespaceProbe>,
    /// Whether the effective user id is 0.
    pub is_root: bool,
    /// Whether the kernel supports seccomp (the `Seccomp:` line in `/proc/self/status`).
    pub seccomp_supported: bool,
    /// Whether this process already runs under a seccomp filter (mode 2).
    pub seccomp_filtered: bool,
    /// The kernel release from `uname` (`6.1.0-18-amd64`).
    pub kernel_release: Option<String>,
}

impl HostReport {
    /// The most serious state among the checks (`Ok` when there are none).
    pub fn worst(&self) -> CheckState {
        self.checks
            .iter()
            .map(|c| c.state)
            .max()
            .unwrap_or(CheckState::Ok)
    }

    /// The check with this name, if the probe made one.
    pub fn check(&self, name: &str) -> Option<&Check> {
        self.checks.iter().find(|c| c.name == name)
    }

    /// Whether this process could create a namespace of this kind.
    pub fn can_create(&self, namespace: Namespace) -> bool {
        self.namespaces
            .iter()
            .any(|p| p.namespace == namespace && p.available)
    }
}

/// Probes the real host through `paths` (normally [`HostPaths::default`]).
pub fn probe(paths: &HostPaths) -> HostReport {
    probe_with(paths, &RealSys)
}

/// Probes with the system calls behind `sys`, so tests can fake them too.
pub fn probe_with(paths: &HostPaths, sys: &dyn HostSys) -> HostReport {
    let mut checks = Vec::new();
    let cpus = timing::cpu_checks(paths, sys, &mut checks);
    let isolation = isolation::checks(paths, sys, &mut checks);
    let (cgroups, cgroup_mode) = cgroups::checks(paths, sys, &mut checks);
    timing::noise_checks(paths, cpus.cores(), &mut checks);
    checks.push(timing::kernel_check(sys));
    HostReport {
        checks,
        cgroups,
        cgroup_mode,
        cpus_online: cpus.online.into(),
        cpus_allowed: cpus.allowed.into(),
        namespaces: isolation.namespaces,
        is_root: isolation.is_root,
        seccomp_supported: isolation.seccomp_supported,
        seccomp_filtered: isolation.seccomp_filtered,
        kernel_release: sys.kernel_release(),
    }
}

/// A file the probe could not read.
#[derive(Debug, thiserror::Error)]
enum HostError {
    /// Reading failed for a reason other than the file being absent.
    #[error("{path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: io::Error,
    },
}

/// Reads a whole file; `Ok(None)` when it does not exist (the kernel lacks the feature).
fn read_opt(path: &Path) -> Result<Option<String>, HostError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(HostError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Like [`read_opt`], trimmed, for one-value files.
fn read_value(path: &Path) -> Result<Option<String>, HostError> {
    Ok(read_opt(path)?.map(|s| s.trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::fake::{FakeHost, FakeSys};
    use super::*;

    /// Every topic the brief asks for, by check name.
    const TOPICS: [&str; 17] = [
        "cpus",
        "privileges",
        "namespaces",
        "user namespaces",
        "seccomp",
        "cgroups",
        "cgroup access",
        "cpu placement",
        "cpu governor",
        "turbo boost",
        "smt",
        "swap",
        "aslr",
        "perf events",
        "load",
        "kernel",
        "unprivileged userns clone",
    ];

    #[test]
    fn resolve_maps_host_paths_onto_the_roots() {
        let paths = HostPaths::under(Path::new("/tmp/x"));
        assert_eq!(
            paths.resolve(Path::new("/sys/fs/cgroup/memory")),
            Path::new("/tmp/x/sys/fs/cgroup/memory")
        );
        assert_eq!(
            paths.resolve(Path::new("/proc/1")),
            Path::new("/tmp/x/proc/1")
        );
        assert_eq!(paths.resolve(Path::new("/system")), Path::new("/system"));
        let real = HostPaths::default();
        assert_eq!(
            real.resolve(Path::new("/sys/fs/cgroup")),
            Path::new("/sys/fs/cgroup")
        );
    }

    #[test]
    fn states_order_by_severity() {
        assert!(CheckState::Ok < CheckState::Info);
        assert!(CheckState::Info < CheckState::Warn);
        assert!(CheckState::Warn < CheckState::Fail);
        assert_eq!(
            serde_json::to_string(&CheckState::Warn).unwrap(),
            "\"warn\""
        );
    }

    #[test]
    fn a_quiet_v2_machine_reports_every_topic() {
        let host = FakeHost::v2_machine();
        let report = probe_with(&host.paths, &FakeSys::root());
        for topic in TOPICS {
            assert!(report.check(topic).is_some(), "no check named {topic:?}");
        }
        assert_eq!(report.checks.len(), TOPICS.len());
        assert!(report.is_root);
        assert_eq!(report.cpus_online, vec![0, 1, 2, 3]);
        assert_eq!(report.cgroup_mode, CgroupMode::Unified);
        assert!(matches!(report.cgroups, CgroupLayout::V2 { .. }));
        assert!(report.can_create(Namespace::Pid));
        assert_eq!(report.check("cgroups").unwrap().state, CheckState::Ok);
        assert_eq!(report.check("swap").unwrap().state, CheckState::Ok);
        assert_eq!(report.check("cpu governor").unwrap().state, CheckState::Ok);
        assert_eq!(report.worst(), CheckState::Info);
        for check in &report.checks {
            assert!(!check.meaning.is_empty(), "{} has no meaning", check.name);
        }
    }

    #[test]
    fn an_empty_tree_still_reports_without_panicking() {
        let host = FakeHost::new();
        let report = probe_with(&host.paths, &FakeSys::root());
        assert_eq!(report.checks.len(), TOPICS.len());
        assert!(report.cpus_online.is_empty());
        assert_eq!(report.cgroups, CgroupLayout::None);
        assert_eq!(report.check("cgroups").unwrap().state, CheckState::Fail);
        assert_eq!(report.check("cpus").unwrap().state, CheckState::Warn);
        assert!(!report.seccomp_supported);
    }

    #[test]
    fn the_report_serializes_to_json() {
        let host = FakeHost::v2_machine();
        let report = probe_with(&host.paths, &FakeSys::root());
        let json: serde_json::Value = serde_json::to_value(&report).unwrap();
        assert_eq!(json["is_root"], true);
        assert_eq!(json["cgroups"]["v2"]["controllers"][3], "memory");
        assert_eq!(json["checks"][0]["name"], "cpus");
        assert_eq!(json["namespaces"][0]["namespace"], "pid");
    }

    /// This machine, for real. The CI host is cgroup v1 hybrid, root, with at least
    /// one CPU; only what may legitimately differ between hosts is left open.
    #[test]
    fn the_real_probe_describes_this_host() {
        let report = probe(&HostPaths::default());
        for topic in TOPICS {
            assert!(report.check(topic).is_some(), "no check named {topic:?}");
        }
        assert!(!report.cpus_online.is_empty());
        assert!(!report.cpus_allowed.is_empty());
        assert!(report
            .cpus_allowed
            .iter()
            .all(|c| report.cpus_online.contains(c)));
        assert_eq!(report.namespaces.len(), Namespace::ALL.len());
        assert!(
            report.seccomp_supported,
            "every supported kernel has seccomp"
        );
        let release = report.kernel_release.as_deref().unwrap();
        assert!(
            release.chars().next().unwrap().is_ascii_digit(),
            "{release}"
        );
        // The layout must agree with what the kernel says about us.
        let mountinfo = std::fs::read_to_string("/proc/self/mountinfo").unwrap();
        let v1_memory = mountinfo
            .lines()
            .any(|l| l.contains(" - cgroup ") && l.split(',').any(|o| o == "memory"));
        match &report.cgroups {
            CgroupLayout::V1 { memory, .. } => {
                assert!(v1_memory);
                assert!(memory.as_ref().unwrap().is_dir());
                assert!(own_cgroup(&HostPaths::default(), "memory").is_some());
            }
            CgroupLayout::V2 { root, controllers } => {
                assert!(!v1_memory);
                assert!(root.join("cgroup.controllers").is_file());
                assert!(controllers.iter().any(|c| c == "memory"));
            }
            CgroupLayout::None => panic!("the CI host has cgroups"),
        }
        // Root can create every namespace unless a container forbids it; the test
        // suite runs as root in CI (STYLE.md), so demand the basics there.
        if report.is_root {
            assert!(report.can_create(Namespace::Mount));
            assert!(report.can_create(Namespace::Pid));
        }
    }
}
