//! What happens between `clone` and `execve`: the sandbox's init process and the
//! program's process.
//!
//! `clone` copies only the calling thread of a possibly multithreaded supervisor, so
//! until `execve` the code here may only make syscalls: no allocation, no locks, no
//! panics. Everything it needs is prepared beforehand in [`Launch`]. The syscalls go
//! through [`super::sys`], never glibc: glibc's privilege wrappers would try to
//! synchronise threads that do not exist here, and its other wrappers write `errno`,
//! which belongs to the supervisor thread when init shares the supervisor's memory.
//!
//! Init shares that memory ([`Launch::shares_memory`]) whenever the program runs as
//! another user than init: a forked copy would cost a copy of the supervisor's page
//! tables per run, and copy-on-write faults with a TLB flush on every core for each page
//! any supervisor thread then writes. The program cannot reach init's memory: its
//! `/proc` entries are hidden from other users (`hidepid`), and tracing another user's
//! process needs a capability the program does not hold. When the program runs as init's
//! user (the user-namespace mode, where both are the namespace's root), init is a copy
//! that makes itself undumpable and blanks the supervisor's command line in its copy.

use std::ffi::{c_void, CString};
use std::os::fd::RawFd;
use std::ptr;

use super::mounts::MountPlan;
use super::report::{Report, Stage};
use super::seccomp::SeccompFilter;
use super::sys::{self, sys, Errno, Stack};

/// Everything the init and the program process need, prepared on the host.
pub(crate) struct Launch<'a> {
    pub(crate) plan: &'a MountPlan,
    pub(crate) program: CString,
    pub(crate) argv: Vec<*const libc::c_char>,
    pub(crate) envp: Vec<*const libc::c_char>,
    pub(crate) cwd: CString,
    pub(crate) hostname: CString,
    pub(crate) cgroup_procs: Vec<RawFd>,
    pub(crate) stdin: RawFd,
    pub(crate) stdout: RawFd,
    pub(crate) stderr: RawFd,
    pub(crate) report: RawFd,
    /// Read end of the pipe that tells init the user namespace maps are written.
    pub(crate) userns_ready: Option<RawFd>,
    /// A network namespace lent to this run, entered by init (else init was cloned
    /// into a new one).
    pub(crate) netns: Option<RawFd>,
    /// The sandbox's mount template, of which init takes a private copy (else init was
    /// cloned into a copy of the host's mount namespace); see [`super::template`].
    pub(crate) template: Option<RawFd>,
    /// Read end of a pipe that ends once the supervisor holds init's mount namespace:
    /// init waits for it before exiting, so that the namespace's removal (an RCU grace
    /// period) happens off the run's path. Only with `template`: a namespace made at
    /// `clone` is held from the start.
    pub(crate) release: Option<RawFd>,
    /// File descriptors to keep open in init, sorted.
    pub(crate) keep: Vec<RawFd>,
    pub(crate) cpu: Option<libc::cpu_set_t>,
    pub(crate) rlimits: Vec<(libc::__rlimit_resource_t, libc::rlimit)>,
    pub(crate) uid: libc::uid_t,
    pub(crate) gid: libc::gid_t,
    pub(crate) seccomp: Option<&'a SeccompFilter>,
    /// The stack the program's process runs on until it execs (see [`spawn_program`]).
    pub(crate) program_stack: &'a Stack,
    /// The size of a memory page in KiB.
    pub(crate) page_kb: u64,
    /// Whether init was cloned into the supervisor's memory (see the module's
    /// documentation); else it is a copy.
    pub(crate) shares_memory: bool,
    /// The supervisor's command line and environment in memory ([`command_line_areas`]):
    /// init, when it is a copy, blanks them in its copy.
    pub(crate) scrub: [(usize, usize); 2],
}

/// Where this process's command line and environment strings lie in memory (start,
/// length), from `/proc/self/stat`; `(0, 0)` where unknown. `/proc/PID/cmdline` and
/// `environ` read these bytes, so blanking them in a copy of this process (the sandbox's
/// init) leaves nothing of the host's command line (source and stdin paths) to read.
pub(crate) fn command_line_areas() -> [(usize, usize); 2] {
    static AREAS: std::sync::OnceLock<[(usize, usize); 2]> = std::sync::OnceLock::new();
    *AREAS.get_or_init(|| {
        let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
        // Fields after the command name (which may hold spaces), from field 3 on.
        let fields: Vec<usize> = stat
            .rsplit_once(')')
            .map(|(_, rest)| {
                rest.split_whitespace()
                    .map(|f| f.parse().unwrap_or(0))
                    .collect()
            })
            .unwrap_or_default();
        let field = |n: usize| fields.get(n - 3).copied().unwrap_or(0);
        let area = |start: usize, end: usize| {
            if start > 0 && end > start {
                (start, end - start)
            } else {
                (0, 0)
            }
        };
        [area(field(48), field(49)), area(field(50), field(51))]
    })
}

/// Bytes of stack for init and for the program's process before exec: both only make
/// syscalls, with small frames.
pub(crate) const STACK_BYTES: usize = 256 * 1024;

thread_local! {
    /// The stacks of this thread's last run, kept for its next.
    static SPARE_STACKS: std::cell::Cell<Option<Stacks>> = const { std::cell::Cell::new(None) };
}

/// The stacks a run's init and program process start on: mapped on a thread's first
/// run and reused by its later ones.
pub(crate) struct Stacks {
    /// Init's.
    pub(crate) init: Stack,
    /// The program's process's, until it execs.
    pub(crate) program: Stack,
}

impl Stacks {
    /// This thread's stacks, or new ones.
    pub(crate) fn take() -> std::io::Result<Stacks> {
        match SPARE_STACKS.take() {
            Some(stacks) => Ok(stacks),
            None => Ok(Stacks {
                init: Stack::new(STACK_BYTES)?,
                program: Stack::new(STACK_BYTES)?,
            }),
        }
    }

    /// Keeps them for this thread's next run. Only once the run's init has been reaped:
    /// nothing may still run on them.
    pub(crate) fn keep(self) {
        SPARE_STACKS.set(Some(self));
    }
}

/// Owns the C strings the raw `argv`/`envp` pointers of a [`Launch`] point into.
pub(crate) struct CStrings(Vec<CString>);

impl CStrings {
    /// Converts `items`, dropping interior NUL bytes (which a C string cannot hold).
    pub(crate) fn new<I: IntoIterator<Item = String>>(items: I) -> CStrings {
        CStrings(
            items
                .into_iter()
                .map(|s| CString::new(s.replace('\0', "")).expect("NUL bytes were removed"))
                .collect(),
        )
    }

    /// A NULL-terminated pointer array, valid while `self` lives.
    pub(crate) fn pointers(&self) -> Vec<*const libc::c_char> {
        self.0
            .iter()
            .map(|s| s.as_ptr())
            .chain([ptr::null()])
            .collect()
    }
}

/// The current CLOCK_MONOTONIC time in nanoseconds (vDSO; async-signal-safe).
pub(crate) fn monotonic_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: ts is a valid timespec to write into.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

fn fail(report: RawFd, stage: Stage, errno: Errno, detail: i64) -> ! {
    Report::SetupFailed {
        stage,
        errno,
        detail,
    }
    .send(report);
    sys::exit(120)
}

/// Closes every descriptor not in the sorted list `keep`.
pub(crate) fn close_all_but(keep: &[RawFd]) -> Result<(), Errno> {
    let mut next: u32 = 0;
    for &fd in keep {
        let fd = fd as u32;
        if fd > next {
            // SAFETY: close_range takes plain integers.
            unsafe { sys!(libc::SYS_close_range, next, fd - 1, 0) }?;
        }
        next = fd + 1;
    }
    // SAFETY: as above.
    unsafe { sys!(libc::SYS_close_range, next, u32::MAX, 0) }?;
    Ok(())
}

/// Starts the program's process vfork-style: it shares init's memory (no page tables
/// copied, none torn down at exec) on its own stack, and init sleeps until it has exec'd
/// or exited. A forked copy would carry the launching process's resident pages into the
/// program's cgroup: its exec would spend CPU time unmapping them and the kernel's
/// high-water mark would count them.
///
/// # Safety
/// Only from init; the child runs [`program_main`], which makes syscalls only.
unsafe fn spawn_program(launch: &Launch) -> Result<libc::pid_t, Errno> {
    unsafe extern "C" fn entry(arg: *const c_void) -> ! {
        // SAFETY: `arg` is the `Launch` init passed, alive in the memory we share.
        unsafe { program_main(&*(arg as *const Launch)) }
    }
    // SAFETY: the stack is the program's alone, and init sleeps (CLONE_VFORK) until the
    // program's process no longer uses it or `launch`.
    unsafe {
        sys::clone_on_stack(
            libc::CLONE_VM | libc::CLONE_VFORK | libc::SIGCHLD,
            launch.program_stack,
            entry,
            (launch as *const Launch).cast(),
        )
    }
}

/// Where a clone of the supervisor starts: [`init_main`] with the [`Launch`] at `arg`.
///
/// # Safety
/// Only as the entry of the clone made for a run, with `arg` the run's `Launch`, which
/// stays valid until init has been reaped.
pub(crate) unsafe extern "C" fn init_entry(arg: *const c_void) -> ! {
    // SAFETY: as the caller promises.
    unsafe { init_main(&*(arg as *const Launch)) }
}

/// The sandbox's init: PID 1 of the new pid namespace. Builds the file system, starts
/// the program, reaps every orphan, and reports the program's exit. When init exits, the
/// kernel kills everything left in the namespace, so nothing outlives the run.
///
/// # Safety
/// Must run in the child of `clone`, with `launch` fully prepared; never returns.
unsafe fn init_main(launch: &Launch) -> ! {
    let report = launch.report;
    // The supervisor thread that cloned us waits for us; if it dies, so do we.
    // SAFETY (this and every sys! below): integer arguments, or pointers into `launch`
    // and the stack, valid for the call.
    unsafe { sys!(libc::SYS_prctl, libc::PR_SET_PDEATHSIG, libc::SIGKILL) }.ok();
    if let Err(e) = close_all_but(&launch.keep) {
        fail(report, Stage::CloseFds, e, 0);
    }
    if let Some(ready) = launch.userns_ready {
        let mut byte = [0u8];
        if sys::read(ready, &mut byte) != Ok(1) {
            fail(report, Stage::UserNamespace, 0, 0);
        }
        sys::close(ready).ok();
        // Become the namespace's root (mapped onto the unprivileged outer ids); when the
        // supervisor runs as root, our outer ids are not in the map until we switch.
        if let Err(e) = unsafe { sys!(libc::SYS_setresgid, 0, 0, 0) }
            .and_then(|_| unsafe { sys!(libc::SYS_setresuid, 0, 0, 0) })
        {
            fail(report, Stage::UserNamespace, e, 1);
        }
    }
    if let Some(netns) = launch.netns {
        if let Err(e) = unsafe { sys!(libc::SYS_setns, netns, libc::CLONE_NEWNET) } {
            fail(report, Stage::NetworkNamespace, e, 0);
        }
        sys::close(netns).ok();
    }
    if !launch.shares_memory {
        // Init runs as root and so does the program: not dumpable, init's /proc files
        // are out of the program's reach, and with the command line blanked they hold
        // nothing of the host's. (Both act on init's memory, a copy here.)
        unsafe { sys!(libc::SYS_prctl, libc::PR_SET_DUMPABLE, 0) }.ok();
        for &(start, len) in &launch.scrub {
            if len > 0 {
                // SAFETY: the supervisor's argument and environment strings, mapped in
                // our copy of its memory.
                unsafe { ptr::write_bytes(start as *mut u8, 0, len) };
            }
        }
    }
    unsafe { sys!(libc::SYS_umask, 0o022) }.ok();
    let source = match launch.plan.open_source() {
        Ok(source) => source,
        Err(e) => fail(report, Stage::ProgramFiles, e, 0),
    };
    if let Some(template) = launch.template {
        if let Err(e) = unsafe { sys!(libc::SYS_setns, template, libc::CLONE_NEWNS) } {
            fail(report, Stage::MountTemplate, e, 0);
        }
        sys::close(template).ok();
        if let Err(e) = unsafe { sys!(libc::SYS_unshare, libc::CLONE_NEWNS) } {
            fail(report, Stage::MountTemplate, e, 1);
        }
    }
    if let Err(failed) = launch.plan.apply(source) {
        fail(report, Stage::Mounts, failed.errno, failed.step as i64);
    }
    if let Some(source) = source {
        sys::close(source).ok();
    }
    let name = launch.hostname.as_bytes();
    if let Err(e) = unsafe { sys!(libc::SYS_sethostname, name.as_ptr(), name.len()) } {
        fail(report, Stage::Hostname, e, 0);
    }
    // The kernel lets init run on as soon as the program's exec releases the memory it
    // shared, a moment before the new image is in place; until then its /proc files
    // still show the launcher's memory. It closes the program's close-on-exec
    // descriptors after that: the end of this pipe is the word that the exec is done.
    let exec_done = match exec_done_pipe() {
        Ok(pipe) => pipe,
        Err(e) => fail(report, Stage::Fork, e, 1),
    };
    // SAFETY: we are init, and `launch` is prepared.
    let child = match unsafe { spawn_program(launch) } {
        Ok(pid) => pid,
        Err(e) => fail(report, Stage::Fork, e, 0),
    };
    sys::close(exec_done[1]).ok();
    let mut byte = [0u8];
    while sys::read(exec_done[0], &mut byte) == Err(libc::EINTR) {}
    sys::close(exec_done[0]).ok();
    // The program's image is in place: the run starts here.
    let t0_ns = monotonic_ns();
    Report::Started {
        t0_ns,
        resident_kb: resident_pages(child) * launch.page_kb,
    }
    .send(report);
    for &fd in [launch.stdin, launch.stdout, launch.stderr]
        .iter()
        .chain(&launch.cgroup_procs)
    {
        sys::close(fd).ok();
    }
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: rusage is plain data, zeroed is valid.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let waited = unsafe {
            sys!(
                libc::SYS_wait4,
                -1i32,
                &mut status as *mut libc::c_int,
                libc::__WALL,
                &mut usage as *mut libc::rusage,
            )
        };
        match waited {
            Ok(pid) if pid as libc::pid_t == child => {
                let t_end_ns = monotonic_ns();
                let micros = |tv: libc::timeval| tv.tv_sec as u64 * 1_000_000 + tv.tv_usec as u64;
                Report::Exited {
                    t_end_ns,
                    wait_status: status,
                    user_us: micros(usage.ru_utime),
                    sys_us: micros(usage.ru_stime),
                    max_rss_kb: usage.ru_maxrss as u64,
                }
                .send(report);
                if let Some(release) = launch.release {
                    while sys::read(release, &mut [0u8]) == Err(libc::EINTR) {}
                }
                sys::exit(0);
            }
            Ok(_) | Err(libc::EINTR) => {}
            Err(_) => sys::exit(1),
        }
    }
}

/// A close-on-exec pipe whose ends lie above the standard descriptors: the program's
/// process puts its stdin, stdout and stderr there before its exec, which would close
/// an end that happened to be 0, 1 or 2 (init has none of them open) too early.
fn exec_done_pipe() -> Result<[libc::c_int; 2], Errno> {
    let mut pipe: [libc::c_int; 2] = [-1; 2];
    // SAFETY: pipe2 writes two ints into the array.
    unsafe { sys!(libc::SYS_pipe2, pipe.as_mut_ptr(), libc::O_CLOEXEC) }?;
    for fd in &mut pipe {
        if *fd <= 2 {
            // SAFETY: fcntl with integer arguments.
            let high = unsafe { sys!(libc::SYS_fcntl, *fd, libc::F_DUPFD_CLOEXEC, 3) }?;
            sys::close(*fd).ok();
            *fd = high as libc::c_int;
        }
    }
    Ok(pipe)
}

/// The resident pages of process `pid` (0 if unreadable), from `/proc/PID/statm`, with
/// syscalls only: no allocation, no formatting machinery.
fn resident_pages(pid: libc::pid_t) -> u64 {
    // "/proc/" + up to 10 digits + "/statm" + NUL fits in 32 bytes.
    let mut path = [0u8; 32];
    let mut len = 0;
    for &b in b"/proc/" {
        path[len] = b;
        len += 1;
    }
    let mut digits = [0u8; 10];
    let (mut n, mut count) = (pid.max(0) as u32, 0);
    loop {
        digits[count] = b'0' + (n % 10) as u8;
        count += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for i in (0..count).rev() {
        path[len] = digits[i];
        len += 1;
    }
    for &b in b"/statm" {
        path[len] = b;
        len += 1;
    }
    // SAFETY: `path` is NUL-terminated (zero-filled past `len`).
    let Ok(fd) = (unsafe { sys::open(path.as_ptr().cast(), libc::O_RDONLY | libc::O_CLOEXEC, 0) })
    else {
        return 0;
    };
    let mut buf = [0u8; 96];
    let read = sys::read(fd, &mut buf);
    sys::close(fd).ok();
    let Ok(read) = read else {
        return 0;
    };
    // The second field: "size resident shared ...".
    let mut fields = buf[..read].split(|b| *b == b' ');
    let resident = fields.nth(1).unwrap_or(&[]);
    let mut pages: u64 = 0;
    for &b in resident {
        if !b.is_ascii_digit() {
            break;
        }
        pages = pages.saturating_mul(10).saturating_add(u64::from(b - b'0'));
    }
    pages
}

/// The program's process: joins the cgroup, drops every privilege, and execs.
///
/// # Safety
/// Only as the child [`spawn_program`] starts.
unsafe fn program_main(launch: &Launch) -> ! {
    let report = launch.report;
    for &fd in &launch.cgroup_procs {
        if let Err(e) =
            sys::write(fd, b"0").and_then(|n| if n == 1 { Ok(n) } else { Err(libc::EIO) })
        {
            fail(report, Stage::JoinCgroup, e, 0);
        }
    }
    // SAFETY (this and every sys! below): integer arguments, or pointers into `launch`,
    // valid for the call.
    // Its own cgroup becomes its root: /proc/self/cgroup shows `/`, not the host's
    // cgroup path (which names the supervisor's pid).
    if let Err(e) = unsafe { sys!(libc::SYS_unshare, libc::CLONE_NEWCGROUP) } {
        fail(report, Stage::CgroupNamespace, e, 0);
    }
    if let Some(set) = &launch.cpu {
        let size = std::mem::size_of::<libc::cpu_set_t>();
        if let Err(e) = unsafe {
            sys!(
                libc::SYS_sched_setaffinity,
                0,
                size,
                set as *const libc::cpu_set_t
            )
        } {
            fail(report, Stage::Affinity, e, 0);
        }
    }
    for (target, fd) in [(0, launch.stdin), (1, launch.stdout), (2, launch.stderr)] {
        if let Err(e) = unsafe { sys!(libc::SYS_dup2, fd, target) } {
            fail(report, Stage::Stdio, e, target as i64);
        }
    }
    for (resource, limit) in &launch.rlimits {
        let limit: *const libc::rlimit = limit;
        if let Err(e) = unsafe { sys!(libc::SYS_prlimit64, 0, *resource, limit, 0) } {
            fail(report, Stage::Rlimit, e, *resource as i64);
        }
    }
    match unsafe { sys!(libc::SYS_setgroups, 0, 0) } {
        Ok(_) | Err(libc::EPERM) => {}
        Err(e) => fail(report, Stage::DropPrivileges, e, 0),
    }
    let (uid, gid) = (launch.uid, launch.gid);
    if let Err(e) = unsafe { sys!(libc::SYS_setresgid, gid, gid, gid) } {
        fail(report, Stage::DropPrivileges, e, 1);
    }
    if let Err(e) = unsafe { sys!(libc::SYS_setresuid, uid, uid, uid) } {
        fail(report, Stage::DropPrivileges, e, 2);
    }
    if let Err(e) = unsafe { sys!(libc::SYS_chdir, launch.cwd.as_ptr()) } {
        fail(report, Stage::Chdir, e, 0);
    }
    // A fixed address-space layout makes memory and time repeat from run to run; it
    // protects nothing here, since the program already runs code of its choice.
    if let Err(e) = unsafe { sys!(libc::SYS_personality, libc::ADDR_NO_RANDOMIZE) } {
        fail(report, Stage::Personality, e, 0);
    }
    if let Err(e) = unsafe { sys!(libc::SYS_prctl, libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) } {
        fail(report, Stage::Seccomp, e, 0);
    }
    if let Some(filter) = launch.seccomp {
        if let Err(e) = filter.install() {
            fail(report, Stage::Seccomp, e.errno(), 1);
        }
    }
    let exec = unsafe {
        sys!(
            libc::SYS_execve,
            launch.program.as_ptr(),
            launch.argv.as_ptr(),
            launch.envp.as_ptr(),
        )
    };
    if let Err(errno) = exec {
        Report::ExecFailed { errno }.send(report);
    }
    sys::exit(127)
}
