//! A host directory lent to one run as its `/work`, so a caller can put files in front
//! of a program and take back the files it wrote.
//!
//! The directory is a fresh tmpfs, so a program cannot fill the host's disk past its
//! size, owned by root and the runs' group (so the run may write, whichever user it is)
//! and bound writable at `/work` in place of the run's own tmpfs
//! ([`SandboxSpec::work_dir`](super::SandboxSpec::work_dir)). Whatever a program
//! leaves in it is hostile: paths are walked one component at a time with
//! `openat(O_NOFOLLOW)` from the directory itself, so a symbolic link, FIFO or socket
//! planted by the program is refused rather than followed, and only regular files up to
//! a size are read back.

use std::ffi::CString;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Component, Path, PathBuf};

use super::Sandbox;

/// Longest path accepted, in bytes (the kernel's `PATH_MAX`).
const MAX_PATH_BYTES: usize = 4096;
/// Longest single path component, in bytes (the kernel's `NAME_MAX`).
const MAX_NAME_BYTES: usize = 255;

/// A failure to prepare a work directory or to move a file in or out of it.
#[derive(Debug, thiserror::Error)]
pub enum WorkDirError {
    /// The path is not a plain relative path inside the directory.
    #[error("`{path}` is not a relative path inside the working directory: {reason}")]
    InvalidPath {
        /// The path as given.
        path: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// Mounting a tmpfs needs root.
    #[error("files in the working directory need the sandbox to run as root (a size-limited tmpfs is mounted for them); run the server as root or send no files")]
    NeedsRoot,
    /// The directory could not be made or mounted.
    #[error("preparing the work directory {path}: {source}")]
    Setup {
        /// The directory.
        path: PathBuf,
        /// The OS error.
        source: io::Error,
    },
    /// No file at that path.
    #[error("`{path}` does not exist")]
    NotFound {
        /// The path as given.
        path: String,
    },
    /// The path is, or passes through, something that is not followed.
    #[error(
        "`{path}` is or passes through a symbolic link or a non-directory, which is not followed"
    )]
    NotFollowed {
        /// The path as given.
        path: String,
    },
    /// The path names a directory, FIFO, socket or device, not a regular file.
    #[error("`{path}` is not a regular file")]
    NotAFile {
        /// The path as given.
        path: String,
    },
    /// The file is larger than the caller accepts.
    #[error("`{path}` is larger than {max_bytes} bytes")]
    TooLarge {
        /// The path as given.
        path: String,
        /// The most bytes accepted.
        max_bytes: u64,
    },
    /// Any other failure reading or writing the file.
    #[error("`{path}`: {source}")]
    Io {
        /// The path as given.
        path: String,
        /// The OS error.
        source: io::Error,
    },
}

/// Checks that `path` is a plain relative path (no root, no `..`, no NUL byte, not
/// empty) and returns its normal components; `.` components are dropped.
pub fn relative_path(path: &str) -> Result<PathBuf, WorkDirError> {
    let invalid = |reason| WorkDirError::InvalidPath {
        path: path.to_string(),
        reason,
    };
    if path.len() > MAX_PATH_BYTES {
        return Err(invalid("it is longer than 4096 bytes"));
    }
    if path.contains('\0') {
        return Err(invalid("it holds a NUL byte"));
    }
    let mut clean = PathBuf::new();
    for component in Path::new(path).components() {
        match component {
            Component::Normal(name) if name.len() > MAX_NAME_BYTES => {
                return Err(invalid("a component is longer than 255 bytes"))
            }
            Component::Normal(name) => clean.push(name),
            Component::CurDir => {}
            Component::ParentDir => return Err(invalid("`..` is not allowed")),
            Component::RootDir | Component::Prefix(_) => {
                return Err(invalid("absolute paths are not allowed"))
            }
        }
    }
    if clean.as_os_str().is_empty() {
        return Err(invalid("it names no file"));
    }
    Ok(clean)
}

/// A tmpfs directory on the host for one run's `/work`; unmounted and removed on drop.
#[derive(Debug)]
pub struct WorkDir {
    path: PathBuf,
    /// The ids that own the files put in; their group is the runs', so the program may
    /// change them.
    owner: (u32, u32),
}

impl Sandbox {
    /// Makes a fresh work directory of `size_kb` KiB for one run: a tmpfs owned by root
    /// and the runs' group, which may write to it. Needs root (it mounts).
    pub fn work_dir(&self, size_kb: u64) -> Result<WorkDir, WorkDirError> {
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } != 0 {
            return Err(WorkDirError::NeedsRoot);
        }
        let path = std::env::temp_dir().join(format!("afterburner-work-{}", self.next_run_name()));
        let setup = |source| WorkDirError::Setup {
            path: path.clone(),
            source,
        };
        fs::DirBuilder::new()
            .mode(0o700)
            .create(&path)
            .map_err(setup)?;
        let owner = self.host_owner();
        let (uid, gid) = owner;
        let options = format!("size={}k,mode=770,uid={uid},gid={gid}", size_kb.max(1));
        let target = CString::new(path.as_os_str().as_bytes()).expect("a temp path has no NUL");
        let options = CString::new(options).expect("mount options have no NUL");
        // SAFETY: every pointer is a valid C string alive for the call.
        let rc = unsafe {
            libc::mount(
                c"tmpfs".as_ptr(),
                target.as_ptr(),
                c"tmpfs".as_ptr(),
                libc::MS_NOSUID | libc::MS_NODEV,
                options.as_ptr().cast(),
            )
        };
        if rc < 0 {
            let error = io::Error::last_os_error();
            let _ = fs::remove_dir(&path);
            return Err(setup(error));
        }
        Ok(WorkDir { path, owner })
    }
}

impl WorkDir {
    /// The directory on the host (give it to the run as its work directory).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes `contents` at the relative `path`, making missing parent directories; the
    /// file and directories belong to the runs' group, which may write to them.
    pub fn write(&self, path: &str, contents: &[u8]) -> Result<(), WorkDirError> {
        let (dir, name) = self.walk(path, true)?;
        let fd = openat(
            &dir,
            &name,
            libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC | libc::O_NOFOLLOW,
        )
        .map_err(|e| classify(path, e))?;
        self.give(&fd).map_err(|e| io_error(path, e))?;
        File::from(fd)
            .write_all(contents)
            .map_err(|e| io_error(path, e))
    }

    /// Reads the regular file at the relative `path`, refusing anything larger than
    /// `max_bytes`, any symbolic link on the way and anything but a regular file.
    pub fn read(&self, path: &str, max_bytes: u64) -> Result<Vec<u8>, WorkDirError> {
        let (dir, name) = self.walk(path, false)?;
        // O_NONBLOCK: opening a FIFO the program left must not wait for a writer.
        let fd = openat(
            &dir,
            &name,
            libc::O_RDONLY | libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY,
        )
        .map_err(|e| classify(path, e))?;
        let file = File::from(fd);
        let meta = file.metadata().map_err(|e| io_error(path, e))?;
        if !meta.is_file() {
            return Err(WorkDirError::NotAFile { path: path.into() });
        }
        if meta.len() > max_bytes {
            return Err(WorkDirError::TooLarge {
                path: path.into(),
                max_bytes,
            });
        }
        let mut contents = Vec::with_capacity(meta.len() as usize);
        file.take(max_bytes.saturating_add(1))
            .read_to_end(&mut contents)
            .map_err(|e| io_error(path, e))?;
        if contents.len() as u64 > max_bytes {
            return Err(WorkDirError::TooLarge {
                path: path.into(),
                max_bytes,
            });
        }
        Ok(contents)
    }

    /// Opens the directory holding `path`'s last component, one component at a time
    /// without following links (making directories when `create`); returns it with the
    /// last component's name.
    fn walk(&self, path: &str, create: bool) -> Result<(OwnedFd, CString), WorkDirError> {
        let clean = relative_path(path)?;
        let root = CString::new(self.path.as_os_str().as_bytes()).expect("a temp path has no NUL");
        let flags = libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW;
        // SAFETY: `root` is a valid C string; the descriptor is checked before use.
        let fd = unsafe { libc::open(root.as_ptr(), flags | libc::O_CLOEXEC) };
        if fd < 0 {
            return Err(io_error(path, io::Error::last_os_error()));
        }
        // SAFETY: `fd` was just opened and is owned by nothing else.
        let mut dir = unsafe { OwnedFd::from_raw_fd(fd) };
        let names: Vec<CString> = clean
            .components()
            .map(|c| CString::new(c.as_os_str().as_bytes()).expect("checked: no NUL"))
            .collect();
        let (last, parents) = names.split_last().expect("checked: at least one component");
        for name in parents {
            dir = match openat(&dir, name, flags) {
                Ok(next) => next,
                Err(e) if create && e.raw_os_error() == Some(libc::ENOENT) => {
                    // SAFETY: `dir` is an open directory and `name` a valid C string.
                    if unsafe { libc::mkdirat(dir.as_raw_fd(), name.as_ptr(), 0o755) } < 0 {
                        return Err(io_error(path, io::Error::last_os_error()));
                    }
                    let made = openat(&dir, name, flags).map_err(|e| classify(path, e))?;
                    self.give(&made).map_err(|e| io_error(path, e))?;
                    made
                }
                Err(e) => return Err(classify(path, e)),
            };
        }
        Ok((dir, last.clone()))
    }

    /// Hands an opened file or directory to the runs' group, which gets the owner's
    /// permissions on it.
    fn give(&self, fd: &OwnedFd) -> io::Result<()> {
        std::os::unix::fs::fchown(fd, Some(self.owner.0), Some(self.owner.1))?;
        let file = File::from(fd.try_clone()?);
        let mode = file.metadata()?.permissions().mode() & 0o7777;
        file.set_permissions(fs::Permissions::from_mode(mode | (mode & 0o700) >> 3))
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        let Ok(target) = CString::new(self.path.as_os_str().as_bytes()) else {
            return;
        };
        // SAFETY: `target` is a valid C string. A lazy unmount also succeeds if a
        // descriptor into the tmpfs is still open somewhere.
        if unsafe { libc::umount2(target.as_ptr(), libc::MNT_DETACH) } < 0 {
            tracing::warn!(
                "unmounting the work directory {}: {}",
                self.path.display(),
                io::Error::last_os_error()
            );
            return;
        }
        if let Err(e) = fs::remove_dir(&self.path) {
            tracing::warn!("removing the work directory {}: {e}", self.path.display());
        }
    }
}

/// `openat` relative to `dir`, close-on-exec.
fn openat(dir: &OwnedFd, name: &CString, flags: libc::c_int) -> io::Result<OwnedFd> {
    // SAFETY: `dir` is an open descriptor and `name` a valid C string; the mode is only
    // read with O_CREAT.
    let fd = unsafe {
        libc::openat(
            dir.as_raw_fd(),
            name.as_ptr(),
            flags | libc::O_CLOEXEC,
            0o644,
        )
    };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `fd` was just opened and is owned by nothing else.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// Names the OS errors of a refused walk.
fn classify(path: &str, error: io::Error) -> WorkDirError {
    match error.raw_os_error() {
        Some(libc::ENOENT) => WorkDirError::NotFound { path: path.into() },
        Some(libc::ELOOP) | Some(libc::ENOTDIR) => WorkDirError::NotFollowed { path: path.into() },
        Some(libc::ENXIO) | Some(libc::EISDIR) => WorkDirError::NotAFile { path: path.into() },
        _ => io_error(path, error),
    }
}

fn io_error(path: &str, source: io::Error) -> WorkDirError {
    WorkDirError::Io {
        path: path.into(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_paths_are_accepted() {
        assert_eq!(
            relative_path("data.txt").unwrap(),
            PathBuf::from("data.txt")
        );
        assert_eq!(
            relative_path("./a/./b.txt").unwrap(),
            PathBuf::from("a/b.txt")
        );
        for (bad, why) in [
            ("/etc/passwd", "absolute"),
            ("../x", "`..`"),
            ("a/../../x", "`..`"),
            ("", "names no file"),
            (".", "names no file"),
            ("a\0b", "NUL"),
        ] {
            let err = relative_path(bad).unwrap_err().to_string();
            assert!(err.contains(why), "{bad:?}: {err}");
        }
        assert!(relative_path(&"x".repeat(256)).is_err());
        assert!(relative_path(&"a/".repeat(3000)).is_err());
    }

    /// A work directory over a plain temp dir, for the path logic (no mount needed).
    fn plain(dir: &Path) -> WorkDir {
        // SAFETY: geteuid/getegid have no preconditions.
        let owner = unsafe { (libc::geteuid(), libc::getegid()) };
        WorkDir {
            path: dir.to_path_buf(),
            owner,
        }
    }

    #[test]
    fn files_go_in_and_come_back_and_links_planted_inside_are_not_followed() {
        let tmp = tempfile::tempdir().unwrap();
        let secret = tmp.path().join("secret");
        fs::write(&secret, "host secret").unwrap();
        let root = tmp.path().join("work");
        fs::create_dir(&root).unwrap();
        let work = plain(&root);
        work.write("in/data.txt", b"12 34").unwrap();
        assert_eq!(fs::read(root.join("in/data.txt")).unwrap(), b"12 34");
        assert_eq!(work.read("./in/data.txt", 100).unwrap(), b"12 34");

        std::os::unix::fs::symlink(&secret, root.join("link")).unwrap();
        std::os::unix::fs::symlink(tmp.path(), root.join("dirlink")).unwrap();
        assert!(matches!(
            work.read("link", 100),
            Err(WorkDirError::NotFollowed { .. })
        ));
        assert!(matches!(
            work.read("dirlink/secret", 100),
            Err(WorkDirError::NotFollowed { .. })
        ));
        // Writing through a planted link is refused as well.
        assert!(work.write("dirlink/x", b"x").is_err());
        assert!(!tmp.path().join("x").exists());

        assert!(matches!(
            work.read("in", 100),
            Err(WorkDirError::NotAFile { .. })
        ));
        assert!(matches!(
            work.read("missing", 100),
            Err(WorkDirError::NotFound { .. })
        ));
        assert!(matches!(
            work.read("in/data.txt", 4),
            Err(WorkDirError::TooLarge { max_bytes: 4, .. })
        ));
        assert!(matches!(
            work.read("../secret", 100),
            Err(WorkDirError::InvalidPath { .. })
        ));
        // Dropping would unmount and remove: this one is a plain directory.
        std::mem::forget(work);
    }

    #[test]
    fn a_fifo_left_by_the_program_is_refused_without_blocking() {
        let tmp = tempfile::tempdir().unwrap();
        let fifo = CString::new(tmp.path().join("pipe").as_os_str().as_bytes()).unwrap();
        // SAFETY: `fifo` is a valid C string.
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
        let work = plain(tmp.path());
        assert!(matches!(
            work.read("pipe", 100),
            Err(WorkDirError::NotAFile { .. })
        ));
        std::mem::forget(work);
    }
}
