//! The memory sampler: a thread that reads the run's memory use at a fixed rate
//! (10 kHz or more) and enforces the CPU-time limit. Each thread that supervises runs
//! keeps one sampler thread for all of them.
//!
//! It keeps each of the run's processes' `statm` open and reads it with `pread` — no
//! fork, no shell, no allocation per sample — and runs on a different core from the
//! measured program, so the program does not pay for its measurement. The processes are
//! those of the run's cgroup or, where no cgroup is available, the sandbox init's
//! descendants found through `/proc`; the list is refreshed every few samples.

use std::cell::RefCell;
use std::fs::{self, File};
use std::os::fd::RawFd;
use std::os::unix::fs::FileExt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{channel, sync_channel, Receiver, Sender, SyncSender};
use std::sync::Arc;
use std::thread::{self, Thread};
use std::time::Duration;

use crate::cgroup::RunCgroup;
use crate::measure::Sample;
use crate::sandbox::launch::monotonic_ns;

/// The processes whose memory the sampler reads, each with its `statm` kept open, so
/// that a sample is one `pread` per process; the member list is found anew every
/// [`REFRESH_EVERY`] samples.
pub(crate) struct MemorySource {
    members_of: Members,
    members: Vec<(i32, File)>,
    since_refresh: usize,
    buf: Vec<u8>,
}

/// Where a run's processes are listed.
enum Members {
    /// The `cgroup.procs` file of the run's cgroup; opened anew at each refresh: cgroup
    /// v1 keeps the member list of an open file cached, so re-reading one descriptor
    /// would never see new members.
    Cgroup(PathBuf),
    /// Every descendant of this pid (not the pid itself), through `/proc`: for hosts
    /// without cgroups.
    Descendants(i32),
}

/// How often (in samples) the member list is re-read.
const REFRESH_EVERY: usize = 16;

/// Most processes whose memory is followed at once (a fork bomb has more; the cgroup's
/// high-water mark still bounds the peak from below).
const MAX_TRACKED: usize = 512;

impl MemorySource {
    /// Follows the processes of `cgroup`.
    pub(crate) fn cgroup(cgroup: &dyn RunCgroup) -> std::io::Result<MemorySource> {
        let procs = cgroup
            .procs_files()
            .into_iter()
            .next()
            .ok_or_else(|| std::io::Error::other("no cgroup.procs"))?;
        Ok(MemorySource::new(Members::Cgroup(procs)))
    }

    /// Follows the descendants of `root`.
    pub(crate) fn descendants(root: i32) -> MemorySource {
        MemorySource::new(Members::Descendants(root))
    }

    fn new(members_of: Members) -> MemorySource {
        MemorySource {
            members_of,
            members: Vec::new(),
            since_refresh: 0,
            buf: Vec::new(),
        }
    }

    /// The pids of the run's processes now, or `None` if they could not be listed.
    fn listed(&mut self) -> Option<Vec<i32>> {
        match &self.members_of {
            Members::Cgroup(procs) => {
                self.buf.resize(64 * 1024, 0);
                let n = File::open(procs).ok()?.read_at(&mut self.buf, 0).ok()?;
                Some(
                    self.buf[..n]
                        .split(|b| *b == b'\n')
                        .filter_map(|line| parse_decimal(line).map(|v| v as i32))
                        .collect(),
                )
            }
            Members::Descendants(root) => Some(descendants(*root)),
        }
    }

    fn refresh(&mut self) {
        self.since_refresh = 0;
        // A failed listing keeps the members known so far.
        let Some(listed) = self.listed() else {
            return;
        };
        self.members.retain(|(pid, _)| listed.contains(pid));
        for pid in listed {
            if self.members.len() >= MAX_TRACKED {
                break;
            }
            if !self.members.iter().any(|(p, _)| *p == pid) {
                if let Ok(file) = File::open(format!("/proc/{pid}/statm")) {
                    self.members.push((pid, file));
                }
            }
        }
    }

    /// The CPU time of the followed processes without a cgroup (user + system, with
    /// that of the children they reaped), in ns, from `/proc/PID/stat` at clock-tick
    /// resolution; `None` with a cgroup, whose own counter is exact.
    fn tree_cpu_ns(&self) -> Option<u64> {
        if matches!(self.members_of, Members::Cgroup(_)) || self.members.is_empty() {
            return None;
        }
        let ticks: u64 = self
            .members
            .iter()
            .filter_map(|(pid, _)| fs::read(format!("/proc/{pid}/stat")).ok())
            .map(|stat| stat_cpu_ticks(&stat))
            .sum();
        // SAFETY: sysconf has no preconditions.
        let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
        Some(ticks * (1_000_000_000 / per_second))
    }

    /// The members' resident memory in KiB, or `None` when there are none yet.
    fn resident_kb(&mut self, buf: &mut [u8; 32]) -> Option<u64> {
        if self.since_refresh >= REFRESH_EVERY || self.members.is_empty() {
            self.refresh();
        }
        self.since_refresh += 1;
        if self.members.is_empty() {
            return None;
        }
        let mut pages = 0;
        self.members
            .retain(|(_, statm)| match statm.read_at(buf, 0) {
                Ok(n) if n > 0 => {
                    pages += resident_pages(&buf[..n]);
                    true
                }
                // The process is gone.
                _ => false,
            });
        Some(pages * page_kb())
    }
}

/// The second field of a `statm` line: resident pages.
fn resident_pages(statm: &[u8]) -> u64 {
    statm
        .split(|b| *b == b' ')
        .nth(1)
        .and_then(parse_decimal)
        .unwrap_or(0)
}

/// What the sampler needs to start.
pub(crate) struct SamplerSetup {
    pub(crate) memory: MemorySource,
    /// The run's cgroup, for the CPU-time limit.
    pub(crate) cgroup: Option<Arc<dyn RunCgroup>>,
    pub(crate) cpu_limit_ns: u64,
    /// Memory at which the sampler ends the run itself, in KiB: the only memory limit
    /// where no cgroup enforces one.
    pub(crate) memory_limit_kb: Option<u64>,
    pub(crate) hz: u32,
    /// The core of the measured program, to stay off.
    pub(crate) avoid_cpu: Option<usize>,
    /// A pidfd of the sandbox's init, signalled to end the run at the CPU limit.
    pub(crate) pidfd: RawFd,
    /// How many samples to make room for up front, so the loop does not reallocate.
    pub(crate) capacity: usize,
}

/// What the sampler saw.
pub(crate) struct Sampled {
    pub(crate) samples: Vec<Sample>,
    pub(crate) cpu_limit_hit: bool,
    pub(crate) memory_limit_hit: bool,
    /// The largest CPU time read while the run lasted, in ns: the run's CPU time when
    /// nothing reports it at the end (a run killed without cgroups).
    pub(crate) cpu_ns: u64,
    /// When the sampler killed the run for a limit (CLOCK_MONOTONIC ns).
    pub(crate) killed_ns: Option<u64>,
    /// The largest memory read for a limit check between two samples, in KiB (only
    /// without a cgroup): the peak counts it, the timeline does not.
    pub(crate) checked_peak_kb: u64,
}

impl Sampled {
    /// Nothing seen yet, with room for `capacity` samples.
    fn with_capacity(capacity: usize) -> Sampled {
        Sampled {
            samples: Vec::with_capacity(capacity),
            cpu_limit_hit: false,
            memory_limit_hit: false,
            cpu_ns: 0,
            killed_ns: None,
            checked_peak_kb: 0,
        }
    }
}

/// A running sampler; [`SamplerHandle::started`] sets it going, and
/// [`SamplerHandle::finish`] stops it and returns the samples.
pub(crate) struct SamplerHandle {
    stop: Arc<AtomicBool>,
    window_start_ns: Arc<AtomicU64>,
    /// The thread sampling this run.
    thread: Thread,
    done: Receiver<Sampled>,
}

/// How often the limits are checked while a run lasts, whatever the sampling rate: the
/// CPU-time limit, and without a cgroup the memory limit too.
const LIMIT_CHECK_INTERVAL_NS: u64 = 5_000_000;

/// One run for a [`SamplerThread`] to sample.
struct Job {
    setup: SamplerSetup,
    stop: Arc<AtomicBool>,
    window_start_ns: Arc<AtomicU64>,
    done: SyncSender<Sampled>,
}

/// The sampler thread of a thread that supervises runs, kept for all of its runs: a
/// thread started per run cost its stack's mapping and unmapping, and moving it off the
/// measured core a migration, each time; under full load that CPU time is another
/// run's.
struct SamplerThread {
    thread: Thread,
    jobs: Sender<Job>,
}

impl SamplerThread {
    fn spawn() -> std::io::Result<SamplerThread> {
        let (jobs, queue) = channel::<Job>();
        let handle = thread::Builder::new()
            .name("monolith-sampler".into())
            .spawn(move || serve_jobs(queue))?;
        Ok(SamplerThread {
            thread: handle.thread().clone(),
            jobs,
        })
    }
}

thread_local! {
    /// This thread's sampler thread; it ends when this thread does (its queue closes).
    static SAMPLER: RefCell<Option<SamplerThread>> = const { RefCell::new(None) };
}

/// Samples the jobs of one supervising thread, one after another, until its queue
/// closes.
fn serve_jobs(queue: Receiver<Job>) {
    // SAFETY: prctl with PR_SET_TIMERSLACK takes an integer; it only affects this thread.
    unsafe { libc::prctl(libc::PR_SET_TIMERSLACK, 1 as libc::c_ulong) };
    let mut placement = Placement::here();
    for job in queue {
        placement.avoid(job.setup.avoid_cpu);
        let sampled = sample_loop(job.setup, &job.stop, &job.window_start_ns);
        let _ = job.done.send(sampled);
    }
}

impl SamplerHandle {
    /// Starts sampling on this thread's sampler thread (started on first use).
    pub(crate) fn start(setup: SamplerSetup) -> std::io::Result<SamplerHandle> {
        let stop = Arc::new(AtomicBool::new(false));
        let window_start_ns = Arc::new(AtomicU64::new(0));
        let (done, result) = sync_channel(1);
        let mut job = Job {
            setup,
            stop: Arc::clone(&stop),
            window_start_ns: Arc::clone(&window_start_ns),
            done,
        };
        let thread = SAMPLER.with_borrow_mut(|sampler| -> std::io::Result<Thread> {
            // A sampler thread that died (it never should) is replaced.
            for _ in 0..2 {
                let current = match sampler.take() {
                    Some(current) => current,
                    None => SamplerThread::spawn()?,
                };
                match current.jobs.send(job) {
                    Ok(()) => {
                        let thread = current.thread.clone();
                        *sampler = Some(current);
                        return Ok(thread);
                    }
                    Err(returned) => job = returned.0,
                }
            }
            Err(std::io::Error::other("the sampler thread ended at once"))
        })?;
        Ok(SamplerHandle {
            stop,
            window_start_ns,
            thread,
            done: result,
        })
    }

    /// Tells the sampler the program started at `t0_ns` (CLOCK_MONOTONIC): it waits
    /// for this before its first tick.
    pub(crate) fn started(&self, t0_ns: u64) {
        self.window_start_ns.store(t0_ns, Ordering::Release);
        self.thread.unpark();
    }

    /// Stops the sampler and returns what it saw.
    pub(crate) fn finish(self) -> Sampled {
        self.stop.store(true, Ordering::Release);
        self.thread.unpark();
        self.done.recv().unwrap_or(Sampled::with_capacity(0))
    }
}

impl Drop for SamplerHandle {
    /// A handle dropped unfinished still ends its job, so the thread's next run is not
    /// queued behind it.
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        self.thread.unpark();
    }
}

/// Samples from the program's start until `stop`. `window_start_ns` is when the program
/// started (CLOCK_MONOTONIC ns), 0 until the supervisor knows: until its `execve`, the
/// program's process is still the launcher's image.
///
/// The loop wakes for whichever comes first, the next sample or the next check of the
/// limits, and between the two it waits on the thread's park so that `stop` ends it at
/// once: at a low sampling rate, waiting out the interval would hold the run's result
/// (and its caller) for up to a second, and checking the limits only at the samples
/// would let the program run on far past its CPU limit.
fn sample_loop(mut setup: SamplerSetup, stop: &AtomicBool, window_start_ns: &AtomicU64) -> Sampled {
    let interval_ns = 1_000_000_000 / u64::from(setup.hz.max(1));
    let mut sampled = Sampled::with_capacity(setup.capacity);
    let mut buf = [0u8; 32];
    // Before the program's exec there is nothing of it to read (its process is still
    // the launcher's image): ticking through the setup would only cost CPU time, which
    // under full load is another run's. Init reads the program's memory at its start;
    // the ticks follow from there at the sampling rate.
    while window_start_ns.load(Ordering::Acquire) == 0 && !stop.load(Ordering::Acquire) {
        thread::park();
    }
    let start_ns = window_start_ns.load(Ordering::Acquire);
    let mut next_sample = start_ns.saturating_add(interval_ns);
    let mut next_check = start_ns.saturating_add(LIMIT_CHECK_INTERVAL_NS);
    while let Some(now) = wait_until(next_sample.min(next_check), stop) {
        let mut memory_kb = None;
        if now >= next_sample {
            memory_kb = setup.memory.resident_kb(&mut buf);
            if let Some(memory_kb) = memory_kb {
                sampled.samples.push(Sample {
                    t_ns: now,
                    memory_kb,
                });
            }
            next_sample += interval_ns;
            let after = monotonic_ns();
            if next_sample <= after {
                // Fell behind (a late wake-up, or preempted): sample again at once and
                // keep the cadence from here. Waiting a whole interval more would lose
                // one tick per late wake-up, which at 20 kHz is most of them; making up
                // every missed tick would burst after a long preemption.
                next_sample = after;
            }
        }
        if let Some(limit_kb) = setup.memory_limit_kb {
            // Without a cgroup the memory limit is ours to keep, at every check too:
            // at a low sampling rate the samples alone come too seldom.
            if memory_kb.is_none() && now >= next_check {
                memory_kb = setup.memory.resident_kb(&mut buf);
                sampled.checked_peak_kb = sampled.checked_peak_kb.max(memory_kb.unwrap_or(0));
            }
            if !sampled.memory_limit_hit && memory_kb.is_some_and(|kb| kb > limit_kb) {
                sampled.memory_limit_hit = true;
                end_run(&setup, &mut sampled);
            }
        }
        if now >= next_check {
            if let Some(used_ns) = read_cpu_ns(&setup) {
                sampled.cpu_ns = sampled.cpu_ns.max(used_ns);
                if !sampled.cpu_limit_hit && used_ns > setup.cpu_limit_ns {
                    sampled.cpu_limit_hit = true;
                    end_run(&setup, &mut sampled);
                }
            }
            next_check = monotonic_ns().saturating_add(LIMIT_CHECK_INTERVAL_NS);
        }
    }
    sampled
}

/// Ends the run for a limit, noting when (the first time only).
fn end_run(setup: &SamplerSetup, sampled: &mut Sampled) {
    sampled.killed_ns.get_or_insert_with(monotonic_ns);
    kill_by_pidfd(setup.pidfd);
}

/// Waits until `deadline_ns` (CLOCK_MONOTONIC) and returns the time it was reached, or
/// `None` as soon as `stop` is set. The wait is the thread's park with a timeout, a futex wait on
/// an absolute hrtimer deadline, as precise as `clock_nanosleep` under this thread's
/// timer slack; the handle's `finish` and `drop` unpark it. A wake-up with time left
/// (a spurious one, or the unpark that announced the program's start) waits again.
fn wait_until(deadline_ns: u64, stop: &AtomicBool) -> Option<u64> {
    loop {
        if stop.load(Ordering::Acquire) {
            return None;
        }
        let now = monotonic_ns();
        if now >= deadline_ns {
            return Some(now);
        }
        thread::park_timeout(Duration::from_nanos(deadline_ns - now));
    }
}

/// The run's CPU time so far: the cgroup's counter, or without one, the process tree's.
fn read_cpu_ns(setup: &SamplerSetup) -> Option<u64> {
    match &setup.cgroup {
        Some(cgroup) => cgroup.cpu_usage_ns().ok(),
        None => setup.memory.tree_cpu_ns(),
    }
}

/// Where a sampler thread may run: the cores it was allowed when it started, less the
/// measured program's.
struct Placement {
    allowed: Option<libc::cpu_set_t>,
    avoiding: Option<usize>,
}

impl Placement {
    /// The cores this thread may use now.
    fn here() -> Placement {
        // SAFETY: set is a properly sized cpu_set_t owned by this frame.
        let allowed = unsafe {
            let mut set: libc::cpu_set_t = std::mem::zeroed();
            (libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) == 0)
                .then_some(set)
        };
        Placement {
            allowed,
            avoiding: None,
        }
    }

    /// Keeps this thread off `cpu` (and on every other allowed core); changes nothing
    /// when it is already so, or when `cpu` is the only allowed core.
    fn avoid(&mut self, cpu: Option<usize>) {
        let Some(allowed) = self.allowed else { return };
        if cpu == self.avoiding {
            return;
        }
        let mut set = allowed;
        if let Some(cpu) = cpu.filter(|&c| c < libc::CPU_SETSIZE as usize) {
            // SAFETY: CPU_CLR stays inside the set for cores below CPU_SETSIZE.
            unsafe { libc::CPU_CLR(cpu, &mut set) };
        }
        // SAFETY: CPU_COUNT reads the set; sched_setaffinity reads a valid set of the size
        // given.
        unsafe {
            if libc::CPU_COUNT(&set) > 0 {
                libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set);
            }
        }
        self.avoiding = cpu;
    }
}

pub(crate) fn kill_by_pidfd(pidfd: RawFd) {
    // SAFETY: pidfd_send_signal takes plain integers and a null siginfo; a pidfd names
    // one process for its whole life, so a recycled pid can never be hit.
    unsafe {
        libc::syscall(
            libc::SYS_pidfd_send_signal,
            pidfd,
            libc::SIGKILL,
            std::ptr::null::<u8>(),
            0,
        );
    }
}

/// Parses leading ASCII digits (a cgroup counter followed by a newline).
fn parse_decimal(bytes: &[u8]) -> Option<u64> {
    let mut value: u64 = 0;
    let mut any = false;
    for &b in bytes {
        if !b.is_ascii_digit() {
            break;
        }
        any = true;
        value = value.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    any.then_some(value)
}

fn page_kb() -> u64 {
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if page > 0 {
        page as u64 / 1024
    } else {
        4
    }
}

/// Fields 14 to 17 of a `stat` line (utime, stime, cutime, cstime), counted after the
/// command name, which is in parentheses and may itself hold spaces.
fn stat_cpu_ticks(stat: &[u8]) -> u64 {
    let Some(close) = stat.iter().rposition(|b| *b == b')') else {
        return 0;
    };
    // After ") ": state is field 3, so utime (14) is the 12th field from there.
    stat[close + 1..]
        .split(|b| *b == b' ')
        .filter(|f| !f.is_empty())
        .skip(11)
        .take(4)
        .filter_map(parse_decimal)
        .sum()
}

/// Every descendant of `root` (not `root` itself), found through the
/// `/proc/PID/task/TID/children` lists.
fn descendants(root: i32) -> Vec<i32> {
    let mut stack = children_of(root);
    let mut found = Vec::new();
    while let Some(pid) = stack.pop() {
        found.push(pid);
        stack.extend(children_of(pid));
    }
    found
}

fn children_of(pid: i32) -> Vec<i32> {
    let mut out = Vec::new();
    let Ok(tasks) = fs::read_dir(format!("/proc/{pid}/task")) else {
        return out;
    };
    for task in tasks.flatten() {
        if let Ok(list) = fs::read_to_string(task.path().join("children")) {
            out.extend(
                list.split_whitespace()
                    .filter_map(|p| p.parse::<i32>().ok()),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_counters_parse_up_to_the_newline() {
        assert_eq!(parse_decimal(b"123456\n"), Some(123_456));
        assert_eq!(parse_decimal(b"\n"), None);
        assert_eq!(parse_decimal(b"99999999999999999999999"), None);
    }

    #[test]
    fn stat_cpu_fields_are_counted_after_the_command_name() {
        // utime 7, stime 3, cutime 20, cstime 1; the name holds spaces and a paren.
        let stat =
            b"42 (my (odd) prog) R 1 42 42 0 -1 4194304 100 0 0 0 7 3 20 1 20 0 1 0 5 1000 10\n";
        assert_eq!(stat_cpu_ticks(stat), 31);
        assert_eq!(stat_cpu_ticks(b"garbage"), 0);
    }

    #[test]
    fn statm_resident_field_is_the_second() {
        assert_eq!(resident_pages(b"6705 5933 1656 1 0 4583 0\n"), 5933);
        assert_eq!(resident_pages(b""), 0);
    }

    #[test]
    fn cgroup_members_are_followed_through_their_statm() {
        let dir = tempfile::tempdir().unwrap();
        let procs = dir.path().join("cgroup.procs");
        std::fs::write(&procs, format!("{}\n", std::process::id())).unwrap();
        let mut tree = MemorySource::new(Members::Cgroup(procs.clone()));
        let kb = tree
            .resident_kb(&mut [0; 32])
            .expect("this process is listed");
        assert!(kb > 1000, "{kb} KiB");
        std::fs::write(&procs, "").unwrap();
        tree.refresh();
        assert_eq!(tree.resident_kb(&mut [0; 32]), None);
    }

    #[test]
    fn proc_tree_sums_the_children_of_a_real_process() {
        // A shell of our own whose only child is `sleep`: other tests of this process
        // start children too, so the tree is rooted at the shell, not at us.
        let mut shell = std::process::Command::new("sh")
            .args(["-c", "sleep 5 & wait"])
            .spawn()
            .unwrap();
        // Let it fork and exec sleep.
        std::thread::sleep(std::time::Duration::from_millis(200));
        let mut tree = MemorySource::descendants(shell.id() as i32);
        let kb = tree
            .resident_kb(&mut [0; 32])
            .expect("sleep is the shell's child");
        for pid in children_of(shell.id() as i32) {
            // SAFETY: signalling the sleep this test started.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        shell.kill().unwrap();
        shell.wait().unwrap();
        assert!(kb > 100 && kb < 100_000, "sleep's RSS {kb} KiB");
    }
}
