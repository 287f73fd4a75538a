//! User ids lent to one run at a time, across every process on the host.
//!
//! The kernel counts some things per user whatever the namespaces: processes (where
//! `RLIMIT_NPROC` stands in for a pids cgroup), queued signals, pipe buffer pages past
//! `fs.pipe-user-pages-soft`, epoll watches. Were every run the same user, one run could
//! use up what the others may have. So each run is a user of its own, taken from a range
//! kept for the sandbox. A lease is a lock (`flock`) on a file named after the id in a
//! directory every Afterburner process on the host shares; the kernel drops it when its
//! holder dies, so a crashed process leaks no id. A process keeps the ids it has leased
//! for its later runs and gives them up when its sandbox is dropped. An id goes back
//! only once its run's init is reaped, when no process of that run is left.
//!
//! Leases go to the lowest ids free: every id is a line of the run's `/etc/passwd`, and
//! a runtime that looks its user up at start (the JVM does) reads down to its line, so
//! low ids keep that short and the same from run to run.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::ops::Range;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The most ids a sandbox may use: every one is a line of the run's `/etc/passwd`.
pub const MAX_USERS: u32 = 65_536;

/// Why a range of user ids cannot serve the sandbox.
#[derive(Debug, thiserror::Error)]
pub enum UserPoolError {
    /// The range is empty, too large or holds root.
    #[error("the sandbox's user ids {start}..{end} must be 1 to {MAX_USERS} ids above 0")]
    Range {
        /// First id.
        start: u32,
        /// One past the last id.
        end: u32,
    },
    /// The directory of leases could not be made.
    #[error("cannot make the directory of user leases {path}: {source}")]
    Directory {
        /// The directory.
        path: PathBuf,
        /// The OS error.
        source: io::Error,
    },
}

/// A leased id and the lock that holds it.
#[derive(Debug)]
struct Held {
    uid: u32,
    _lock: File,
}

/// The ids this process holds, and where to find more.
#[derive(Debug)]
pub(crate) struct UserPool {
    dir: PathBuf,
    ids: Range<u32>,
    free: Mutex<Vec<Held>>,
}

/// An id lent to one run; back in its pool when dropped.
#[derive(Debug)]
pub(crate) struct UserLease<'a> {
    pool: &'a UserPool,
    held: Option<Held>,
}

impl UserLease<'_> {
    /// The user id.
    pub(crate) fn uid(&self) -> u32 {
        self.held.as_ref().map_or(u32::MAX, |h| h.uid)
    }
}

impl Drop for UserLease<'_> {
    fn drop(&mut self) {
        if let Some(held) = self.held.take() {
            self.pool
                .free
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(held);
        }
    }
}

impl UserPool {
    /// A pool lending `ids`, with its leases kept in `dir` (made, root only, if missing).
    pub(crate) fn new(dir: &Path, ids: Range<u32>) -> Result<UserPool, UserPoolError> {
        let count = ids.end.saturating_sub(ids.start);
        if ids.start == 0 || count == 0 || count > MAX_USERS {
            return Err(UserPoolError::Range {
                start: ids.start,
                end: ids.end,
            });
        }
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|source| UserPoolError::Directory {
                path: dir.to_path_buf(),
                source,
            })?;
        Ok(UserPool {
            dir: dir.to_path_buf(),
            ids,
            free: Mutex::new(Vec::new()),
        })
    }

    /// The ids this pool lends.
    pub(crate) fn ids(&self) -> Range<u32> {
        self.ids.clone()
    }

    /// An id for one run: one this process already holds, or a new lease.
    pub(crate) fn lease(&self) -> Result<UserLease<'_>, String> {
        let free = self.free.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let held = match free {
            Some(held) => held,
            None => self.take_new()?,
        };
        Ok(UserLease {
            pool: self,
            held: Some(held),
        })
    }

    /// Locks the lowest id no process holds.
    fn take_new(&self) -> Result<Held, String> {
        for uid in self.ids.clone() {
            let path = self.dir.join(uid.to_string());
            let lock = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .mode(0o600)
                .custom_flags(libc::O_CLOEXEC | libc::O_NOFOLLOW)
                .open(&path)
                .map_err(|e| format!("opening the user lease {}: {e}", path.display()))?;
            // SAFETY: flock on a descriptor we own.
            if unsafe { libc::flock(lock.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } == 0 {
                return Ok(Held { uid, _lock: lock });
            }
            let error = io::Error::last_os_error();
            if error.raw_os_error() != Some(libc::EWOULDBLOCK) {
                return Err(format!(
                    "locking the user lease {}: {error}",
                    path.display()
                ));
            }
        }
        Err(format!(
            "every sandbox user id {}..{} is in use by a run on this host; wait for runs to end or give the sandbox more ids",
            self.ids.start, self.ids.end
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_processes_never_lend_the_same_id_and_a_dropped_pool_frees_its_ids() {
        // Two pools on one directory stand for two processes: flock locks of two open
        // files conflict even within one process.
        let dir = tempfile::tempdir().unwrap();
        let first = UserPool::new(dir.path(), 5000..5002).unwrap();
        let second = UserPool::new(dir.path(), 5000..5002).unwrap();
        let a = first.lease().unwrap();
        let b = second.lease().unwrap();
        assert_eq!((a.uid(), b.uid()), (5000, 5001), "each the lowest id free");
        let refused = first.lease().unwrap_err();
        assert!(
            refused.contains("every sandbox user id 5000..5002 is in use"),
            "{refused}"
        );

        // A returned id is the pool's to lend again; the other pool still cannot.
        let uid = a.uid();
        drop(a);
        assert_eq!(first.lease().unwrap().uid(), uid);
        assert!(second.lease().is_err());

        // A pool's end (its process's exit) gives its ids to others.
        drop(first);
        assert_eq!(second.lease().unwrap().uid(), uid);
        drop(b);
    }

    #[test]
    fn ranges_that_cannot_serve_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        for ids in [0..10, 7..7, 1..(MAX_USERS + 2)] {
            let err = UserPool::new(dir.path(), ids.clone())
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("must be 1 to 65536 ids above 0"),
                "{ids:?}: {err}"
            );
        }
    }
}
