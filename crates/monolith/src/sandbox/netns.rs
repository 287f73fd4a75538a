//! Network namespaces made ahead and lent to one run at a time.
//!
//! A run's network namespace holds nothing but a loopback that is down: the program can
//! reach no network at all. Creating one costs about 3 ms (its per-namespace tables, and
//! the kernel's deferred teardown after), most of a sandboxed run's own overhead. So
//! namespaces are made once and reused: a run takes one for itself alone (no two runs
//! ever share one at the same time) and gives it back when every process of the run is
//! gone. What a run leaves in it dies with its processes — sockets are closed with their
//! last descriptor, and the program, unprivileged, can change no address, route, rule or
//! sysctl.

use std::fs::File;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::sync::Mutex;

use super::io::os_error;

/// Empty network namespaces, each held as a descriptor.
#[derive(Debug, Default)]
pub(crate) struct NetnsPool {
    free: Mutex<Vec<OwnedFd>>,
}

/// A namespace lent to one run; back in the pool when dropped.
pub(crate) struct Lease<'a> {
    pool: &'a NetnsPool,
    fd: Option<OwnedFd>,
}

impl Lease<'_> {
    /// The namespace's descriptor (for `setns`).
    pub(crate) fn fd(&self) -> RawFd {
        self.fd.as_ref().map_or(-1, |fd| fd.as_raw_fd())
    }
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        if let Some(fd) = self.fd.take() {
            self.pool
                .free
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(fd);
        }
    }
}

impl NetnsPool {
    /// A namespace for one run: a free one, or a new one.
    pub(crate) fn lease(&self) -> Result<Lease<'_>, String> {
        let free = self.free.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let fd = match free {
            Some(fd) => fd,
            None => create()?,
        };
        Ok(Lease {
            pool: self,
            fd: Some(fd),
        })
    }
}

/// A new, empty network namespace, made by a thread of its own (`unshare` changes only
/// the calling thread, which then ends).
fn create() -> Result<OwnedFd, String> {
    std::thread::scope(|scope| {
        scope
            .spawn(|| {
                // SAFETY: unshare with a flag; it affects this short-lived thread only.
                if unsafe { libc::unshare(libc::CLONE_NEWNET) } < 0 {
                    return Err(os_error("unshare(CLONE_NEWNET)"));
                }
                File::open("/proc/thread-self/ns/net")
                    .map(OwnedFd::from)
                    .map_err(|e| format!("opening a new network namespace: {e}"))
            })
            .join()
            .unwrap_or_else(|_| Err("making a network namespace failed".into()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inode(fd: RawFd) -> u64 {
        std::fs::metadata(format!("/proc/self/fd/{fd}"))
            .map(|m| std::os::unix::fs::MetadataExt::ino(&m))
            .unwrap_or(0)
    }

    #[test]
    fn a_namespace_is_lent_to_one_run_at_a_time_and_reused_after() {
        let own = std::fs::metadata("/proc/self/ns/net").unwrap();
        let pool = NetnsPool::default();
        let first = pool.lease().unwrap();
        let second = pool.lease().unwrap();
        let (a, b) = (inode(first.fd()), inode(second.fd()));
        assert_ne!(a, b, "two runs at once never share a namespace");
        assert_ne!(
            a,
            std::os::unix::fs::MetadataExt::ino(&own),
            "not the host's"
        );
        drop(first);
        let again = pool.lease().unwrap();
        assert_eq!(inode(again.fd()), a, "a returned namespace is lent again");
    }
}
