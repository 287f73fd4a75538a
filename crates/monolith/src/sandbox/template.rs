//! A mount namespace holding the part of every run's view that never changes, built once.
//!
//! Building a run's view from a copy of the host's namespace costs some thirty mounts, and
//! entering it (`pivot_root`, then detaching the old root) waits for an RCU grace period
//! on every run. Instead the sandbox builds the fixed part once, in a namespace of its own
//! (see [`MountPlan::template`]), and each run's init enters it and takes a private copy
//! (`setns`, then `unshare`), on which it mounts only the run's own file systems
//! ([`MountPlan::in_template`]). The template's file systems are read-only, so no run can
//! change what the next one sees; runs that bind host paths of their own build their view
//! from the host's as before ([`super::mounts::fits_template`]).

use std::fs::File;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};

use super::launch::close_all_but;
use super::mounts::MountPlan;
use super::sys::{self, sys};

/// A mount namespace whose root is the fixed part of every run's view.
#[derive(Debug)]
pub(crate) struct MountTemplate {
    namespace: OwnedFd,
}

impl MountTemplate {
    /// Builds the namespace from `plan` (a [`MountPlan::template`]) in a child process,
    /// which keeps it alive until we hold a reference of our own and then is killed.
    pub(crate) fn build(plan: &MountPlan) -> Result<MountTemplate, String> {
        let (ready_r, ready_w) = pipe()?;
        // SAFETY: the child makes system calls only (`sys`, `MountPlan::apply`), which a
        // child of a multithreaded process may do; it never returns.
        let pid = unsafe { libc::fork() };
        if pid < 0 {
            return Err(format!("fork: {}", std::io::Error::last_os_error()));
        }
        if pid == 0 {
            build_in_child(plan, ready_w.as_raw_fd());
        }
        drop(ready_w);
        let mut status = [0u8; 12];
        let outcome = match sys::read(ready_r.as_raw_fd(), &mut status) {
            Ok(12) => {
                let word = |i: usize| i32::from_ne_bytes(status[i..i + 4].try_into().unwrap());
                match word(0) {
                    0 => File::open(format!("/proc/{pid}/ns/mnt"))
                        .map(|file| MountTemplate {
                            namespace: OwnedFd::from(file),
                        })
                        .map_err(|e| format!("opening its namespace: {e}")),
                    _ => Err(format!(
                        "{}: {}",
                        match usize::try_from(word(8)) {
                            Ok(step) => plan.describe(step),
                            Err(_) => "unshare(CLONE_NEWNS)".into(),
                        },
                        std::io::Error::from_raw_os_error(word(4))
                    )),
                }
            }
            _ => Err("the building process ended without a word".into()),
        };
        // SAFETY: killing and reaping our own child.
        unsafe {
            libc::kill(pid, libc::SIGKILL);
            libc::waitpid(pid, std::ptr::null_mut(), 0);
        }
        outcome
    }

    /// The namespace, for a run's init to enter (`setns`).
    pub(crate) fn fd(&self) -> RawFd {
        self.namespace.as_raw_fd()
    }
}

/// In the child: a new mount namespace built by `plan`. Writes three native-endian `i32`
/// to `ready` (0, or 1 with the error number and the failed step), then sleeps until the
/// parent, holding the namespace, kills it.
///
/// First it closes every other descriptor: a fork copies them all, and a copy of another
/// thread's pipe end (another sandbox's template being built, a run's output) would keep
/// that pipe from ending. It also dies with the thread that forked it.
fn build_in_child(plan: &MountPlan, ready: RawFd) -> ! {
    let _ = close_all_but(&[ready]);
    // SAFETY (both): integer arguments.
    let _ = unsafe { sys!(libc::SYS_prctl, libc::PR_SET_PDEATHSIG, libc::SIGKILL) };
    let outcome = match unsafe { sys!(libc::SYS_unshare, libc::CLONE_NEWNS) } {
        Err(errno) => [1, errno, -1],
        Ok(_) => match plan.apply(None) {
            Ok(()) => [0, 0, 0],
            Err(failed) => [1, failed.errno, failed.step as i32],
        },
    };
    let mut bytes = [0u8; 12];
    for (i, word) in outcome.iter().enumerate() {
        bytes[i * 4..i * 4 + 4].copy_from_slice(&word.to_ne_bytes());
    }
    let _ = sys::write(ready, &bytes);
    loop {
        // SAFETY: no descriptors and no timeout: sleeps until a signal ends the process.
        let _ = unsafe { sys!(libc::SYS_ppoll, 0, 0, 0, 0) };
    }
}

fn pipe() -> Result<(OwnedFd, OwnedFd), String> {
    let mut fds = [0; 2];
    // SAFETY: pipe2 writes two descriptors into the array.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(format!("pipe: {}", std::io::Error::last_os_error()));
    }
    // SAFETY: both descriptors are fresh and ours.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::mounts::BaseView;
    use std::sync::mpsc::channel;
    use std::sync::Arc;
    use std::time::Duration;

    #[test]
    fn templates_built_at_once_on_several_threads_all_finish() {
        // A building process is a fork of the whole process: had it kept its copies of
        // the other builders' pipes, each would wait for the others' to end, for ever.
        let staging = tempfile::tempdir().unwrap();
        let plan = Arc::new(MountPlan::template(&BaseView::new(
            staging.path(),
            65534..65535,
            65534,
        )));
        let (done, finished) = channel();
        for _ in 0..4 {
            let (plan, done) = (Arc::clone(&plan), done.clone());
            std::thread::spawn(move || {
                for _ in 0..5 {
                    done.send(MountTemplate::build(&plan).map(|t| t.fd() >= 0))
                        .unwrap();
                }
            });
        }
        for _ in 0..20 {
            let built = finished
                .recv_timeout(Duration::from_secs(120))
                .expect("a template build never finished");
            assert_eq!(built, Ok(true));
        }
    }
}
