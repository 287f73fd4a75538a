//! Starting one program in isolation and supervising it.
//!
//! A run is a `clone` into fresh pid, mount, network, IPC and UTS namespaces (plus a user
//! namespace when we are not root). The clone becomes the namespace's init: it builds the
//! file system view ([`mounts`]; as root, on a copy of a view prepared once by the
//! `template` module), forks the program's process, which joins the run's cgroup, drops
//! to an unprivileged user of its own (`users`: no two runs at once share one), installs
//! the [`seccomp`] filter and execs. The supervisor meanwhile samples memory, drains
//! output and enforces the limits; when the program exits, init exits and the kernel
//! kills whatever the program left behind.

mod io;
pub(crate) mod launch;
mod mounts;
mod netns;
mod report;
pub mod seccomp;
pub mod spec;
mod supervise;
mod sys;
mod teardown;
mod template;
mod users;
mod verdict;
mod workdir;

use std::ops::Range;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

pub use spec::{BindMount, CommandSpec, SandboxSpec, Stdin, APP_DIR, DEFAULT_SAMPLE_HZ, WORK_DIR};
pub use users::{UserPoolError, MAX_USERS};
pub use workdir::{relative_path, WorkDir, WorkDirError};

use crate::cgroup::{dynmods, CgroupError, CgroupManager, V1Manager, V2Manager};
use crate::host::{detect_cgroups, own_cgroup_dir, CgroupLayout, HostPaths};
use crate::result::Isolation;
use seccomp::SeccompFilter;

/// How a [`Sandbox`] should isolate runs.
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// Use a cgroup per run when the host allows it (memory limit, whole-tree accounting).
    pub cgroups: bool,
    /// Install the seccomp filter.
    pub seccomp: bool,
    /// Run in a user namespace even as root (always done when not root).
    pub force_user_namespace: bool,
    /// The unprivileged user ids programs run as when we are root: each run has one to
    /// itself for as long as it lasts, leased across every process on the host, so that
    /// what the kernel counts per user is not shared between runs.
    pub users: Range<u32>,
    /// The group programs run as (when we are root). What the host prepares for a run (a
    /// work directory, a compile step's build folder) belongs to root and this group,
    /// which may write to it.
    pub group: u32,
    /// Where the leases of `users` are kept, shared by every Afterburner process on the
    /// host (a lock file per id).
    pub user_leases: PathBuf,
    /// Name of the directory made under this process's cgroup to hold the run cgroups.
    pub cgroup_dir_name: String,
    /// An empty directory used as the mount point of each run's root (each run mounts
    /// over it in its own mount namespace, so one directory serves all).
    pub staging_root: PathBuf,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            cgroups: true,
            seccomp: true,
            force_user_namespace: false,
            users: DEFAULT_USERS,
            group: 65534,
            user_leases: PathBuf::from("/run/afterburner/users"),
            cgroup_dir_name: "afterburner".into(),
            staging_root: std::env::temp_dir().join("afterburner-sandbox-root"),
        }
    }
}

/// The user ids runs take by default: 1,024 ids in a block Linux distributions leave
/// unallocated (above the ranges systemd hands to containers).
pub const DEFAULT_USERS: Range<u32> = 1_900_000_000..1_900_001_024;

/// A failure to set up the sandbox itself.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// The staging directory could not be made.
    #[error("cannot make the sandbox staging directory {path}: {source}")]
    Staging {
        /// The directory.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// Cgroups were asked for and exist, but could not be set up.
    #[error("cgroups: {0} (run as root, or pass --no-cgroups to measure without them)")]
    Cgroup(#[from] CgroupError),
    /// The user ids for runs cannot be leased.
    #[error(transparent)]
    Users(#[from] UserPoolError),
}

/// Runs programs in isolation; cheap to share between threads.
pub struct Sandbox {
    cgroups: Option<Arc<dyn CgroupManager>>,
    seccomp: Option<SeccompFilter>,
    /// The system part of every run's file system view, planned once.
    base_view: mounts::BaseView,
    /// That part and `/dev`, built once for runs to copy (as root, outside a user
    /// namespace, when it could be built).
    template: Option<template::MountTemplate>,
    user_namespace: bool,
    /// Network namespaces lent to runs (as root; in a user namespace each run makes its
    /// own, since it may enter no namespace the host's user namespace owns).
    netns: Option<netns::NetnsPool>,
    /// The ids runs are lent (as root).
    users: Option<users::UserPool>,
    /// The group programs run as (as root).
    group: u32,
    /// Our own ids, which runs in a user namespace stand for when we are not root.
    own: (u32, u32),
    notes: Vec<String>,
}

/// The ids one run's program has inside its namespaces, and the ids outside they are.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RunIds {
    /// As the program sees them.
    pub inner: (u32, u32),
    /// As the host sees them.
    pub outer: (u32, u32),
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox")
            .field("cgroup", &self.cgroups.as_ref().map(|c| c.version()))
            .field("seccomp", &self.seccomp.is_some())
            .field("user_namespace", &self.user_namespace)
            .finish()
    }
}

fn cgroup_manager(name: &str) -> Result<Option<Arc<dyn CgroupManager>>, CgroupError> {
    let paths = HostPaths::default();
    match detect_cgroups(&paths) {
        CgroupLayout::V1 {
            memory: Some(_),
            cpuacct: Some(_),
            pids: Some(_),
            ..
        } => {
            let dir = |c: &'static str| -> Result<PathBuf, CgroupError> {
                own_cgroup_dir(&paths, c)
                    .map(|d| d.join(name))
                    .ok_or(CgroupError::MissingController(c))
            };
            // Without the cpuset hierarchy, runs are placed by affinity alone.
            let cpuset = dir("cpuset").ok();
            let manager = V1Manager::new(dir("memory")?, dir("cpuacct")?, dir("pids")?, cpuset)?;
            Ok(Some(Arc::new(manager)))
        }
        CgroupLayout::V2 { .. } => {
            let own = own_cgroup_dir(&paths, "").ok_or(CgroupError::MissingController("memory"))?;
            let manager = V2Manager::new(own.join(name))?;
            Ok(Some(Arc::new(manager)))
        }
        _ => Ok(None),
    }
}

impl Sandbox {
    /// A sandbox with the strongest isolation this host allows under `config`.
    pub fn new(config: SandboxConfig) -> Result<Sandbox, SandboxError> {
        std::fs::create_dir_all(&config.staging_root).map_err(|source| SandboxError::Staging {
            path: config.staging_root.clone(),
            source,
        })?;
        // SAFETY: geteuid/getegid have no preconditions.
        let (euid, egid) = unsafe { (libc::geteuid(), libc::getegid()) };
        let root = euid == 0;
        let mut notes = Vec::new();
        let cgroups = if !config.cgroups {
            notes.push(
                "cgroups disabled: memory is sampled from /proc and limited by watching it".into(),
            );
            None
        } else if !root {
            notes.push("not root: no cgroup per run; memory is sampled from /proc".into());
            None
        } else {
            let found = cgroup_manager(&config.cgroup_dir_name)?;
            if found.is_none() {
                notes.push("no usable cgroup hierarchy: memory is sampled from /proc".into());
            }
            if found.is_some() {
                if let Err(why) = dynmods::favour_dynamic_membership(&config.staging_root) {
                    notes.push(format!("joining a run's cgroup may first wait for an RCU grace period (about 10 ms after an idle spell): {why}"));
                }
            }
            found
        };
        let user_namespace = !root || config.force_user_namespace;
        if user_namespace {
            notes.push("user namespace: the program runs as root of its own namespace, unprivileged outside".into());
        }
        if !cgroups.as_ref().is_some_and(|c| c.enforces_cpu()) {
            notes.push("no cpuset controller: a run's core is an affinity mask, which the program could widen to other cores".into());
        }
        let seccomp = config.seccomp.then(SeccompFilter::denylist);
        if seccomp.is_none() {
            notes.push("seccomp disabled".into());
        }
        let users = if root {
            Some(users::UserPool::new(
                &config.user_leases,
                config.users.clone(),
            )?)
        } else {
            None
        };
        let base_view = match &users {
            Some(pool) if !user_namespace => {
                mounts::BaseView::new(&config.staging_root, pool.ids(), config.group)
            }
            _ => mounts::BaseView::new(&config.staging_root, 0..1, 0),
        };
        // A run in a user namespace may not enter a namespace the host's user owns.
        let template = if user_namespace {
            None
        } else {
            match template::MountTemplate::build(&mounts::MountPlan::template(&base_view)) {
                Ok(template) => Some(template),
                Err(why) => {
                    notes.push(format!("no mount template ({why}): every run builds its file system view from the host's"));
                    None
                }
            }
        };
        Ok(Sandbox {
            cgroups,
            seccomp,
            base_view,
            template,
            netns: (!user_namespace).then(netns::NetnsPool::default),
            user_namespace,
            users,
            group: config.group,
            own: (euid, egid),
            notes,
        })
    }

    /// A cgroup name no other run of this process uses, whichever sandbox made it.
    fn next_run_name(&self) -> String {
        static RUNS: AtomicU64 = AtomicU64::new(0);
        let n = RUNS.fetch_add(1, Ordering::Relaxed);
        format!("run-{}-{n}", std::process::id())
    }

    /// How runs of this sandbox are isolated (the `isolation` field of every result).
    pub fn isolation(&self) -> Isolation {
        let mut namespaces: Vec<String> = ["pid", "mount", "net", "ipc", "uts"]
            .map(String::from)
            .into();
        if self.user_namespace {
            namespaces.push("user".into());
        }
        let full = self.cgroups.is_some() && self.seccomp.is_some() && !self.user_namespace;
        Isolation {
            mode: if full { "full" } else { "fallback" }.into(),
            cgroup: self.cgroups.as_ref().map_or("none", |c| c.version()).into(),
            namespaces,
            seccomp: self.seccomp.is_some(),
            memory_source: if self.cgroups.is_some() {
                "cgroup-members"
            } else {
                "process-tree"
            }
            .into(),
            cpu: None,
            cpu_placement: self.cpu_placement().into(),
            notes: self.notes.clone(),
        }
    }

    /// How a run placed on a core is held there.
    fn cpu_placement(&self) -> &'static str {
        if self.cgroups.as_ref().is_some_and(|c| c.enforces_cpu()) {
            "cpuset"
        } else {
            "affinity"
        }
    }

    fn isolation_for(&self, spec: &SandboxSpec) -> Isolation {
        Isolation {
            cpu: spec.cpu,
            cpu_placement: if spec.cpu.is_some() {
                self.cpu_placement()
            } else {
                "none"
            }
            .into(),
            ..self.isolation()
        }
    }

    /// Whether a run's init may share our memory instead of being a copy (see
    /// [`launch`]): only when the program runs as another user than init, so that it
    /// cannot reach init, and when the syscalls before exec leave `errno` alone.
    fn init_shares_memory(&self) -> bool {
        sys::ERRNO_FREE && !self.user_namespace && self.users.is_some()
    }

    /// A user id for one run, as root (none otherwise: a run in a user namespace is our
    /// own user outside).
    fn lease_user(&self) -> Result<Option<users::UserLease<'_>>, String> {
        self.users.as_ref().map(|pool| pool.lease()).transpose()
    }

    /// The ids of a run given its leased user, if any.
    fn run_ids(&self, user: Option<&users::UserLease<'_>>) -> RunIds {
        let outer = match user {
            Some(user) => (user.uid(), self.group),
            None => self.own,
        };
        let inner = if self.user_namespace { (0, 0) } else { outer };
        RunIds { inner, outer }
    }

    /// Who owns what the host prepares for a run (as root: root and the runs' group,
    /// which may write to it).
    fn host_owner(&self) -> (u32, u32) {
        match self.users {
            Some(_) => (0, self.group),
            None => self.own,
        }
    }

    /// Maps the sandbox's root onto the run's unprivileged ids (user-namespace mode).
    fn write_id_maps(&self, pid: libc::pid_t, ids: RunIds) -> Result<(), String> {
        let write = |file: &str, content: String| {
            std::fs::write(format!("/proc/{pid}/{file}"), content)
                .map_err(|e| format!("writing {file}: {e}"))
        };
        write("setgroups", "deny".into())?;
        write("uid_map", format!("0 {} 1", ids.outer.0))?;
        write("gid_map", format!("0 {} 1", ids.outer.1))
    }
}

impl Sandbox {
    /// Returns once every run finished so far is torn down: its cgroup removed and its
    /// mount namespace released. Runs hand that work to a background thread instead of
    /// making their caller wait for it (and a process that exits normally waits for it
    /// first); call this before checking that nothing is left.
    pub fn settle(&self) {
        teardown::settle();
    }

    /// Gives a host directory to the runs' group, so a compile step can write into it
    /// through a writable mount, whichever user it runs as.
    ///
    /// Without root, runs are our own user outside, so this changes nothing.
    pub fn hand_over(&self, dir: &std::path::Path) -> std::io::Result<()> {
        let (uid, gid) = self.host_owner();
        std::os::unix::fs::chown(dir, Some(uid), Some(gid))?;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o770))
    }
}
