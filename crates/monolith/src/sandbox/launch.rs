//! What happens between `clone` and `execve`: the sandbox's init process and the
//! program's process.
//!
//! `clone` copies only the calling thread of a possibly multithreaded supervisor, so
//! until `execve` the code here may only make syscalls: no allocation, no locks, no
//! panics. Everything it needs is prepared beforehand in [`Launch`]. Privilege changes
//! use raw syscalls, because glibc's wrappers would try to synchronise the threads it
//! believes still exist.

use std::ffi::CString;
use std::os::fd::RawFd;
use std::ptr;

use super::mounts::{errno, MountPlan};
use super::report::{Report, Stage};
use super::seccomp::SeccompFilter;

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
    /// File descriptors to keep open in init, sorted.
    pub(crate) keep: Vec<RawFd>,
    pub(crate) cpu: Option<libc::cpu_set_t>,
    pub(crate) rlimits: Vec<(libc::__rlimit_resource_t, libc::rlimit)>,
    pub(crate) uid: libc::uid_t,
    pub(crate) gid: libc::gid_t,
    pub(crate) seccomp: Option<&'a SeccompFilter>,
    /// The stack the program's process runs on until it execs (see [`spawn_program`]).
    pub(crate) program_stack: *mut u8,
    /// Its length in bytes.
    pub(crate) program_stack_len: usize,
    /// The size of a memory page in KiB.
    pub(crate) page_kb: u64,
    /// The supervisor's command line and environment in memory ([`command_line_areas`]):
    /// init, a copy of the supervisor, blanks them in its own copy.
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

/// Bytes of stack for the program's process before exec: it only makes syscalls.
pub(crate) const PROGRAM_STACK_BYTES: usize = 256 * 1024;

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

fn fail(report: RawFd, stage: Stage, detail: i64) -> ! {
    Report::SetupFailed {
        stage,
        errno: errno(),
        detail,
    }
    .send(report);
    // SAFETY: _exit ends the process without running any user-space cleanup.
    unsafe { libc::_exit(120) }
}

/// Closes every descriptor not in the sorted list `keep`.
fn close_all_but(keep: &[RawFd]) -> Result<(), ()> {
    let mut next: u32 = 0;
    for &fd in keep {
        let fd = fd as u32;
        if fd > next {
            // SAFETY: close_range takes plain integers.
            if unsafe { libc::syscall(libc::SYS_close_range, next, fd - 1, 0) } < 0 {
                return Err(());
            }
        }
        next = fd + 1;
    }
    // SAFETY: as above.
    if unsafe { libc::syscall(libc::SYS_close_range, next, u32::MAX, 0) } < 0 {
        return Err(());
    }
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
unsafe fn spawn_program(launch: &Launch) -> libc::pid_t {
    extern "C" fn entry(arg: *mut libc::c_void) -> libc::c_int {
        // SAFETY: `arg` is the `Launch` init passed, alive in the memory we share.
        unsafe { program_main(&*(arg as *const Launch)) }
    }
    // The stack grows down: pass its top, 16-byte aligned.
    let top = (launch.program_stack as usize + launch.program_stack_len) & !15;
    libc::clone(
        entry,
        top as *mut libc::c_void,
        libc::CLONE_VM | libc::CLONE_VFORK | libc::SIGCHLD,
        launch as *const Launch as *mut libc::c_void,
    )
}

/// The sandbox's init: PID 1 of the new pid namespace. Builds the file system, starts
/// the program, reaps every orphan, and reports the program's exit. When init exits, the
/// kernel kills everything left in the namespace, so nothing outlives the run.
///
/// # Safety
/// Must run in the child of `clone`, with `launch` fully prepared; never returns.
pub(crate) unsafe fn init_main(launch: &Launch) -> ! {
    let report = launch.report;
    // The supervisor thread that cloned us waits for us; if it dies, so do we.
    libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong);
    if close_all_but(&launch.keep).is_err() {
        fail(report, Stage::CloseFds, 0);
    }
    if let Some(ready) = launch.userns_ready {
        let mut byte = 0u8;
        if libc::read(ready, (&mut byte as *mut u8).cast(), 1) != 1 {
            fail(report, Stage::UserNamespace, 0);
        }
        libc::close(ready);
        // Become the namespace's root (mapped onto the unprivileged outer ids); when the
        // supervisor runs as root, our outer ids are not in the map until we switch.
        if libc::syscall(libc::SYS_setresgid, 0usize, 0usize, 0usize) < 0
            || libc::syscall(libc::SYS_setresuid, 0usize, 0usize, 0usize) < 0
        {
            fail(report, Stage::UserNamespace, 1);
        }
    }
    if let Some(netns) = launch.netns {
        if libc::setns(netns, libc::CLONE_NEWNET) < 0 {
            fail(report, Stage::NetworkNamespace, 0);
        }
        libc::close(netns);
    }
    // Init runs as root; the program does not. Not dumpable, init's /proc files are
    // root's alone, and with the command line blanked they hold nothing of the host's.
    libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    for &(start, len) in &launch.scrub {
        if len > 0 {
            ptr::write_bytes(start as *mut u8, 0, len);
        }
    }
    libc::umask(0o022);
    if let Err(failed) = launch.plan.apply() {
        *libc::__errno_location() = failed.errno;
        fail(report, Stage::Mounts, failed.step as i64);
    }
    let name = launch.hostname.as_bytes();
    if libc::sethostname(name.as_ptr().cast(), name.len()) < 0 {
        fail(report, Stage::Hostname, 0);
    }
    let child = spawn_program(launch);
    if child < 0 {
        fail(report, Stage::Fork, 0);
    }
    // We run again once the program's exec replaced its memory: the run starts here.
    let t0_ns = monotonic_ns();
    Report::Started {
        t0_ns,
        resident_kb: resident_pages(child) * launch.page_kb,
    }
    .send(report);
    for fd in [launch.stdin, launch.stdout, launch.stderr] {
        libc::close(fd);
    }
    for &fd in &launch.cgroup_procs {
        libc::close(fd);
    }
    loop {
        let mut status = 0;
        let mut usage: libc::rusage = std::mem::zeroed();
        let pid = libc::wait4(-1, &mut status, libc::__WALL, &mut usage);
        if pid == child {
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
            libc::_exit(0);
        }
        if pid < 0 && errno() != libc::EINTR {
            libc::_exit(1);
        }
    }
}

/// The resident pages of process `pid` (0 if unreadable), from `/proc/PID/statm`, with
/// syscalls only: no allocation, no formatting machinery.
unsafe fn resident_pages(pid: libc::pid_t) -> u64 {
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
    let fd = libc::open(path.as_ptr().cast(), libc::O_RDONLY | libc::O_CLOEXEC);
    if fd < 0 {
        return 0;
    }
    let mut buf = [0u8; 96];
    let read = libc::read(fd, buf.as_mut_ptr().cast(), buf.len());
    libc::close(fd);
    if read <= 0 {
        return 0;
    }
    // The second field: "size resident shared ...".
    let mut fields = buf[..read as usize].split(|b| *b == b' ');
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
unsafe fn program_main(launch: &Launch) -> ! {
    let report = launch.report;
    for &fd in &launch.cgroup_procs {
        if libc::write(fd, b"0".as_ptr().cast(), 1) != 1 {
            fail(report, Stage::JoinCgroup, 0);
        }
    }
    // Its own cgroup becomes its root: /proc/self/cgroup shows `/`, not the host's
    // cgroup path (which names the supervisor's pid).
    if libc::unshare(libc::CLONE_NEWCGROUP) < 0 {
        fail(report, Stage::CgroupNamespace, 0);
    }
    if let Some(set) = &launch.cpu {
        if libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), set) < 0 {
            fail(report, Stage::Affinity, 0);
        }
    }
    for (target, fd) in [(0, launch.stdin), (1, launch.stdout), (2, launch.stderr)] {
        if libc::dup2(fd, target) < 0 {
            fail(report, Stage::Stdio, target as i64);
        }
    }
    for (resource, limit) in &launch.rlimits {
        if libc::setrlimit(*resource, limit) < 0 {
            fail(report, Stage::Rlimit, *resource as i64);
        }
    }
    if libc::syscall(libc::SYS_setgroups, 0usize, ptr::null::<libc::gid_t>()) < 0
        && errno() != libc::EPERM
    {
        fail(report, Stage::DropPrivileges, 0);
    }
    let (uid, gid) = (launch.uid as usize, launch.gid as usize);
    if libc::syscall(libc::SYS_setresgid, gid, gid, gid) < 0 {
        fail(report, Stage::DropPrivileges, 1);
    }
    if libc::syscall(libc::SYS_setresuid, uid, uid, uid) < 0 {
        fail(report, Stage::DropPrivileges, 2);
    }
    if libc::chdir(launch.cwd.as_ptr()) < 0 {
        fail(report, Stage::Chdir, 0);
    }
    // A fixed address-space layout makes memory and time repeat from run to run; it
    // protects nothing here, since the program already runs code of its choice.
    if libc::personality(libc::ADDR_NO_RANDOMIZE as libc::c_ulong) < 0 {
        fail(report, Stage::Personality, 0);
    }
    if libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 {
        fail(report, Stage::Seccomp, 0);
    }
    if let Some(filter) = launch.seccomp {
        if filter.install().is_err() {
            fail(report, Stage::Seccomp, 1);
        }
    }
    libc::execve(
        launch.program.as_ptr(),
        launch.argv.as_ptr(),
        launch.envp.as_ptr(),
    );
    Report::ExecFailed { errno: errno() }.send(report);
    libc::_exit(127);
}
