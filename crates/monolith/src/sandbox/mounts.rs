//! The file system a sandboxed program sees, planned on the host and carried out in the
//! new mount namespace.
//!
//! The view is a fresh tmpfs root holding read-only binds of the system directories
//! (`/usr`, `/lib`, …), a few `/etc` entries, the toolchains and the program's files, a
//! private `/proc`, a minimal `/dev`, and size-limited tmpfs `/tmp` and `/work` (or, for
//! `/work`, a caller's prepared directory). Nothing else of the host (home directories,
//! the project tree, other runs) exists in it.
//!
//! Planning allocates; carrying out must not, because it runs between `clone` and
//! `execve` in a copy of a possibly multithreaded process. So the plan is a list of
//! operations on ready-made C strings, and [`MountPlan::apply`] only makes syscalls.

use std::ffi::{CString, OsStr};
use std::fs;
use std::ops::Range;
use std::os::fd::RawFd;
use std::os::unix::ffi::OsStrExt;
use std::path::{Component, Path, PathBuf};

use super::spec::{BindMount, APP_DIR, WORK_DIR};
use super::sys::{self, sys, Errno};

/// System directories shown read-only (or re-created as the same symlink).
const SYSTEM_DIRS: &[&str] = &[
    "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32",
];

/// The `/etc` entries programs and toolchains read: the dynamic loader's cache,
/// `alternatives` (Debian's toolchain symlinks), time zone, and the JDK configuration.
const ETC_ENTRIES: &[&str] = &[
    "ld.so.cache",
    "ld.so.conf",
    "ld.so.conf.d",
    "alternatives",
    "localtime",
    "nsswitch.conf",
];

/// Device nodes bound from the host into the private `/dev`.
const DEVICES: &[&str] = &["null", "zero", "full", "random", "urandom"];

/// One step of building the view. Paths are absolute on the host side, inside the
/// staging root.
#[derive(Debug, Clone)]
pub(crate) enum Op {
    Mkdir {
        path: CString,
        mode: libc::mode_t,
    },
    Touch {
        path: CString,
    },
    Symlink {
        target: CString,
        path: CString,
    },
    WriteFile {
        path: CString,
        contents: CString,
    },
    Mount {
        source: CString,
        target: CString,
        fstype: CString,
        flags: libc::c_ulong,
        data: CString,
    },
    /// Copies a file of the plan's source folder (`from` is relative to it) into a new
    /// file.
    CopyFile {
        from: CString,
        to: CString,
        mode: libc::mode_t,
    },
    /// Enters the staged root: `pivot_root(".", ".")` then detaches the old root.
    Pivot,
    /// Makes the (already entered) root file system read-only.
    SealRoot,
}

/// The ordered steps that build a run's file system view.
#[derive(Debug)]
pub(crate) struct MountPlan {
    root: CString,
    ops: Vec<Op>,
    /// The host folder whose files the plan copies in, opened before the host's file
    /// system is left (see [`MountPlan::open_source`]).
    source: Option<CString>,
}

/// A step of a plan that failed, with the OS error.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StepFailed {
    pub(crate) step: usize,
    pub(crate) errno: i32,
}

fn cstr(path: impl AsRef<OsStr>) -> CString {
    // Paths come from the host file system or from our own constants; neither can hold
    // a NUL byte, but a caller's mount path could, so it is dropped rather than trusted.
    let bytes: Vec<u8> = path
        .as_ref()
        .as_bytes()
        .iter()
        .copied()
        .filter(|b| *b != 0)
        .collect();
    CString::new(bytes).expect("NUL bytes were removed")
}

#[derive(Debug, Clone)]
struct Planner {
    root: PathBuf,
    ops: Vec<Op>,
    made: Vec<PathBuf>,
    /// The host folder [`Op::CopyFile`] steps copy from.
    source: Option<PathBuf>,
}

impl Planner {
    fn into_plan(self) -> MountPlan {
        MountPlan {
            root: cstr(&self.root),
            ops: self.ops,
            source: self.source.map(cstr),
        }
    }

    fn staged(&self, inside: &Path) -> PathBuf {
        let rel = inside.strip_prefix("/").unwrap_or(inside);
        self.root.join(rel)
    }

    fn mkdir_all(&mut self, inside: &Path, mode: libc::mode_t) {
        let mut current = PathBuf::from("/");
        for component in inside.components() {
            if let Component::Normal(name) = component {
                current.push(name);
                if !self.made.contains(&current) {
                    let path = cstr(self.staged(&current));
                    self.ops.push(Op::Mkdir { path, mode });
                    self.made.push(current.clone());
                }
            }
        }
    }

    fn mount(
        &mut self,
        source: &str,
        inside: &Path,
        fstype: &str,
        flags: libc::c_ulong,
        data: &str,
    ) {
        let target = cstr(self.staged(inside));
        self.ops.push(Op::Mount {
            source: cstr(source),
            target,
            fstype: cstr(fstype),
            flags,
            data: cstr(data),
        });
    }

    fn tmpfs(&mut self, inside: &Path, data: &str) {
        self.mkdir_all(inside, 0o755);
        self.mount(
            "tmpfs",
            inside,
            "tmpfs",
            libc::MS_NOSUID | libc::MS_NODEV,
            data,
        );
    }

    /// Binds `source` at `inside`, read-only unless `writable`. Device nodes keep their
    /// device semantics; everything else is `nodev` and `nosuid`.
    fn bind(&mut self, source: &Path, inside: &Path, writable: bool, device: bool) {
        let meta = match fs::metadata(source) {
            Ok(meta) => meta,
            Err(_) => return,
        };
        if meta.is_dir() {
            self.mkdir_all(inside, 0o755);
        } else {
            if let Some(parent) = inside.parent() {
                self.mkdir_all(parent, 0o755);
            }
            self.ops.push(Op::Touch {
                path: cstr(self.staged(inside)),
            });
        }
        let target = cstr(self.staged(inside));
        self.ops.push(Op::Mount {
            source: cstr(source),
            target: target.clone(),
            fstype: cstr(""),
            flags: libc::MS_BIND | libc::MS_REC,
            data: cstr(""),
        });
        let mut flags = libc::MS_BIND | libc::MS_REMOUNT | libc::MS_NOSUID;
        if !device {
            flags |= libc::MS_NODEV;
        }
        if !writable {
            flags |= libc::MS_RDONLY;
        }
        self.ops.push(Op::Mount {
            source: cstr(""),
            target,
            fstype: cstr(""),
            flags,
            data: cstr(""),
        });
    }

    /// Shows a host path as it is: the same symlink if it is one, else a read-only bind.
    fn mirror(&mut self, host: &Path) {
        match fs::symlink_metadata(host) {
            Ok(meta) if meta.file_type().is_symlink() => {
                if let Ok(target) = fs::read_link(host) {
                    if let Some(parent) = host.parent() {
                        self.mkdir_all(parent, 0o755);
                    }
                    self.ops.push(Op::Symlink {
                        target: cstr(&target),
                        path: cstr(self.staged(host)),
                    });
                }
            }
            Ok(_) => self.bind(host, host, false, false),
            Err(_) => {}
        }
    }

    /// Copies the host directory `source` into a fresh tmpfs at `inside`, sized to fit,
    /// then makes that tmpfs read-only.
    fn copy_dir(&mut self, source: &Path, inside: &Path) {
        let mut files = Vec::new();
        let mut dirs = Vec::new();
        collect(source, Path::new(""), &mut files, &mut dirs);
        self.source = Some(source.to_path_buf());
        let bytes: u64 = files.iter().map(|(_, size, _)| size).sum();
        // Room for the files, their pages' rounding and the directories.
        let kb = bytes / 1024 + 4 * (files.len() + dirs.len()) as u64 + 64;
        self.tmpfs(inside, &format!("size={kb}k,mode=755"));
        for dir in dirs {
            self.ops.push(Op::Mkdir {
                path: cstr(self.staged(&inside.join(dir))),
                mode: 0o755,
            });
        }
        for (relative, _, mode) in files {
            self.ops.push(Op::CopyFile {
                from: cstr(&relative),
                to: cstr(self.staged(&inside.join(relative))),
                mode,
            });
        }
        self.mount(
            "",
            inside,
            "",
            libc::MS_REMOUNT | libc::MS_RDONLY | libc::MS_NOSUID | libc::MS_NODEV,
            "",
        );
    }

    fn write_file(&mut self, inside: &Path, contents: &str) {
        self.ops.push(Op::WriteFile {
            path: cstr(self.staged(inside)),
            contents: cstr(contents),
        });
    }
}

/// The regular files (relative path, size, permission bits) and directories (relative,
/// parents first) under `dir`; symlinks and anything else are left out.
fn collect(
    dir: &Path,
    relative: &Path,
    files: &mut Vec<(PathBuf, u64, libc::mode_t)>,
    dirs: &mut Vec<PathBuf>,
) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(meta) = entry.metadata() else { continue };
        let rel = relative.join(entry.file_name());
        if meta.is_dir() {
            dirs.push(rel.clone());
            collect(&entry.path(), &rel, files, dirs);
        } else if meta.is_file() {
            let mode = meta.permissions().mode() & 0o755;
            files.push((rel, meta.len(), mode));
        }
    }
}

/// `hidepid=invisible` (Linux 5.8: other users' processes are not even listed), else
/// `hidepid=2` (listed, but their files unreadable).
fn hidepid_option() -> &'static str {
    static OPTION: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    OPTION.get_or_init(hidepid_for_this_kernel)
}

/// [`hidepid_option`], asked of the kernel (once: it is on every run's path).
fn hidepid_for_this_kernel() -> &'static str {
    // SAFETY: utsname is plain bytes, valid when zeroed; uname fills it.
    let mut uts: libc::utsname = unsafe { std::mem::zeroed() };
    let release = if unsafe { libc::uname(&mut uts) } == 0 {
        // SAFETY: uname NUL-terminates its fields.
        unsafe { std::ffi::CStr::from_ptr(uts.release.as_ptr()) }
            .to_string_lossy()
            .into_owned()
    } else {
        String::new()
    };
    let mut parts = release.split(|c: char| !c.is_ascii_digit());
    let major: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    let minor: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    if (major, minor) >= (5, 8) {
        "hidepid=invisible"
    } else {
        "hidepid=2"
    }
}

/// Whether `path` is already visible through one of the system directory binds.
fn under_system_dirs(path: &Path) -> bool {
    SYSTEM_DIRS.iter().any(|dir| path.starts_with(dir))
}

/// Whether `mount` shows nothing the base view does not already show the same way.
fn shown_by_base(mount: &BindMount) -> bool {
    !mount.writable && mount.source == mount.target && under_system_dirs(&mount.target)
}

/// Whether a run with these `extra` mounts and `work_dir` can start from a
/// [`MountTemplate`]'s view: it binds no host path of its own.
///
/// [`MountTemplate`]: super::template::MountTemplate
pub(crate) fn fits_template(extra: &[BindMount], work_dir: Option<&Path>) -> bool {
    work_dir.is_none() && extra.iter().all(shown_by_base)
}

/// The part of every run's view that never changes: the tmpfs root, the system
/// directories, the `/etc` entries and the sandbox's own `/etc` files. Planned once per
/// sandbox (it reads `/etc` and a few dozen paths' metadata), then copied for each run.
#[derive(Debug, Clone)]
pub(crate) struct BaseView(Planner);

impl BaseView {
    /// The base view staged under `root`, for runs as the users `uids` in group `gid`
    /// (each a line of `/etc/passwd`, all named `sandbox`).
    pub(crate) fn new(root: &Path, uids: Range<u32>, gid: u32) -> BaseView {
        let mut p = Planner {
            root: root.to_path_buf(),
            ops: Vec::new(),
            made: vec![PathBuf::from("/")],
            source: None,
        };
        // The namespace starts as a copy of the host's. Where the host's `/` is shared
        // (systemd's default), every mount below would also appear in the host's
        // namespace, and `pivot_root` refuses a shared parent: cut all propagation first.
        p.ops.push(Op::Mount {
            source: cstr(""),
            target: cstr("/"),
            fstype: cstr(""),
            flags: libc::MS_REC | libc::MS_PRIVATE,
            data: cstr(""),
        });
        p.ops.push(Op::Mount {
            source: cstr("tmpfs"),
            target: cstr(root),
            fstype: cstr("tmpfs"),
            flags: libc::MS_NOSUID | libc::MS_NODEV,
            data: cstr("size=1m,mode=755"),
        });
        for dir in SYSTEM_DIRS {
            p.mirror(Path::new(dir));
        }
        p.mkdir_all(Path::new("/etc"), 0o755);
        for entry in ETC_ENTRIES {
            p.mirror(&Path::new("/etc").join(entry));
        }
        // JDKs link their configuration into /etc/java-NN-*.
        if let Ok(entries) = fs::read_dir("/etc") {
            for entry in entries.flatten() {
                if entry.file_name().as_bytes().starts_with(b"java-") {
                    p.mirror(&entry.path());
                }
            }
        }
        let mut passwd = String::from("root:x:0:0:root:/:/bin/false\n");
        for uid in uids.filter(|&uid| uid != 0) {
            passwd.push_str(&format!(
                "sandbox:x:{uid}:{gid}:sandbox:{WORK_DIR}:/bin/false\n"
            ));
        }
        p.write_file(Path::new("/etc/passwd"), &passwd);
        p.write_file(
            Path::new("/etc/group"),
            &format!("root:x:0:\nsandbox:x:{gid}:\n"),
        );
        p.write_file(
            Path::new("/etc/hosts"),
            "127.0.0.1 localhost\n::1 localhost\n",
        );
        p.write_file(Path::new("/etc/hostname"), "sandbox\n");

        BaseView(p)
    }
}

/// The mount points of a run's own file systems, made empty in a [`MountTemplate`]'s view.
///
/// [`MountTemplate`]: super::template::MountTemplate
const RUN_MOUNT_POINTS: &[(&str, libc::mode_t)] = &[
    ("/proc", 0o555),
    ("/dev/shm", 0o755),
    ("/tmp", 0o755),
    (WORK_DIR, 0o755),
    (APP_DIR, 0o755),
];

impl Planner {
    /// A private `/dev`: the harmless device nodes and the standard descriptors' links.
    fn devices(&mut self) {
        self.mkdir_all(Path::new("/dev"), 0o755);
        self.mount(
            "tmpfs",
            Path::new("/dev"),
            "tmpfs",
            libc::MS_NOSUID | libc::MS_NOEXEC,
            "size=64k,mode=755",
        );
        for dev in DEVICES {
            let host = Path::new("/dev").join(dev);
            self.bind(&host, &host, true, true);
        }
        for (name, target) in [
            ("fd", "/proc/self/fd"),
            ("stdin", "/proc/self/fd/0"),
            ("stdout", "/proc/self/fd/1"),
            ("stderr", "/proc/self/fd/2"),
        ] {
            self.ops.push(Op::Symlink {
                target: cstr(target),
                path: cstr(self.staged(&Path::new("/dev").join(name))),
            });
        }
    }

    /// The run's own file systems: its `/proc`, size-limited tmpfs `/dev/shm`, `/tmp` and
    /// `/work` (or the caller's `work_dir` at `/work`), and `app` copied to `/app`.
    fn run_file_systems(
        &mut self,
        work_dir: Option<&Path>,
        app: Option<&Path>,
        work_dir_kb: u64,
        uid: u32,
        gid: u32,
    ) {
        self.mkdir_all(Path::new("/proc"), 0o555);
        // The program sees only processes of its own user: the sandbox's init (root)
        // is hidden, and with it its command line and descriptors.
        self.mount(
            "proc",
            Path::new("/proc"),
            "proc",
            libc::MS_NOSUID | libc::MS_NODEV | libc::MS_NOEXEC,
            hidepid_option(),
        );
        // POSIX semaphores and shared memory (Python's multiprocessing) live in /dev/shm.
        self.tmpfs(
            Path::new("/dev/shm"),
            &format!("size={work_dir_kb}k,mode=1777"),
        );
        self.tmpfs(Path::new("/tmp"), &format!("size={work_dir_kb}k,mode=1777"));
        match work_dir {
            Some(dir) => self.bind(dir, Path::new(WORK_DIR), true, false),
            None => self.tmpfs(
                Path::new(WORK_DIR),
                &format!("size={work_dir_kb}k,mode=700,uid={uid},gid={gid}"),
            ),
        }
        match app {
            Some(dir) => self.copy_dir(dir, Path::new(APP_DIR)),
            None => self.mkdir_all(Path::new(APP_DIR), 0o755),
        }
    }
}

impl MountPlan {
    /// Plans the view for a run: `base` (the system part, the same for every run),
    /// `extra` mounts, tmpfs `/work`, `/tmp` and `/dev/shm` of `work_dir_kb` KiB each
    /// (`/work` writable by `uid`/`gid`), and `app` copied to `/app`. With `work_dir`,
    /// that host directory is bound writable at `/work` instead of the tmpfs.
    pub(crate) fn new(
        base: &BaseView,
        extra: &[BindMount],
        work_dir: Option<&Path>,
        app: Option<&Path>,
        work_dir_kb: u64,
        uid: u32,
        gid: u32,
    ) -> MountPlan {
        let mut p = base.0.clone();
        for mount in extra.iter().filter(|m| !shown_by_base(m)) {
            p.bind(&mount.source, &mount.target, mount.writable, false);
        }
        p.devices();
        p.run_file_systems(work_dir, app, work_dir_kb, uid, gid);
        p.ops.push(Op::Pivot);
        p.ops.push(Op::SealRoot);
        p.into_plan()
    }

    /// Plans the view every run of a [`MountTemplate`] starts from: `base`, `/dev`
    /// (read-only past its device nodes) and the empty mount points of each run's own
    /// file systems, entered and sealed read-only. Runs share its file systems, so
    /// nothing in it may be writable.
    ///
    /// [`MountTemplate`]: super::template::MountTemplate
    pub(crate) fn template(base: &BaseView) -> MountPlan {
        let mut p = base.0.clone();
        p.devices();
        for (dir, mode) in RUN_MOUNT_POINTS {
            p.mkdir_all(Path::new(dir), *mode);
        }
        p.mount(
            "",
            Path::new("/dev"),
            "",
            libc::MS_REMOUNT | libc::MS_RDONLY | libc::MS_NOSUID | libc::MS_NOEXEC,
            "",
        );
        p.ops.push(Op::Pivot);
        p.ops.push(Op::SealRoot);
        p.into_plan()
    }

    /// Plans a run's own file systems on top of a copy of the template's view (see
    /// [`MountPlan::template`]), for a run that [fits](fits_template) it.
    pub(crate) fn in_template(
        app: Option<&Path>,
        work_dir_kb: u64,
        uid: u32,
        gid: u32,
    ) -> MountPlan {
        let mut p = Planner {
            root: PathBuf::from("/"),
            ops: Vec::new(),
            made: std::iter::once("/")
                .chain(["/dev"])
                .chain(RUN_MOUNT_POINTS.iter().map(|(dir, _)| *dir))
                .map(PathBuf::from)
                .collect(),
            source: None,
        };
        p.run_file_systems(None, app, work_dir_kb, uid, gid);
        p.into_plan()
    }

    /// Opens the host folder the plan copies files from, if it copies any: before the
    /// host's file system is left, the plan's copies read through this descriptor. Only
    /// makes syscalls.
    pub(crate) fn open_source(&self) -> Result<Option<RawFd>, Errno> {
        let Some(source) = &self.source else {
            return Ok(None);
        };
        let flags = libc::O_PATH | libc::O_DIRECTORY | libc::O_CLOEXEC;
        // SAFETY: a C string owned by `self`, alive for the call.
        unsafe { sys::open(source.as_ptr(), flags, 0) }.map(Some)
    }

    /// Carries the plan out, copying files from `source` (from [`MountPlan::open_source`]).
    /// Only makes syscalls ([`sys`]): safe between `clone` and `execve`.
    pub(crate) fn apply(&self, source: Option<RawFd>) -> Result<(), StepFailed> {
        for (step, op) in self.ops.iter().enumerate() {
            // SAFETY: every pointer comes from a CString owned by `self`, alive for the
            // whole call; the syscalls do not keep them.
            unsafe { apply_op(op, &self.root, source) }
                .map_err(|errno| StepFailed { step, errno })?;
        }
        Ok(())
    }

    /// A readable description of step `step`, for error messages (allocates: host side).
    pub(crate) fn describe(&self, step: usize) -> String {
        match self.ops.get(step) {
            Some(op) => format!("{op:?}"),
            None => format!("step {step}"),
        }
    }
}

/// # Safety
/// Pointers in `op` and `root` must be valid C strings (guaranteed by `CString`).
unsafe fn apply_op(op: &Op, root: &CString, source: Option<RawFd>) -> Result<(), Errno> {
    // SAFETY (every sys! here): the pointers are C strings of `op` and `root`, or static
    // literals, alive for the call.
    match op {
        Op::Mkdir { path, mode } => match unsafe { sys!(libc::SYS_mkdir, path.as_ptr(), *mode) } {
            Ok(_) | Err(libc::EEXIST) => Ok(()),
            Err(e) => Err(e),
        },
        Op::Touch { path } => {
            let flags = libc::O_CREAT | libc::O_WRONLY | libc::O_CLOEXEC;
            let fd = unsafe { sys::open(path.as_ptr(), flags, 0o644) }?;
            sys::close(fd).map(drop)
        }
        Op::Symlink { target, path } => {
            unsafe { sys!(libc::SYS_symlink, target.as_ptr(), path.as_ptr()) }.map(drop)
        }
        Op::WriteFile { path, contents } => {
            let flags = libc::O_CREAT | libc::O_WRONLY | libc::O_TRUNC | libc::O_CLOEXEC;
            let fd = unsafe { sys::open(path.as_ptr(), flags, 0o644) }?;
            let written = sys::write(fd, contents.as_bytes());
            sys::close(fd).ok();
            written.map(drop)
        }
        Op::Mount {
            source,
            target,
            fstype,
            flags,
            data,
        } => {
            let nullable = |s: &CString| {
                if s.as_bytes().is_empty() {
                    std::ptr::null()
                } else {
                    s.as_ptr()
                }
            };
            unsafe {
                sys!(
                    libc::SYS_mount,
                    nullable(source),
                    target.as_ptr(),
                    nullable(fstype),
                    *flags,
                    nullable(data),
                )
            }
            .map(drop)
        }
        Op::CopyFile { from, to, mode } => unsafe {
            copy_file(source.unwrap_or(libc::AT_FDCWD), from, to, *mode)
        },
        Op::Pivot => {
            unsafe { sys!(libc::SYS_chdir, root.as_ptr()) }?;
            let dot = c".".as_ptr();
            // pivot_root(".", ".") stacks the old root on top of the new one; detaching
            // it leaves only the new root, with no old-root directory to hide.
            unsafe { sys!(libc::SYS_pivot_root, dot, dot) }?;
            unsafe { sys!(libc::SYS_umount2, dot, libc::MNT_DETACH) }?;
            unsafe { sys!(libc::SYS_chdir, c"/".as_ptr()) }.map(drop)
        }
        Op::SealRoot => unsafe {
            sys!(
                libc::SYS_mount,
                0,
                c"/".as_ptr(),
                0,
                libc::MS_REMOUNT | libc::MS_RDONLY | libc::MS_NOSUID | libc::MS_NODEV,
                0,
            )
        }
        .map(drop),
    }
}

/// Copies `from` (relative to the folder `dir`) into a new file `to` with `mode`, in the
/// kernel (`sendfile`).
///
/// # Safety
/// `from` and `to` must be valid C strings.
unsafe fn copy_file(
    dir: RawFd,
    from: &CString,
    to: &CString,
    mode: libc::mode_t,
) -> Result<(), Errno> {
    let flags = libc::O_RDONLY | libc::O_CLOEXEC | libc::O_NOFOLLOW;
    // SAFETY: C strings, alive for the calls.
    let src = unsafe { sys!(libc::SYS_openat, dir, from.as_ptr(), flags, 0) }? as RawFd;
    let flags = libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL | libc::O_CLOEXEC;
    let dst = match unsafe { sys::open(to.as_ptr(), flags, mode) } {
        Ok(fd) => fd,
        Err(e) => {
            sys::close(src).ok();
            return Err(e);
        }
    };
    let copied = loop {
        // SAFETY: two descriptors we opened and a null offset.
        match unsafe { sys!(libc::SYS_sendfile, dst, src, 0, 1usize << 30) } {
            Ok(0) => break Ok(()),
            Ok(_) | Err(libc::EINTR) => {}
            Err(e) => break Err(e),
        }
    };
    // The umask may have narrowed the mode; the file gets exactly the bits asked for.
    // SAFETY: a descriptor we opened.
    let result = copied.and_then(|()| unsafe { sys!(libc::SYS_fchmod, dst, mode) }.map(drop));
    sys::close(src).ok();
    sys::close(dst).ok();
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> MountPlan {
        let build = std::env::temp_dir();
        let extra = [
            BindMount::read_only("/usr/lib"),
            BindMount::read_only("/opt/toolchain-that-does-not-exist"),
            BindMount::writable(build, "/build"),
        ];
        MountPlan::new(
            &BaseView::new(Path::new("/staging"), 65534..65535, 65534),
            &extra,
            None,
            None,
            1024,
            65534,
            65534,
        )
    }

    fn rendered(plan: &MountPlan) -> Vec<String> {
        (0..plan.ops.len()).map(|i| plan.describe(i)).collect()
    }

    #[test]
    fn propagation_is_cut_then_the_root_is_a_tmpfs_and_the_plan_ends_by_pivoting_and_sealing() {
        let plan = plan();
        let ops = rendered(&plan);
        assert!(
            matches!(&plan.ops[0], Op::Mount { target, flags, .. }
                if target.as_bytes() == b"/" && *flags == libc::MS_REC | libc::MS_PRIVATE),
            "{}",
            ops[0]
        );
        assert!(
            ops[1].contains("\"/staging\"") && ops[1].contains("tmpfs"),
            "{}",
            ops[1]
        );
        assert!(matches!(plan.ops[plan.ops.len() - 2], Op::Pivot));
        assert!(matches!(plan.ops.last(), Some(Op::SealRoot)));
    }

    #[test]
    fn work_dir_is_a_size_limited_tmpfs_owned_by_the_sandbox_user() {
        let ops = rendered(&plan());
        let work = ops
            .iter()
            .find(|op| op.contains("\"/staging/work\"") && op.contains("tmpfs"))
            .expect("a tmpfs at /work");
        assert!(
            work.contains("size=1024k") && work.contains("uid=65534"),
            "{work}"
        );
    }

    #[test]
    fn paths_under_system_dirs_are_not_bound_twice_but_others_and_writable_ones_are() {
        let ops = rendered(&plan());
        assert!(!ops.iter().any(|op| op.contains("/staging/usr/lib\"")));
        let build = format!("{:?}", std::env::temp_dir().as_os_str());
        assert!(
            ops.iter()
                .any(|op| op.contains(&build) && op.contains("/staging/build")),
            "{ops:#?}"
        );
        // A source missing on the host plans nothing.
        assert!(!ops
            .iter()
            .any(|op| op.contains("toolchain-that-does-not-exist")));
    }

    #[test]
    fn nothing_of_home_directories_is_planned() {
        let ops = rendered(&plan());
        assert!(!ops
            .iter()
            .any(|op| op.contains("\"/root") || op.contains("/home")));
    }

    #[test]
    fn a_prepared_work_dir_is_bound_writable_instead_of_the_tmpfs() {
        let host = std::env::temp_dir();
        let base = BaseView::new(Path::new("/staging"), 65534..65535, 65534);
        let plan = MountPlan::new(&base, &[], Some(&host), None, 1024, 65534, 65534);
        let ops = rendered(&plan);
        let at_work: Vec<&String> = ops
            .iter()
            .filter(|op| op.contains("\"/staging/work\"") && op.contains("Mount"))
            .collect();
        assert!(
            !at_work.iter().any(|op| op.contains("tmpfs")),
            "{at_work:#?}"
        );
        let host = format!("{:?}", host.as_os_str());
        assert!(at_work.iter().any(|op| op.contains(&host)), "{at_work:#?}");
        // The remount keeps it writable but nosuid and nodev.
        let remount =
            (libc::MS_BIND | libc::MS_REMOUNT | libc::MS_NOSUID | libc::MS_NODEV).to_string();
        assert!(
            at_work
                .iter()
                .any(|op| op.contains(&format!("flags: {remount}"))),
            "{at_work:#?}"
        );
    }

    /// The mount points of `plan`'s mounts, inside the staging root or the template.
    fn mount_targets(plan: &MountPlan) -> Vec<String> {
        plan.ops
            .iter()
            .filter_map(|op| match op {
                Op::Mount { target, .. } => Some(target.to_string_lossy().into_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_template_holds_the_fixed_view_with_empty_mount_points_and_a_read_only_dev() {
        let plan = MountPlan::template(&BaseView::new(Path::new("/staging"), 65534..65535, 65534));
        let targets = mount_targets(&plan);
        assert!(
            targets.contains(&"/staging/usr".to_string()),
            "{targets:#?}"
        );
        assert!(
            targets.contains(&"/staging/dev/null".to_string()),
            "{targets:#?}"
        );
        for own in [
            "/staging/proc",
            "/staging/tmp",
            "/staging/work",
            "/staging/app",
            "/staging/dev/shm",
        ] {
            assert!(
                !targets.contains(&own.to_string()),
                "{own} is each run's own: {targets:#?}"
            );
            assert!(
                plan.ops.iter().any(
                    |op| matches!(op, Op::Mkdir { path, .. } if path.to_bytes() == own.as_bytes())
                ),
                "{own} has no mount point"
            );
        }
        let dev_read_only = plan.ops.iter().any(|op| matches!(op, Op::Mount { target, flags, .. }
            if target.to_bytes() == b"/staging/dev" && flags & libc::MS_REMOUNT != 0 && flags & libc::MS_RDONLY != 0));
        assert!(dev_read_only, "{:#?}", rendered(&plan));
        assert!(matches!(plan.ops[plan.ops.len() - 2], Op::Pivot));
        assert!(matches!(plan.ops.last(), Some(Op::SealRoot)));
    }

    #[test]
    fn a_run_in_the_template_mounts_only_its_own_file_systems_and_makes_no_directory() {
        let app = tempfile::tempdir().unwrap();
        std::fs::write(app.path().join("main.py"), "print(1)\n").unwrap();
        let plan = MountPlan::in_template(Some(app.path()), 1024, 65534, 65534);
        let mut targets = mount_targets(&plan);
        targets.sort();
        targets.dedup();
        assert_eq!(targets, ["/app", "/dev/shm", "/proc", "/tmp", "/work"]);
        assert!(
            !plan
                .ops
                .iter()
                .any(|op| matches!(op, Op::Mkdir { .. } | Op::Pivot | Op::SealRoot)),
            "{:#?}",
            rendered(&plan)
        );
        // The program's files are copied through the folder opened before the host's
        // file system is left, by their names within it.
        assert_eq!(plan.source.as_deref(), Some(cstr(app.path()).as_c_str()));
        assert!(plan
            .ops
            .iter()
            .any(|op| matches!(op, Op::CopyFile { from, to, .. }
            if from.to_bytes() == b"main.py" && to.to_bytes() == b"/app/main.py")));
    }

    #[test]
    fn only_runs_that_bind_no_host_path_of_their_own_fit_the_template() {
        assert!(fits_template(&[], None));
        assert!(fits_template(&[BindMount::read_only("/usr/lib/jvm")], None));
        assert!(!fits_template(
            &[BindMount::read_only("/opt/toolchain")],
            None
        ));
        assert!(!fits_template(
            &[BindMount::writable(std::env::temp_dir(), "/build")],
            None
        ));
        assert!(!fits_template(&[], Some(&std::env::temp_dir())));
    }
}
