//! The supervisor: starts one sandboxed program, feeds and drains it, enforces its
//! limits, and turns what it saw into a [`RunResult`].

use std::ffi::CString;
use std::fs::File;
use std::io::{self, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::Arc;

use super::io::{above_stdio, os_error, pipe, stdin_fd, Capture};
use super::verdict::{decide, Ended, Observed};

use super::launch::{command_line_areas, init_entry, monotonic_ns, CStrings, Launch, Stacks};
use super::mounts::{fits_template, MountPlan};
use super::report::{Report, Stage};
use super::spec::SandboxSpec;
use super::sys;
use super::{teardown, RunIds, Sandbox};
use crate::cgroup::{CgroupLimits, RunCgroup};
use crate::measure::{self, Sample};
use crate::result::{IntegralMethod, Metrics, RunResult, SandboxCost};
use crate::sampler::{kill_by_pidfd, MemorySource, SamplerHandle, SamplerSetup};

/// The namespaces every run's init is cloned into; the network namespace is a lent one
/// (see `netns`) or, in a user namespace, a new one too.
const NAMESPACES: libc::c_int =
    libc::CLONE_NEWPID | libc::CLONE_NEWNS | libc::CLONE_NEWIPC | libc::CLONE_NEWUTS;

/// Most timeline points kept in a result.
const TIMELINE_POINTS: usize = 1000;

/// Most samples kept per run (about 100 s at 20 kHz); the integral stays exact past it
/// only up to that span, which is far beyond any sensible time limit.
const MAX_SAMPLES: usize = 2_000_000;

/// This process's resident memory in KiB (0 if unreadable).
fn own_rss_kb() -> u64 {
    let pages = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<u64>().ok())
        .unwrap_or(0);
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(4096) as u64;
    pages * page / 1024
}

/// The program's own share of the kernel's high-water mark `max_rss_kb`: before exec
/// its process shared the launcher's memory (`inherited_kb`, read shortly before), and
/// the mark counts that. A mark clearly above it is the program's; otherwise it tells
/// nothing (0), and the sampled peak and the cgroup's mark decide.
fn program_max_rss_kb(max_rss_kb: u64, inherited_kb: u64) -> u64 {
    // Allow for the launcher growing between the reading and the clone.
    let inherited = inherited_kb + inherited_kb / 10 + 1024;
    if max_rss_kb > inherited {
        max_rss_kb
    } else {
        0
    }
}

fn rlimit(soft: u64, hard: u64) -> libc::rlimit {
    libc::rlimit {
        rlim_cur: soft,
        rlim_max: hard,
    }
}

/// A run's init, as its supervisor knows it.
struct Init<'a> {
    pid: libc::pid_t,
    pidfd: &'a OwnedFd,
    release: Release<'a>,
}

/// Init's wait at its exit for us to hold its mount namespace (with a template).
struct Release<'a> {
    /// The write end init waits on; closing it lets init exit.
    writer: Option<OwnedFd>,
    /// Where the reference goes.
    held: &'a mut Option<OwnedFd>,
}

impl Release<'_> {
    /// Takes a reference to init's mount namespace, then lets init exit. Called once
    /// init has reported the program's start, by when it has copied the template; if
    /// init is killed first, its exit releases the namespace itself.
    fn hold(&mut self, init: libc::pid_t) {
        if let Some(writer) = self.writer.take() {
            *self.held = teardown::hold_mount_namespace(init);
            drop(writer);
        }
    }
}

/// What the supervisor collected while the run lasted.
struct Supervised {
    ended: Option<Ended>,
    stdout: Capture,
    stderr: Capture,
    reports: Vec<Report>,
    /// The end of a run init could not report (CLOCK_MONOTONIC): when the supervisor
    /// killed it, else when it saw init exit. Not the moment init's exit was seen after
    /// a kill: the kernel tears the namespace down first (unmounting a tmpfs of 400,000
    /// files takes a second), and that is our cost, not the program's time.
    end_seen_ns: u64,
}

impl Sandbox {
    /// Runs `spec` and reports what happened. Never panics on a hostile program: every
    /// failure of our own machinery becomes a `sandbox_error` result.
    pub fn run(&self, spec: &SandboxSpec) -> RunResult {
        let began_ns = monotonic_ns();
        // Held until `run_in` has reaped init, by when no process of the run is left.
        let user = match self.lease_user() {
            Ok(user) => user,
            Err(e) => return RunResult::sandbox_error(e),
        };
        let ids = self.run_ids(user.as_ref());
        let name = self.next_run_name();
        let cgroup: Option<Arc<dyn RunCgroup>> = match &self.cgroups {
            Some(manager) => {
                let limits = CgroupLimits {
                    memory_bytes: spec.limits.memory_kb * 1024,
                    pids: spec.limits.processes,
                    cpu: spec.cpu,
                };
                match manager.create(&name, limits) {
                    Ok(cg) => Some(Arc::from(cg)),
                    Err(e) => {
                        return RunResult::sandbox_error(format!("creating the run's cgroup: {e}"))
                    }
                }
            }
            None => None,
        };
        let mut result = self
            .run_in(spec, ids, cgroup.clone(), began_ns)
            .unwrap_or_else(RunResult::sandbox_error);
        // Its figures are read and its processes gone (init's exit took them all).
        if let Some(cg) = cgroup {
            teardown::remove_later(cg);
        }
        result.isolation = self.isolation_for(spec);
        result
    }

    fn run_in(
        &self,
        spec: &SandboxSpec,
        ids: RunIds,
        cgroup: Option<Arc<dyn RunCgroup>>,
        began_ns: u64,
    ) -> Result<RunResult, String> {
        let limits = &spec.limits;
        let template = self
            .template
            .as_ref()
            .filter(|_| fits_template(&spec.mounts, spec.work_dir.as_deref()));
        let plan = match template {
            Some(_) => MountPlan::in_template(
                spec.app.as_deref(),
                limits.work_dir_kb,
                ids.inner.0,
                ids.inner.1,
            ),
            None => MountPlan::new(
                &self.base_view,
                &spec.mounts,
                spec.work_dir.as_deref(),
                spec.app.as_deref(),
                limits.work_dir_kb,
                ids.inner.0,
                ids.inner.1,
            ),
        };
        // With a template, init's own mount namespace exists only once it has copied the
        // template; init waits at its exit until we hold that namespace.
        let release = match template {
            Some(_) => Some(pipe()?),
            None => None,
        };
        let program = CString::new(spec.command.program.as_os_str().as_encoded_bytes().to_vec())
            .map_err(|_| "the program path holds a NUL byte".to_string())?;
        let argv_strings = CStrings::new(
            std::iter::once(spec.command.program.to_string_lossy().into_owned())
                .chain(spec.command.args.iter().cloned()),
        );
        let env_strings = CStrings::new(spec.command.env.iter().map(|(k, v)| format!("{k}={v}")));
        let cwd = CString::new(spec.command.cwd.as_os_str().as_encoded_bytes().to_vec())
            .map_err(|_| "the working directory holds a NUL byte".to_string())?;

        let stdin = above_stdio(stdin_fd(&spec.stdin)?)?;
        let (out_r, out_w) = pipe()?;
        let (err_r, err_w) = pipe()?;
        let (report_r, report_w) = pipe()?;
        let (out_w, err_w, report_w) = (
            above_stdio(out_w)?,
            above_stdio(err_w)?,
            above_stdio(report_w)?,
        );
        let mut procs = Vec::new();
        if let Some(cg) = &cgroup {
            for path in cg.procs_files() {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(&path)
                    .map_err(|e| format!("opening {}: {e}", path.display()))?;
                procs.push(above_stdio(OwnedFd::from(file))?);
            }
        }
        let userns = if self.user_namespace {
            Some(pipe()?)
        } else {
            None
        };
        // Held until the run is over: init's exit waits for every process of its pid
        // namespace, so none is left in the network namespace when it goes back.
        let netns = match &self.netns {
            Some(pool) => Some(pool.lease()?),
            None => None,
        };

        let cpu_set = match spec.cpu {
            Some(cpu) if cpu >= libc::CPU_SETSIZE as usize => {
                return Err(format!("CPU {cpu} does not exist"))
            }
            Some(cpu) => {
                // SAFETY: cpu_set_t is plain data (zeroed is the empty set) and `cpu` is
                // below CPU_SETSIZE, so CPU_SET stays inside it.
                Some(unsafe {
                    let mut set: libc::cpu_set_t = std::mem::zeroed();
                    libc::CPU_SET(cpu, &mut set);
                    set
                })
            }
            None => None,
        };
        let (cpu_soft, cpu_hard) = limits.cpu_backstop_seconds();
        let mut rlimits = vec![
            (libc::RLIMIT_CPU, rlimit(cpu_soft, cpu_hard)),
            (
                libc::RLIMIT_FSIZE,
                rlimit(limits.file_size_bytes, limits.file_size_bytes),
            ),
            (
                libc::RLIMIT_NOFILE,
                rlimit(limits.open_files, limits.open_files),
            ),
            (libc::RLIMIT_CORE, rlimit(0, 0)),
        ];
        if cgroup.is_none() {
            rlimits.push((
                libc::RLIMIT_NPROC,
                rlimit(limits.processes, limits.processes),
            ));
        }
        let mut keep: Vec<RawFd> = [&stdin, &out_w, &err_w, &report_w]
            .iter()
            .map(|fd| fd.as_raw_fd())
            .chain(procs.iter().map(|fd| fd.as_raw_fd()))
            .chain(userns.iter().map(|(r, _)| r.as_raw_fd()))
            .chain(netns.iter().map(|lease| lease.fd()))
            .chain(template.map(|t| t.fd()))
            .chain(release.iter().map(|(r, _)| r.as_raw_fd()))
            .collect();
        keep.sort_unstable();
        let argv = argv_strings.pointers();
        let envp = env_strings.pointers();
        let stacks = Stacks::take().map_err(|e| format!("mapping the run's stacks: {e}"))?;
        let shares_memory = self.init_shares_memory();
        // What the program's process inherits before exec: the kernel's high-water mark
        // of its memory counts these pages, so a mark not above them is not the program's.
        let inherited_kb = own_rss_kb();
        // SAFETY: sysconf has no preconditions.
        let page_kb = (unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(4096) / 1024) as u64;
        let launch = Launch {
            plan: &plan,
            program,
            argv,
            envp,
            cwd,
            hostname: CString::from(c"sandbox"),
            cgroup_procs: procs.iter().map(|fd| fd.as_raw_fd()).collect(),
            stdin: stdin.as_raw_fd(),
            stdout: out_w.as_raw_fd(),
            stderr: err_w.as_raw_fd(),
            report: report_w.as_raw_fd(),
            userns_ready: userns.as_ref().map(|(r, _)| r.as_raw_fd()),
            netns: netns.as_ref().map(|lease| lease.fd()),
            template: template.map(|t| t.fd()),
            release: release.as_ref().map(|(r, _)| r.as_raw_fd()),
            keep,
            cpu: cpu_set,
            rlimits,
            uid: ids.inner.0,
            gid: ids.inner.1,
            seccomp: self.seccomp.as_ref(),
            program_stack: &stacks.program,
            page_kb,
            shares_memory,
            scrub: command_line_areas(),
        };
        let mut flags = NAMESPACES;
        if netns.is_none() {
            flags |= libc::CLONE_NEWNET;
        }
        if self.user_namespace {
            flags |= libc::CLONE_NEWUSER;
        }
        if shares_memory {
            flags |= libc::CLONE_VM;
        }
        if template.is_some() {
            flags &= !libc::CLONE_NEWNS;
        }
        // SAFETY: init starts on its own stack and runs only `init_main`, which makes
        // syscalls (no errno, no allocation) on `launch` and never returns. When it
        // shares our memory, `launch`, what it points to and the stacks stay alive until
        // init is reaped: the only way out of this function before `supervise` reaps it
        // is the `pidfd_open` failure below, which reaps it too (`write_id_maps` is for
        // user namespaces, whose init is a copy).
        let pid = unsafe {
            sys::clone_on_stack(
                flags | libc::SIGCHLD,
                &stacks.init,
                init_entry,
                (&launch as *const Launch).cast(),
            )
        }
        .map_err(|e| {
            format!(
                "clone with new namespaces: {}",
                io::Error::from_raw_os_error(e)
            )
        })?;
        let spawned_ns = monotonic_ns();
        // Ours until the run is over, so that init's exit does not wait for its teardown
        // (with a template, taken once init reports the program's start).
        let mut mount_namespace = match template {
            Some(_) => None,
            None => teardown::hold_mount_namespace(pid),
        };
        let release = release.map(|(r, w)| {
            drop(r);
            w
        });
        drop((stdin, out_w, err_w, report_w, procs));
        if let Some((ready_r, ready_w)) = userns {
            drop(ready_r);
            self.write_id_maps(pid, ids)?;
            let mut w = File::from(ready_w);
            let _ = w.write_all(b"1");
        }
        // SAFETY: pidfd_open on our own unreaped child.
        let pidfd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) } as RawFd;
        if pidfd < 0 {
            let e = os_error("pidfd_open");
            // SAFETY: plain syscalls on our own child.
            unsafe {
                libc::kill(pid, libc::SIGKILL);
                libc::waitpid(pid, std::ptr::null_mut(), 0);
            }
            return Err(e);
        }
        // SAFETY: pidfd is a fresh descriptor we own.
        let pidfd = unsafe { OwnedFd::from_raw_fd(pidfd) };

        let memory = match &cgroup {
            Some(cg) => MemorySource::cgroup(cg.as_ref())
                .map_err(|e| format!("opening cgroup memory: {e}"))?,
            None => MemorySource::descendants(pid),
        };
        let expected = (spec.sample_hz as u64 * (limits.wall_ms + 1000) / 1000) as usize;
        let sampler = SamplerHandle::start(SamplerSetup {
            memory,
            cgroup: cgroup.clone(),
            cpu_limit_ns: limits.cpu_ms * 1_000_000,
            memory_limit_kb: cgroup.is_none().then_some(limits.memory_kb),
            hz: spec.sample_hz,
            avoid_cpu: spec.cpu,
            pidfd: pidfd.as_raw_fd(),
            capacity: expected.min(MAX_SAMPLES),
        });
        let sampler = match sampler {
            Ok(s) => Some(s),
            Err(e) => {
                kill_by_pidfd(pidfd.as_raw_fd());
                tracing::error!("starting the sampler: {e}");
                None
            }
        };

        let Supervised {
            ended,
            mut stdout,
            mut stderr,
            reports,
            end_seen_ns,
        } = self.supervise(
            spec,
            Init {
                pid,
                pidfd: &pidfd,
                release: Release {
                    writer: release,
                    held: &mut mount_namespace,
                },
            },
            [report_r, out_r, err_r],
            spawned_ns,
            sampler.as_ref(),
        );
        // Init is reaped: nothing runs on the stacks any more.
        drop(launch);
        stacks.keep();
        if let Some(namespace) = mount_namespace {
            teardown::release_later(namespace);
        }
        let sampled = sampler.map(SamplerHandle::finish);
        let Some(sampled) = sampled else {
            return Err("the memory sampler could not start".into());
        };
        let sampled_memory_limit_hit = sampled.memory_limit_hit;

        let mut t0 = None;
        let mut exited = None;
        for report in &reports {
            match *report {
                Report::SetupFailed {
                    stage,
                    errno,
                    detail,
                } => {
                    let what = if stage == Stage::Mounts {
                        format!("{} ({})", stage.describe(), plan.describe(detail as usize))
                    } else {
                        stage.describe().to_string()
                    };
                    return Err(format!("{what}: {}", io::Error::from_raw_os_error(errno)));
                }
                Report::ExecFailed { errno } => {
                    return Err(format!(
                        "could not start {}: {}",
                        spec.command.program.display(),
                        io::Error::from_raw_os_error(errno)
                    ))
                }
                Report::Started { t0_ns, resident_kb } => t0 = Some((t0_ns, resident_kb)),
                Report::Exited { .. } => exited = Some(*report),
            }
        }
        let (t0, start_kb) =
            t0.ok_or("the program never started (the sandbox's init died during setup)")?;
        let t_end = match exited {
            Some(Report::Exited { t_end_ns, .. }) => t_end_ns,
            // Killed: the run ended with the first kill, the sampler's or ours.
            _ => sampled
                .killed_ns
                .map_or(end_seen_ns, |k| k.min(end_seen_ns)),
        };

        let wall_ns = t_end.saturating_sub(t0);
        let samples: Vec<Sample> = sampled.samples;
        // Only what was read while the program ran counts. Before its start, the
        // program's process was still the launcher's image, and its memory is not the
        // program's; init's reading at the start is a sample every run has.
        let during = {
            let from = samples.partition_point(|s| s.t_ns < t0);
            let to = samples.partition_point(|s| s.t_ns <= t_end);
            &samples[from..to.max(from)]
        };
        let inside = during.len() as u64;
        let window: Vec<Sample> = (start_kb > 0)
            .then_some(Sample {
                t_ns: t0,
                memory_kb: start_kb,
            })
            .into_iter()
            .chain(during.iter().copied())
            .collect();
        let sampled_peak = measure::peak_kb(&window);
        let (user_us, sys_us, rss_kb, wait_status) = match exited {
            Some(Report::Exited {
                user_us,
                sys_us,
                max_rss_kb,
                wait_status,
                ..
            }) => (user_us, sys_us, max_rss_kb, Some(wait_status)),
            _ => (0, 0, 0, None),
        };
        let (cpu_ns, kernel_peak_kb, oom) = match &cgroup {
            Some(cg) => (
                cg.cpu_usage_ns().map_err(|e| e.to_string())?,
                cg.memory_peak_bytes()
                    .map_err(|e| e.to_string())?
                    .unwrap_or(0)
                    / 1024,
                cg.oom_killed().map_err(|e| e.to_string())?,
            ),
            // Without a cgroup, init's rusage of the program, or for a run killed
            // before init could report, what the sampler last read of the tree.
            None => (((user_us + sys_us) * 1000).max(sampled.cpu_ns), 0, false),
        };
        // With a cgroup, its high-water mark is the kernel's peak: it holds no page of
        // the launcher's. Without one, only the rusage mark is left, which also counts
        // the launcher's memory when that was larger (the program's process shared it
        // until exec): used as it is only when nothing else saw the program, an upper
        // bound rather than 0.
        let peak_memory_kb = match &cgroup {
            // At least the one page every process has, should the mark lag behind.
            Some(_) => sampled_peak.max(kernel_peak_kb).max(page_kb),
            None => match sampled_peak
                .max(sampled.checked_peak_kb)
                .max(program_max_rss_kb(rss_kb, inherited_kb))
            {
                0 => rss_kb,
                observed => observed,
            },
        };
        // A run shorter than the sampling period may have no reading of the program
        // inside it: then its peak held for the whole run bounds the integral from
        // above, so a fast program cannot win the integral by outrunning the sampler.
        let (integral_kb_ms, integral_method) = if measure::peak_kb(during) == 0 {
            (
                peak_memory_kb as f64 * wall_ns as f64 / 1e6,
                IntegralMethod::PeakTimesWall,
            )
        } else {
            (
                measure::integral_kb_ms(&window, t0, t_end),
                IntegralMethod::Samples,
            )
        };
        let metrics = Metrics {
            wall_ms: wall_ns as f64 / 1e6,
            cpu_ms: cpu_ns as f64 / 1e6,
            peak_memory_kb,
            integral_kb_ms,
            integral_method,
            samples: inside,
            sample_hz: if wall_ns > 0 {
                inside as f64 / (wall_ns as f64 / 1e9)
            } else {
                0.0
            },
        };

        let verdict = decide(
            &Observed {
                ended,
                oom_killed: oom,
                memory_limit_hit: sampled_memory_limit_hit,
                // Polled every few ms, the limit may be passed by a little before the
                // sampler sees it: the final figure decides.
                cpu_limit_hit: sampled.cpu_limit_hit || cpu_ns > limits.cpu_ms * 1_000_000,
                wait_status,
            },
            limits,
        );
        let timeline = spec
            .timeline
            .then(|| measure::downsample(&window, t0, TIMELINE_POINTS));
        Ok(RunResult {
            status: verdict.status,
            reason: verdict.reason,
            exit_code: verdict.exit_code,
            signal: verdict.signal,
            stdout: stdout.text(),
            stderr: stderr.text(),
            stdout_truncated: std::mem::take(&mut stdout.truncated),
            stderr_truncated: std::mem::take(&mut stderr.truncated),
            metrics,
            compile: None,
            isolation: Default::default(),
            sandbox: SandboxCost {
                setup_ms: t0.saturating_sub(began_ns) as f64 / 1e6,
                teardown_ms: monotonic_ns().saturating_sub(t_end) as f64 / 1e6,
            },
            timeline,
        })
    }

    /// Waits for init to exit while draining output and watching the wall clock.
    /// Tells the sampler when the program started.
    fn supervise(
        &self,
        spec: &SandboxSpec,
        Init {
            pid,
            pidfd,
            mut release,
        }: Init,
        [report_r, out_r, err_r]: [OwnedFd; 3],
        spawned_ns: u64,
        sampler: Option<&SamplerHandle>,
    ) -> Supervised {
        let cap = spec.limits.output_bytes as usize;
        let mut out = Capture::new(out_r);
        let mut err = Capture::new(err_r);
        let mut reports = Capture::new(report_r);
        let mut ended = None;
        // Until the program starts, setup time counts against a generous deadline; from
        // its start, the wall limit applies exactly.
        let setup_grace_ns = 10_000_000_000;
        let mut deadline = spawned_ns + setup_grace_ns + spec.limits.wall_ms * 1_000_000;
        let mut started = false;
        // An output flood seen before init reported the program's start: the kill waits
        // for that report (the flood meanwhile goes unread past the cap), since a kill
        // now could stop init before it writes it, leaving the run without a window.
        let mut kill_when_started = false;
        let mut killed_at = None;
        let end_seen;
        loop {
            let mut fds = vec![libc::pollfd {
                fd: pidfd.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            }];
            for c in [&out, &err, &reports] {
                if let Some(fd) = &c.fd {
                    fds.push(libc::pollfd {
                        fd: fd.as_raw_fd(),
                        events: libc::POLLIN,
                        revents: 0,
                    });
                }
            }
            let now = monotonic_ns();
            let wait_ms = if ended.is_some() {
                100
            } else {
                (deadline.saturating_sub(now) / 1_000_000).clamp(0, 100)
            };
            // SAFETY: fds is a valid array of pollfd for its length.
            unsafe {
                libc::poll(
                    fds.as_mut_ptr(),
                    fds.len() as libc::nfds_t,
                    wait_ms as libc::c_int,
                )
            };
            if out.pump(cap) || err.pump(cap) {
                ended.get_or_insert(Ended::OutputLimit);
                if started {
                    killed_at.get_or_insert_with(monotonic_ns);
                    kill_by_pidfd(pidfd.as_raw_fd());
                } else {
                    kill_when_started = true;
                }
            }
            reports.pump(usize::MAX);
            if !started {
                if let Some(Report::Started { t0_ns, .. }) = Report::parse_all(&reports.data)
                    .into_iter()
                    .find(|r| matches!(r, Report::Started { .. }))
                {
                    started = true;
                    if let Some(sampler) = sampler {
                        sampler.started(t0_ns);
                    }
                    release.hold(pid);
                    deadline = t0_ns + spec.limits.wall_ms * 1_000_000;
                    if kill_when_started {
                        killed_at.get_or_insert_with(monotonic_ns);
                        kill_by_pidfd(pidfd.as_raw_fd());
                    }
                }
            }
            if fds[0].revents & libc::POLLIN != 0 {
                end_seen = killed_at.unwrap_or_else(monotonic_ns);
                break;
            }
            if ended.is_none() && monotonic_ns() >= deadline {
                ended = Some(Ended::WallLimit);
                killed_at.get_or_insert_with(monotonic_ns);
                kill_by_pidfd(pidfd.as_raw_fd());
            }
        }
        // Init has exited; the kernel has killed and reaped the rest of its namespace, so
        // every writer is gone and the pipes end.
        // SAFETY: reaping our own child.
        unsafe { libc::waitpid(pid, std::ptr::null_mut(), 0) };
        // Non-blocking reads with no writer left: what is not there now never comes.
        for capture in [&mut out, &mut err] {
            if capture.pump(cap) {
                ended.get_or_insert(Ended::OutputLimit);
            }
            capture.fd = None;
        }
        reports.pump(usize::MAX);
        Supervised {
            ended,
            stdout: out,
            stderr: err,
            reports: Report::parse_all(&reports.data),
            end_seen_ns: end_seen,
        }
    }
}
