//! Which cgroup hierarchies are mounted, which one the sandbox should use, and where this
//! process sits in it.
//!
//! Hosts come in three shapes: *unified* (cgroup2 at `/sys/fs/cgroup`), *legacy* (only
//! v1, one mount per controller) and *hybrid* (systemd's mix: v1 controllers plus a
//! cgroup2 with few or no controllers at `/sys/fs/cgroup/unified`). The memory
//! controller decides which hierarchy the sandbox uses, because a run's memory cap and
//! peak come from it.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::mounts::{read_mounts, Mount, V1_CONTROLLERS};
use super::{read_opt, Check, CheckState, HostPaths, HostSys};

/// The cgroup hierarchy the sandbox should use, with paths already mapped through
/// [`HostPaths::resolve`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CgroupLayout {
    /// cgroup v1: one mount per controller (`None` where a controller is not mounted).
    V1 {
        /// Mount of the memory controller (caps and peak memory).
        memory: Option<PathBuf>,
        /// Mount of the cpuacct controller (CPU time of the whole tree).
        cpuacct: Option<PathBuf>,
        /// Mount of the pids controller (fork bombs).
        pids: Option<PathBuf>,
        /// Mount of the cpuset controller (pinning).
        cpuset: Option<PathBuf>,
        /// Mount of the freezer controller (stopping a whole tree at once).
        freezer: Option<PathBuf>,
    },
    /// cgroup v2: one hierarchy.
    V2 {
        /// Where it is mounted.
        root: PathBuf,
        /// The controllers listed in its `cgroup.controllers`.
        controllers: Vec<String>,
    },
    /// No usable cgroup hierarchy is mounted.
    None,
}

impl CgroupLayout {
    /// Where the memory controller lives, if it is available at all.
    pub fn memory_root(&self) -> Option<&Path> {
        match self {
            CgroupLayout::V1 { memory, .. } => memory.as_deref(),
            CgroupLayout::V2 { root, controllers } => controllers
                .iter()
                .any(|c| c == "memory")
                .then_some(root.as_path()),
            CgroupLayout::None => None,
        }
    }
}

/// How cgroups are mounted on the host as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CgroupMode {
    /// Only cgroup2 (normally at `/sys/fs/cgroup`).
    Unified,
    /// v1 controllers and a cgroup2 mount side by side.
    Hybrid,
    /// Only v1 controllers.
    Legacy,
    /// No cgroups mounted.
    None,
}

/// The cgroup2 mount to use: `/sys/fs/cgroup` with memory, any with memory, then
/// `/sys/fs/cgroup` without; returns the mount and its controllers.
fn pick_v2<'m>(paths: &HostPaths, mounts: &'m [Mount]) -> Option<(&'m Mount, Vec<String>)> {
    let mut v2: Vec<(&Mount, Vec<String>)> = mounts
        .iter()
        .filter(|m| m.v1.is_none())
        .map(|m| {
            let file = paths
                .resolve(Path::new(&m.point))
                .join("cgroup.controllers");
            let list = read_opt(&file).ok().flatten().unwrap_or_default();
            (m, list.split_whitespace().map(str::to_string).collect())
        })
        .collect();
    let rank = |(m, cs): &(&Mount, Vec<String>)| {
        let memory = cs.iter().any(|c| c == "memory");
        let standard = m.point == "/sys/fs/cgroup";
        match (memory, standard) {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (false, false) => 3,
        }
    };
    v2.sort_by_key(rank);
    v2.into_iter().find(|candidate| rank(candidate) < 3)
}

fn layout(paths: &HostPaths, mounts: &[Mount]) -> CgroupLayout {
    let v1 = |controller: &str| {
        mounts
            .iter()
            .find(|m| m.has_v1(controller))
            .map(|m| paths.resolve(Path::new(&m.point)))
    };
    let v1_layout = || CgroupLayout::V1 {
        memory: v1("memory"),
        cpuacct: v1("cpuacct"),
        pids: v1("pids"),
        cpuset: v1("cpuset"),
        freezer: v1("freezer"),
    };
    if v1("memory").is_some() {
        return v1_layout();
    }
    if let Some((mount, controllers)) = pick_v2(paths, mounts) {
        return CgroupLayout::V2 {
            root: paths.resolve(Path::new(&mount.point)),
            controllers,
        };
    }
    if mounts.iter().any(|m| m.v1.is_some()) {
        return v1_layout();
    }
    CgroupLayout::None
}

fn mode(mounts: &[Mount]) -> CgroupMode {
    let v1 = mounts.iter().any(|m| m.v1.is_some());
    let v2 = mounts.iter().any(|m| m.v1.is_none());
    match (v1, v2) {
        (true, true) => CgroupMode::Hybrid,
        (true, false) => CgroupMode::Legacy,
        (false, true) => CgroupMode::Unified,
        (false, false) => CgroupMode::None,
    }
}

/// The cgroup hierarchy the sandbox should use. The v1 memory controller wins when it
/// is mounted (legacy and hybrid hosts); otherwise a cgroup2 mount whose
/// `cgroup.controllers` lists `memory` (preferring `/sys/fs/cgroup`); otherwise
/// cgroup2 at `/sys/fs/cgroup` without memory; otherwise whatever v1 controllers exist;
/// otherwise [`CgroupLayout::None`]. Unreadable mount tables count as no cgroups.
pub fn detect_cgroups(paths: &HostPaths) -> CgroupLayout {
    layout(paths, &read_mounts(paths).unwrap_or_default())
}

/// How cgroups are mounted on the host (see [`CgroupMode`]).
pub fn cgroup_mode(paths: &HostPaths) -> CgroupMode {
    mode(&read_mounts(paths).unwrap_or_default())
}

/// This process's cgroup line for `controller` from `/proc/self/cgroup`:
/// `(is_v2, path)`.
fn own_entry(paths: &HostPaths, controller: &str) -> Option<(bool, String)> {
    let text = read_opt(&paths.proc_file("self/cgroup")).ok()??;
    let mut unified = None;
    let mut has_v1 = false;
    for line in text.lines() {
        let mut parts = line.splitn(3, ':');
        let (_, list, path) = (parts.next()?, parts.next()?, parts.next()?);
        if list.is_empty() {
            unified = Some(path.to_string());
            continue;
        }
        let names: Vec<&str> = list.split(',').collect();
        if names.iter().any(|n| V1_CONTROLLERS.contains(n)) {
            has_v1 = true;
        }
        if !controller.is_empty() && names.contains(&controller) {
            return Some((false, path.to_string()));
        }
    }
    // On a pure v2 host every controller shares the unified path; on a hybrid host the
    // unified hierarchy carries no controllers, so only "" asks for it.
    (controller.is_empty() || !has_v1)
        .then_some(unified)
        .flatten()
        .map(|p| (true, p))
}

/// This process's cgroup path for a controller (`/user.slice/...`), from
/// `/proc/self/cgroup`: the v1 line listing `controller`, or the unified `0::` line when
/// `controller` is `""` or the host has no v1 controllers.
pub fn own_cgroup(paths: &HostPaths, controller: &str) -> Option<String> {
    own_entry(paths, controller).map(|(_, path)| path)
}

/// The directory of this process's own cgroup for `controller`, under its mount (mapped
/// through [`HostPaths::resolve`]); `None` if the controller is not mounted or our
/// cgroup lies outside the mounted subtree.
pub fn own_cgroup_dir(paths: &HostPaths, controller: &str) -> Option<PathBuf> {
    let mounts = read_mounts(paths).ok()?;
    let (is_v2, path) = own_entry(paths, controller)?;
    let mount = if is_v2 {
        pick_v2(paths, &mounts)?.0
    } else {
        mounts.iter().find(|m| m.has_v1(controller))?
    };
    let below = if mount.root == "/" {
        path.as_str()
    } else {
        path.strip_prefix(mount.root.as_str())
            .filter(|rest| rest.is_empty() || rest.starts_with('/'))?
    };
    Some(
        paths
            .resolve(Path::new(&mount.point))
            .join(below.trim_start_matches('/')),
    )
}

/// The `cgroups` and `cgroup access` checks; returns the layout and mode for the report.
pub(super) fn checks(
    paths: &HostPaths,
    sys: &dyn HostSys,
    out: &mut Vec<Check>,
) -> (CgroupLayout, CgroupMode) {
    let mounts = match read_mounts(paths) {
        Ok(mounts) => mounts,
        Err(e) => {
            out.push(Check::unreadable("cgroups", &e));
            out.push(Check::new(
                "cgroup access",
                CheckState::Info,
                "not checked",
                "without the mount table the probe cannot tell where cgroups live",
            ));
            out.push(placement_check(&CgroupLayout::None));
            return (CgroupLayout::None, CgroupMode::None);
        }
    };
    let layout = layout(paths, &mounts);
    let mode = mode(&mounts);
    out.push(layout_check(paths, &mounts, &layout, mode));
    out.push(access_check(paths, sys, &mounts, &layout));
    out.push(placement_check(&layout));
    (layout, mode)
}

/// Whether a run can be held to its core: the cpuset controller, else an affinity mask
/// the program could widen.
fn placement_check(layout: &CgroupLayout) -> Check {
    let cpuset = match layout {
        CgroupLayout::V1 { cpuset, .. } => cpuset.is_some(),
        CgroupLayout::V2 { controllers, .. } => controllers.iter().any(|c| c == "cpuset"),
        CgroupLayout::None => false,
    };
    if cpuset {
        Check::new(
            "cpu placement",
            CheckState::Ok,
            "cpuset",
            "each run's cgroup holds it to its core: the program cannot move to the sampler's or other runs' cores",
        )
    } else {
        Check::new(
            "cpu placement",
            CheckState::Warn,
            "affinity only",
            "no cpuset controller: a run is pinned by an affinity mask, which the program can widen (sched_setaffinity) to disturb other runs and lower its own wall time; enable cpuset (+cpuset in the parent's cgroup.subtree_control, or mount the v1 cpuset hierarchy)",
        )
    }
}

fn layout_check(
    paths: &HostPaths,
    mounts: &[Mount],
    layout: &CgroupLayout,
    mode: CgroupMode,
) -> Check {
    // Most important first, in V1_CONTROLLERS order.
    let v1: Vec<&str> = V1_CONTROLLERS
        .into_iter()
        .filter(|c| mounts.iter().any(|m| m.has_v1(c)))
        .collect();
    let mut parts = Vec::new();
    if !v1.is_empty() {
        parts.push(format!("v1 {}", v1.join(", ")));
    }
    for m in mounts.iter().filter(|m| m.v1.is_none()) {
        let file = paths
            .resolve(Path::new(&m.point))
            .join("cgroup.controllers");
        let list = read_opt(&file).ok().flatten().unwrap_or_default();
        let list = list.split_whitespace().collect::<Vec<_>>().join(" ");
        let list = if list.is_empty() { "none" } else { &list };
        parts.push(format!("cgroup2 at {} (controllers: {list})", m.point));
    }
    let mode_name = match mode {
        CgroupMode::Unified => "unified",
        CgroupMode::Hybrid => "hybrid",
        CgroupMode::Legacy => "legacy",
        CgroupMode::None => "none",
    };
    let value = if parts.is_empty() {
        "no cgroup mounts".to_string()
    } else {
        format!("{mode_name}: {}", parts.join("; "))
    };
    let (state, meaning) = match (layout, layout.memory_root()) {
        (CgroupLayout::V1 { .. }, Some(_)) => (
            CheckState::Ok,
            "the memory controller is on cgroup v1: the sandbox caps and measures each program's memory through it",
        ),
        (_, Some(_)) => (
            CheckState::Ok,
            "cgroup v2 has the memory controller: the sandbox caps and measures each program's memory through it",
        ),
        (CgroupLayout::None, None) => (
            CheckState::Fail,
            "no cgroups are mounted: the sandbox cannot cap or account a program's memory, processes and CPU as a group; mount cgroup2 at /sys/fs/cgroup",
        ),
        (_, None) => (
            CheckState::Warn,
            "no memory controller: memory caps and peak memory rest on rlimits and sampling alone, which are less exact; enable it (+memory in the parent's cgroup.subtree_control, or cgroup_enable=memory on the kernel command line)",
        ),
    };
    Check::new("cgroups", state, value, meaning)
}

fn access_check(
    paths: &HostPaths,
    sys: &dyn HostSys,
    mounts: &[Mount],
    layout: &CgroupLayout,
) -> Check {
    let Some(memory_root) = layout.memory_root() else {
        return Check::new(
            "cgroup access",
            CheckState::Info,
            "no memory controller",
            "there is no memory cgroup to create per-run cgroups in",
        );
    };
    let shown_root = mounts
        .iter()
        .find(|m| paths.resolve(Path::new(&m.point)) == memory_root)
        .map_or_else(|| memory_root.display().to_string(), |m| m.point.clone());
    let root_ok = sys.writable(memory_root);
    let own = own_cgroup(paths, "memory");
    let own_ok = own_cgroup_dir(paths, "memory").is_some_and(|d| sys.writable(&d));
    let yes_no = |ok: bool| if ok { "writable" } else { "not writable" };
    let value = format!(
        "{shown_root} {}; own cgroup {} {}",
        yes_no(root_ok),
        own.as_deref().unwrap_or("unknown"),
        yes_no(own_ok)
    );
    let (state, meaning) = if root_ok {
        (
            CheckState::Ok,
            "the sandbox can create a fresh cgroup for each run",
        )
    } else if own_ok {
        (
            CheckState::Ok,
            "the sandbox can create per-run cgroups inside this process's own, delegated cgroup",
        )
    } else {
        (
            CheckState::Warn,
            "the sandbox cannot create per-run cgroups, so memory caps and whole-tree accounting are lost; run as root or start afterburner in a delegated cgroup (systemd-run --user -p Delegate=yes --scope ...)",
        )
    };
    Check::new("cgroup access", state, value, meaning)
}

#[cfg(test)]
mod tests {
    use super::super::fake::{
        FakeHost, FakeSys, HYBRID_MOUNTINFO, HYBRID_SELF_CGROUP, V2_MOUNTINFO,
    };
    use super::*;

    fn hybrid() -> FakeHost {
        let host = FakeHost::new();
        host.file("proc/self/mountinfo", HYBRID_MOUNTINFO)
            .file("proc/self/cgroup", HYBRID_SELF_CGROUP)
            .file("sys/fs/cgroup/unified/cgroup.controllers", "\n")
            .dir("sys/fs/cgroup/memory/process_api/abc");
        host
    }

    fn v2() -> FakeHost {
        let host = FakeHost::new();
        host.file("proc/self/mountinfo", V2_MOUNTINFO)
            .file("proc/self/cgroup", "0::/user.slice/run\n")
            .file(
                "sys/fs/cgroup/cgroup.controllers",
                "cpuset cpu io memory pids\n",
            )
            .dir("sys/fs/cgroup/user.slice/run");
        host
    }

    fn run_checks(host: &FakeHost, sys: &FakeSys) -> Vec<Check> {
        let mut out = Vec::new();
        checks(&host.paths, sys, &mut out);
        out
    }

    #[test]
    fn v1_hybrid_uses_the_v1_memory_controller() {
        let host = hybrid();
        let cg = |c: &str| Some(host.paths.sys.join("fs/cgroup").join(c));
        assert_eq!(
            detect_cgroups(&host.paths),
            CgroupLayout::V1 {
                memory: cg("memory"),
                cpuacct: cg("cpuacct"),
                pids: cg("pids"),
                cpuset: cg("cpuset"),
                freezer: cg("freezer"),
            }
        );
        assert_eq!(cgroup_mode(&host.paths), CgroupMode::Hybrid);
        let checks = run_checks(&host, &FakeSys::root());
        assert_eq!(checks[0].state, CheckState::Ok);
        assert!(
            checks[0]
                .value
                .starts_with("hybrid: v1 memory, cpuacct, cpu, cpuset, pids, freezer, devices;"),
            "{}",
            checks[0].value
        );
        assert!(checks[0]
            .value
            .contains("cgroup2 at /sys/fs/cgroup/unified (controllers: none)"));
        assert!(!checks[0].value.contains("name=systemd"));
    }

    #[test]
    fn own_cgroup_per_controller() {
        let host = hybrid();
        assert_eq!(
            own_cgroup(&host.paths, "memory").as_deref(),
            Some("/process_api/abc")
        );
        assert_eq!(own_cgroup(&host.paths, "pids").as_deref(), Some("/"));
        assert_eq!(own_cgroup(&host.paths, "").as_deref(), Some("/"));
        // Not on v1 here, and the hybrid unified tree has no controllers.
        assert_eq!(own_cgroup(&host.paths, "hugetlb"), None);
        assert_eq!(
            own_cgroup_dir(&host.paths, "memory"),
            Some(host.paths.sys.join("fs/cgroup/memory/process_api/abc"))
        );

        let host = v2();
        assert_eq!(
            own_cgroup(&host.paths, "memory").as_deref(),
            Some("/user.slice/run")
        );
        assert_eq!(
            own_cgroup_dir(&host.paths, "memory"),
            Some(host.paths.sys.join("fs/cgroup/user.slice/run"))
        );
    }

    #[test]
    fn pure_v2_with_memory() {
        let host = v2();
        assert_eq!(
            detect_cgroups(&host.paths),
            CgroupLayout::V2 {
                root: host.paths.sys.join("fs/cgroup"),
                controllers: ["cpuset", "cpu", "io", "memory", "pids"]
                    .map(String::from)
                    .to_vec(),
            }
        );
        assert_eq!(cgroup_mode(&host.paths), CgroupMode::Unified);
        let checks = run_checks(&host, &FakeSys::root());
        assert_eq!(
            checks[0].value,
            "unified: cgroup2 at /sys/fs/cgroup (controllers: cpuset cpu io memory pids)"
        );
        assert_eq!(checks[1].state, CheckState::Ok);
        assert_eq!(
            (
                checks[2].name.as_str(),
                checks[2].state,
                checks[2].value.as_str()
            ),
            ("cpu placement", CheckState::Ok, "cpuset")
        );
    }

    #[test]
    fn v2_without_memory_warns() {
        let host = v2();
        host.file("sys/fs/cgroup/cgroup.controllers", "cpu pids\n");
        assert!(
            matches!(detect_cgroups(&host.paths), CgroupLayout::V2 { ref controllers, .. } if controllers.len() == 2)
        );
        let checks = run_checks(&host, &FakeSys::root());
        assert_eq!(checks[0].state, CheckState::Warn);
        assert!(checks[0].meaning.contains("no memory controller"));
        assert_eq!(checks[1].state, CheckState::Info);
        assert_eq!(
            checks[2].state,
            CheckState::Warn,
            "no cpuset: affinity only"
        );
        assert!(checks[2].meaning.contains("sched_setaffinity"));
    }

    #[test]
    fn no_cgroups_fails() {
        let host = FakeHost::new();
        host.file(
            "proc/self/mountinfo",
            "22 1 0:21 / /proc rw - proc proc rw\n",
        );
        assert_eq!(detect_cgroups(&host.paths), CgroupLayout::None);
        assert_eq!(cgroup_mode(&host.paths), CgroupMode::None);
        let checks = run_checks(&host, &FakeSys::root());
        assert_eq!(
            (checks[0].state, checks[0].value.as_str()),
            (CheckState::Fail, "no cgroup mounts")
        );
    }

    #[test]
    fn legacy_falls_back_to_proc_mounts() {
        let host = FakeHost::new();
        host.file(
            "proc/mounts",
            "cgroup /sys/fs/cgroup/cpu,cpuacct cgroup rw,nosuid,cpu,cpuacct 0 0\n\
             cgroup /sys/fs/cgroup/memory cgroup rw,memory 0 0\n",
        );
        let layout = detect_cgroups(&host.paths);
        let CgroupLayout::V1 {
            memory,
            cpuacct,
            pids,
            ..
        } = layout
        else {
            panic!("{layout:?}")
        };
        assert_eq!(memory, Some(host.paths.sys.join("fs/cgroup/memory")));
        assert_eq!(cpuacct, Some(host.paths.sys.join("fs/cgroup/cpu,cpuacct")));
        assert_eq!(pids, None);
        assert_eq!(cgroup_mode(&host.paths), CgroupMode::Legacy);
    }

    #[test]
    fn cgroup2_with_memory_elsewhere_beats_a_bare_v1() {
        let host = FakeHost::new();
        host.file(
            "proc/self/mountinfo",
            "1 0 0:1 / /sys/fs/cgroup/pids rw - cgroup cgroup rw,pids\n\
             2 0 0:2 / /sys/fs/cgroup/unified rw - cgroup2 cgroup2 rw\n",
        )
        .file("sys/fs/cgroup/unified/cgroup.controllers", "memory\n");
        let layout = detect_cgroups(&host.paths);
        assert_eq!(
            layout.memory_root(),
            Some(host.paths.sys.join("fs/cgroup/unified").as_path())
        );
    }

    #[test]
    fn container_mount_roots_are_stripped_from_own_paths() {
        let host = FakeHost::new();
        host.file(
            "proc/self/mountinfo",
            "1 0 0:1 /docker/c1 /sys/fs/cgroup/memory ro - cgroup cgroup rw,memory\n",
        )
        .file("proc/self/cgroup", "4:memory:/docker/c1/job\n");
        assert_eq!(
            own_cgroup_dir(&host.paths, "memory"),
            Some(host.paths.sys.join("fs/cgroup/memory/job"))
        );
        host.file("proc/self/cgroup", "4:memory:/docker/c10\n");
        assert_eq!(own_cgroup_dir(&host.paths, "memory"), None);
    }

    #[test]
    fn unwritable_cgroups_warn() {
        let host = hybrid();
        let checks = run_checks(&host, &FakeSys::user());
        assert_eq!(checks[1].state, CheckState::Warn);
        assert_eq!(
            checks[1].value,
            "/sys/fs/cgroup/memory not writable; own cgroup /process_api/abc not writable"
        );
    }
}
