//! Tearing a run down off the run's path.
//!
//! When the last reference to a mount namespace goes, the kernel unmounts its whole tree
//! (the run's tmpfs root, `/work`, `/tmp` and the rest) and waits for an RCU grace period,
//! which on a 100 Hz kernel is often 10 ms or more. If the sandbox's init held that last
//! reference, its exit — which the supervisor waits for — would pay it on every run. So
//! the supervisor keeps a reference of its own until the run is over and then hands it to
//! a background thread that drops it: the work is the same, but no run waits for it.
//! The run's cgroup goes the same way: once its figures are read, nothing of the run
//! needs its directories, and removing them (a few hundred microseconds in four
//! hierarchies under cgroup v1) is ours, not the caller's.

use std::fs::File;
use std::os::fd::OwnedFd;
use std::sync::mpsc::{channel, Sender};
use std::sync::{Arc, Mutex, OnceLock};

use crate::cgroup::RunCgroup;

/// What is left of a finished run.
enum Leftover {
    /// A reference to its mount namespace.
    MountNamespace(OwnedFd),
    /// Its cgroup, to remove.
    Cgroup(Arc<dyn RunCgroup>),
    /// A caller waiting for everything queued before it (see [`settle`]).
    Marker(Sender<()>),
}

impl Leftover {
    fn dispose(self) {
        match self {
            Leftover::MountNamespace(namespace) => drop(namespace),
            Leftover::Cgroup(cgroup) => {
                if let Err(e) = cgroup.destroy() {
                    tracing::error!("removing a finished run's cgroup: {e}");
                }
            }
            Leftover::Marker(done) => {
                let _ = done.send(());
            }
        }
    }
}

/// A reference to process `pid`'s mount namespace, if it can be had.
pub(crate) fn hold_mount_namespace(pid: libc::pid_t) -> Option<OwnedFd> {
    File::open(format!("/proc/{pid}/ns/mnt"))
        .ok()
        .map(OwnedFd::from)
}

/// Drops `namespace` on the background thread (or here, if that thread cannot run).
pub(crate) fn release_later(namespace: OwnedFd) {
    queue(Leftover::MountNamespace(namespace));
}

/// Removes `cgroup` on the background thread (or here, if that thread cannot run).
pub(crate) fn remove_later(cgroup: Arc<dyn RunCgroup>) {
    queue(Leftover::Cgroup(cgroup));
}

/// Returns once everything handed over before the call is torn down.
pub(crate) fn settle() {
    let (done, wait) = channel();
    queue(Leftover::Marker(done));
    let _ = wait.recv();
}

fn queue(leftover: Leftover) {
    static QUEUE: OnceLock<Option<Mutex<Sender<Leftover>>>> = OnceLock::new();
    let queue = QUEUE.get_or_init(|| {
        let (send, receive) = channel::<Leftover>();
        let started = std::thread::Builder::new()
            .name("monolith-teardown".into())
            .spawn(move || receive.into_iter().for_each(Leftover::dispose))
            .ok()
            .map(|_| Mutex::new(send));
        if started.is_some() {
            // A process that exits normally first finishes what is queued, so no
            // cgroup outlives it.
            extern "C" fn settle_at_exit() {
                settle();
            }
            // SAFETY: registers a plain function; it runs during exit, while this
            // thread still serves the queue.
            unsafe { libc::atexit(settle_at_exit) };
        }
        started
    });
    let unsent = match queue {
        Some(queue) => queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .send(leftover)
            .err()
            .map(|e| e.0),
        None => Some(leftover),
    };
    if let Some(leftover) = unsent {
        leftover.dispose();
    }
}
