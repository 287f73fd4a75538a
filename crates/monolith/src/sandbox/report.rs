//! Fixed-size messages from the sandbox's init and child back to the supervisor.
//!
//! They travel over a pipe; each is far below `PIPE_BUF`, so a write is atomic and a
//! read never sees half a message. Writing one never allocates.

use std::mem::size_of;
use std::os::fd::RawFd;

use super::sys;

/// Which phase of starting the program failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub(crate) enum Stage {
    CloseFds = 1,
    Mounts = 2,
    Hostname = 3,
    Fork = 4,
    JoinCgroup = 5,
    Affinity = 6,
    Rlimit = 7,
    DropPrivileges = 8,
    Chdir = 9,
    Seccomp = 10,
    Stdio = 11,
    UserNamespace = 12,
    Personality = 13,
    CgroupNamespace = 14,
    NetworkNamespace = 15,
    MountTemplate = 16,
    ProgramFiles = 17,
}

impl Stage {
    fn from_u32(v: u32) -> Option<Stage> {
        use Stage::*;
        [
            CloseFds,
            Mounts,
            Hostname,
            Fork,
            JoinCgroup,
            Affinity,
            Rlimit,
            DropPrivileges,
            Chdir,
            Seccomp,
            Stdio,
            UserNamespace,
            Personality,
            CgroupNamespace,
            NetworkNamespace,
            MountTemplate,
            ProgramFiles,
        ]
        .into_iter()
        .find(|s| *s as u32 == v)
    }

    /// What the stage does, for error messages.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Stage::CloseFds => "closing inherited file descriptors",
            Stage::Mounts => "building the sandbox file system",
            Stage::Hostname => "setting the host name",
            Stage::Fork => "starting the program process",
            Stage::JoinCgroup => "joining the run's cgroup",
            Stage::Affinity => "pinning to the CPU core",
            Stage::Rlimit => "setting resource limits",
            Stage::DropPrivileges => "switching to the unprivileged user",
            Stage::Chdir => "entering the working directory",
            Stage::Seccomp => "installing the seccomp filter",
            Stage::Stdio => "connecting standard input and output",
            Stage::UserNamespace => "waiting for the user namespace mapping",
            Stage::Personality => "fixing the address-space layout",
            Stage::CgroupNamespace => "entering a cgroup namespace",
            Stage::NetworkNamespace => "entering the run's network namespace",
            Stage::MountTemplate => "entering a copy of the sandbox's mount template",
            Stage::ProgramFiles => "opening the folder of the program's files",
        }
    }
}

const SETUP_FAILED: u32 = 1;
const STARTED: u32 = 2;
const EXEC_FAILED: u32 = 3;
const EXITED: u32 = 4;

#[repr(C)]
#[derive(Clone, Copy, Default)]
struct Wire {
    kind: u32,
    stage: u32,
    values: [i64; 5],
}

/// One message from inside the sandbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Report {
    /// A setup stage failed with `errno`; `detail` is the mount step for [`Stage::Mounts`].
    SetupFailed {
        stage: Stage,
        errno: i32,
        detail: i64,
    },
    /// The program's `execve` released init at this CLOCK_MONOTONIC time, when the
    /// program's resident memory was `resident_kb` (0 if it could not be read): a sample
    /// every run has, however short.
    Started { t0_ns: u64, resident_kb: u64 },
    /// `execve` failed.
    ExecFailed { errno: i32 },
    /// The program exited (as seen by init's `wait4`).
    Exited {
        t_end_ns: u64,
        wait_status: i32,
        user_us: u64,
        sys_us: u64,
        max_rss_kb: u64,
    },
}

impl Report {
    fn to_wire(self) -> Wire {
        match self {
            Report::SetupFailed {
                stage,
                errno,
                detail,
            } => Wire {
                kind: SETUP_FAILED,
                stage: stage as u32,
                values: [errno as i64, detail, 0, 0, 0],
            },
            Report::Started { t0_ns, resident_kb } => Wire {
                kind: STARTED,
                stage: 0,
                values: [t0_ns as i64, resident_kb as i64, 0, 0, 0],
            },
            Report::ExecFailed { errno } => Wire {
                kind: EXEC_FAILED,
                stage: 0,
                values: [errno as i64, 0, 0, 0, 0],
            },
            Report::Exited {
                t_end_ns,
                wait_status,
                user_us,
                sys_us,
                max_rss_kb,
            } => Wire {
                kind: EXITED,
                stage: 0,
                values: [
                    t_end_ns as i64,
                    wait_status as i64,
                    user_us as i64,
                    sys_us as i64,
                    max_rss_kb as i64,
                ],
            },
        }
    }

    fn from_wire(w: Wire) -> Option<Report> {
        let v = w.values;
        Some(match w.kind {
            SETUP_FAILED => Report::SetupFailed {
                stage: Stage::from_u32(w.stage)?,
                errno: v[0] as i32,
                detail: v[1],
            },
            STARTED => Report::Started {
                t0_ns: v[0] as u64,
                resident_kb: v[1] as u64,
            },
            EXEC_FAILED => Report::ExecFailed { errno: v[0] as i32 },
            EXITED => Report::Exited {
                t_end_ns: v[0] as u64,
                wait_status: v[1] as i32,
                user_us: v[2] as u64,
                sys_us: v[3] as u64,
                max_rss_kb: v[4] as u64,
            },
            _ => return None,
        })
    }

    /// Writes the message to `fd`. Async-signal-safe: one `write` of a stack value.
    pub(crate) fn send(self, fd: RawFd) {
        let wire = self.to_wire();
        // SAFETY: `wire` is a plain repr(C) value on the stack, valid for its size, and
        // every byte of it is initialised (no padding).
        let bytes = unsafe {
            std::slice::from_raw_parts((&wire as *const Wire).cast::<u8>(), size_of::<Wire>())
        };
        let _ = sys::write(fd, bytes);
    }

    /// Splits bytes read from the pipe into messages (a trailing partial one is dropped).
    pub(crate) fn parse_all(bytes: &[u8]) -> Vec<Report> {
        bytes
            .chunks_exact(size_of::<Wire>())
            .filter_map(|chunk| {
                // SAFETY: the chunk holds exactly size_of::<Wire>() bytes and Wire is
                // plain data for which every bit pattern is valid; read_unaligned copes
                // with the Vec's alignment.
                let wire = unsafe { std::ptr::read_unaligned(chunk.as_ptr().cast::<Wire>()) };
                Report::from_wire(wire)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_survive_the_pipe() {
        let mut fds = [0; 2];
        // SAFETY: fds is a valid array of two ints.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        let sent = [
            Report::Started {
                t0_ns: 42,
                resident_kb: 1536,
            },
            Report::SetupFailed {
                stage: Stage::Mounts,
                errno: libc::EPERM,
                detail: 7,
            },
            Report::Exited {
                t_end_ns: 99,
                wait_status: 256,
                user_us: 1,
                sys_us: 2,
                max_rss_kb: 3,
            },
        ];
        for r in sent {
            r.send(fds[1]);
        }
        let mut buf = vec![0u8; 4096];
        // SAFETY: buf is valid for its length; fds[0] is the open read end.
        let n = unsafe { libc::read(fds[0], buf.as_mut_ptr().cast(), buf.len()) };
        unsafe {
            libc::close(fds[0]);
            libc::close(fds[1]);
        }
        assert_eq!(Report::parse_all(&buf[..n as usize]), sent);
    }
}
