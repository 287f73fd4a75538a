//! Tearing a run's mount namespace down off the run's path.
//!
//! When the last reference to a mount namespace goes, the kernel unmounts its whole tree
//! (the run's tmpfs root, `/work`, `/tmp` and the rest) and waits for an RCU grace period,
//! which on a 100 Hz kernel is often 10 ms or more. If the sandbox's init held that last
//! reference, its exit — which the supervisor waits for — would pay it on every run. So
//! the supervisor keeps a reference of its own until the run is over and then hands it to
//! a background thread that drops it: the work is the same, but no run waits for it.

use std::fs::File;
use std::os::fd::OwnedFd;
use std::sync::mpsc::{channel, Sender};
use std::sync::{Mutex, OnceLock};

/// A reference to process `pid`'s mount namespace, if it can be had.
pub(crate) fn hold_mount_namespace(pid: libc::pid_t) -> Option<OwnedFd> {
    File::open(format!("/proc/{pid}/ns/mnt"))
        .ok()
        .map(OwnedFd::from)
}

/// Drops `namespace` on the background thread (or here, if that thread cannot run).
pub(crate) fn release_later(namespace: OwnedFd) {
    static QUEUE: OnceLock<Option<Mutex<Sender<OwnedFd>>>> = OnceLock::new();
    let queue = QUEUE.get_or_init(|| {
        let (send, receive) = channel::<OwnedFd>();
        std::thread::Builder::new()
            .name("monolith-teardown".into())
            .spawn(move || receive.into_iter().for_each(drop))
            .ok()
            .map(|_| Mutex::new(send))
    });
    if let Some(queue) = queue {
        let sent = queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .send(namespace);
        if let Err(unsent) = sent {
            drop(unsent.0);
        }
    }
}
