//! The descriptors between supervisor and program: pipes kept clear of 0–2, standard
//! input (bytes or a host file's contents) as a sealed memfd, and output captured up to a
//! cap.

use std::fs::File;
use std::io::{self, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};

use super::spec::Stdin;

pub(crate) fn os_error(context: &str) -> String {
    format!("{context}: {}", io::Error::last_os_error())
}

pub(crate) fn pipe() -> Result<(OwnedFd, OwnedFd), String> {
    let mut fds = [0; 2];
    // SAFETY: fds is a valid array for pipe2 to fill.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(os_error("pipe2"));
    }
    // SAFETY: pipe2 succeeded, so both descriptors are open and ours alone.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// A descriptor that is neither 0, 1 nor 2, so `dup2` onto those never collides.
pub(crate) fn above_stdio(fd: OwnedFd) -> Result<OwnedFd, String> {
    if fd.as_raw_fd() > 2 {
        return Ok(fd);
    }
    // SAFETY: fcntl(F_DUPFD_CLOEXEC) on an open descriptor.
    let dup = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_DUPFD_CLOEXEC, 3) };
    if dup < 0 {
        return Err(os_error("fcntl(F_DUPFD_CLOEXEC)"));
    }
    // SAFETY: dup is a fresh descriptor we own.
    Ok(unsafe { OwnedFd::from_raw_fd(dup) })
}

/// Standard input as a file descriptor: bytes (or a host file's contents) go into a
/// sealed-off memfd, so no writer thread is needed, no two runs can ever race on one pipe,
/// and nothing the program holds leads back to a host file: reopening
/// `/proc/self/fd/0` gives it the memfd again, never the file it came from.
pub(crate) fn stdin_fd(stdin: &Stdin) -> Result<OwnedFd, String> {
    match stdin {
        Stdin::Empty => File::open("/dev/null")
            .map(OwnedFd::from)
            .map_err(|e| format!("/dev/null: {e}")),
        Stdin::File(path) => {
            let mut source =
                File::open(path).map_err(|e| format!("stdin file {}: {e}", path.display()))?;
            sealed(|memfd| {
                io::copy(&mut source, memfd)
                    .map(drop)
                    .map_err(|e| format!("copying stdin file {}: {e}", path.display()))
            })
        }
        Stdin::Bytes(bytes) => sealed(|memfd| {
            memfd
                .write_all(bytes)
                .map_err(|e| format!("writing stdin: {e}"))
        }),
    }
}

/// A memfd filled by `fill`, rewound and sealed against every change.
fn sealed(fill: impl FnOnce(&mut File) -> Result<(), String>) -> Result<OwnedFd, String> {
    // SAFETY: the name is a valid C string; flags are plain integers.
    let fd = unsafe {
        libc::memfd_create(
            c"stdin".as_ptr(),
            libc::MFD_CLOEXEC | libc::MFD_ALLOW_SEALING,
        )
    };
    if fd < 0 {
        return Err(os_error("memfd_create"));
    }
    // SAFETY: fd is fresh and ours.
    let mut file = unsafe { File::from_raw_fd(fd) };
    fill(&mut file)?;
    std::io::Seek::rewind(&mut file).map_err(|e| format!("rewinding stdin: {e}"))?;
    // Sealed, the input cannot be changed by the program, even by reopening it.
    // F_SEAL_FUTURE_WRITE refuses every write and every new writable mapping, which is
    // all there can be (we map nothing). F_SEAL_WRITE would also wait for every extra
    // reference to the pages to go, and one still held in another core's LRU batch made
    // it fail now and then with EBUSY.
    let seals =
        libc::F_SEAL_FUTURE_WRITE | libc::F_SEAL_GROW | libc::F_SEAL_SHRINK | libc::F_SEAL_SEAL;
    // SAFETY: fcntl on an open memfd with integer arguments.
    if unsafe { libc::fcntl(fd, libc::F_ADD_SEALS, seals) } < 0 {
        return Err(os_error("sealing stdin"));
    }
    Ok(OwnedFd::from(file))
}

fn set_nonblocking(fd: RawFd) {
    // SAFETY: fcntl on an open descriptor with integer flags.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK);
    }
}

/// Output collected from one of the program's streams, capped at the output limit.
pub(crate) struct Capture {
    pub(crate) fd: Option<OwnedFd>,
    pub(crate) data: Vec<u8>,
    pub(crate) truncated: bool,
}

impl Capture {
    pub(crate) fn new(fd: OwnedFd) -> Capture {
        set_nonblocking(fd.as_raw_fd());
        Capture {
            fd: Some(fd),
            data: Vec::new(),
            truncated: false,
        }
    }

    /// Reads what is available; returns true when the cap was passed just now.
    pub(crate) fn pump(&mut self, cap: usize) -> bool {
        let Some(fd) = &self.fd else { return false };
        let mut buf = [0u8; 65536];
        loop {
            // SAFETY: buf is valid for its length; fd is open.
            let n = unsafe { libc::read(fd.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
            if n > 0 {
                let room = cap.saturating_sub(self.data.len());
                let n = n as usize;
                self.data.extend_from_slice(&buf[..n.min(room)]);
                if n > room && !self.truncated {
                    self.truncated = true;
                    return true;
                }
                continue;
            }
            if n == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
                if n == 0 {
                    self.fd = None;
                }
                return false;
            }
        }
    }

    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.data).into_owned()
    }
}
