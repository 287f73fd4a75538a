//! Shared set-up for the integration tests: one sandbox and runner per test binary.

#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::runner::{RunRequest, Runner};
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig, Stdin};
use afterburner_monolith::{Language, Limits, RunResult};

/// A runner with full isolation and the tests' shared compile cache.
pub fn runner() -> &'static Runner {
    static RUNNER: OnceLock<Runner> = OnceLock::new();
    RUNNER.get_or_init(|| make_runner(SandboxConfig::default()))
}

/// A runner with a custom sandbox configuration.
pub fn make_runner(config: SandboxConfig) -> Runner {
    let sandbox =
        Sandbox::new(config).expect("the sandbox needs root and cgroups (run the tests as root)");
    // In /tmp, not under the build directory: the user-namespace sandbox of the fallback
    // tests reads it as an unprivileged user, and a checkout may sit in a 0700 directory.
    let cache = std::env::temp_dir().join("afterburner-test-compile-cache");
    Runner::new(
        Arc::new(sandbox),
        Toolchains::discover_all(),
        CompileCache::new(cache),
    )
}

/// Limits small enough that hostile programs hit them quickly.
pub fn tight_limits() -> Limits {
    Limits {
        wall_ms: 3_000,
        cpu_ms: 2_000,
        memory_kb: 256 * 1024,
        processes: 32,
        output_bytes: 64 * 1024,
        file_size_bytes: 4 * 1024 * 1024,
        open_files: 64,
        work_dir_kb: 8 * 1024,
    }
}

/// Runs `source` with tight limits.
pub fn run(language: Language, source: &str) -> RunResult {
    run_with(language, source, tight_limits(), Stdin::Empty)
}

/// Runs `source` with the given limits and stdin.
pub fn run_with(language: Language, source: &str, limits: Limits, stdin: Stdin) -> RunResult {
    let mut request = RunRequest::new(language, source);
    request.limits = limits;
    request.stdin = stdin;
    runner().run(&request)
}

/// Pids of host processes whose command line contains `marker`.
pub fn processes_with(marker: &str) -> Vec<i32> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let text = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        if text.contains(marker) && pid != std::process::id() as i32 {
            found.push(pid);
        }
    }
    found
}

/// Run cgroups of this test process still present in any hierarchy.
pub fn run_cgroups() -> Vec<PathBuf> {
    use afterburner_monolith::host::{own_cgroup_dir, HostPaths};
    let paths = HostPaths::default();
    let prefix = format!("run-{}-", std::process::id());
    let bases: Vec<PathBuf> = ["memory", "pids", "cpuacct", "cpuset", ""]
        .iter()
        .filter_map(|c| own_cgroup_dir(&paths, c))
        .map(|d| d.join("afterburner"))
        .collect();
    assert!(
        bases.iter().any(|b| b.is_dir()),
        "no run cgroup base found among {bases:?}"
    );
    bases
        .iter()
        .filter_map(|b| std::fs::read_dir(b).ok())
        .flat_map(|entries| entries.flatten())
        .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
        .map(|e| e.path())
        .collect()
}

/// Asserts the run failed with `status`, printing the result otherwise.
#[track_caller]
pub fn assert_status(result: &RunResult, status: afterburner_monolith::Status) {
    assert_eq!(
        result.status, status,
        "reason: {:?}\nstdout: {}\nstderr: {}",
        result.reason, result.stdout, result.stderr
    );
}

/// `mib` MiB of memory, every page touched, so this process (the launcher) holds it.
pub fn ballast(mib: usize) -> Vec<u8> {
    let ballast: Vec<u8> = vec![1; mib << 20];
    let touched: usize = ballast.iter().step_by(4096).map(|&b| b as usize).sum();
    assert_eq!(touched, (mib << 20) / 4096);
    ballast
}

/// Asserts a tiny program's peak and integral stay far below a large launcher's memory.
#[track_caller]
pub fn assert_launcher_not_counted(language: Language, result: &RunResult) {
    let m = &result.metrics;
    assert!(m.peak_memory_kb < 64 * 1024, "{language}: {m:?}");
    assert!(
        m.integral_kb_ms < 64.0 * 1024.0 * m.wall_ms,
        "{language}: {m:?}"
    );
}

/// A Python run that takes something and holds it while the test looks from outside.
///
/// The program re-execs itself with a marker in its command line (so the test can find
/// its process), runs `body`, writes its user id to `/tmp/holding` and holds what it took
/// until the test releases it (or its wall limit ends it).
pub struct Holder {
    pid: i32,
    /// The run's user id, as the program saw it.
    pub uid: u32,
    run: Option<std::thread::JoinHandle<RunResult>>,
}

/// The source of a [`Holder`]'s program.
pub fn holding_program(marker: &str, body: &str) -> String {
    format!(
        "import os, sys, time\nif len(sys.argv) < 2:\n    os.execv(sys.executable, [sys.executable, '-B', '/app/main.py', '{marker}'])\n{body}\nwith open('/tmp/holding.part', 'w') as f:\n    f.write(str(os.getuid()))\nos.rename('/tmp/holding.part', '/tmp/holding')\nwhile not os.path.exists('/tmp/release'):\n    time.sleep(0.005)\n"
    )
}

impl Holder {
    /// Starts `run` (of a [`holding_program`] with `marker`) on another thread and waits
    /// until the program holds, however slow the machine; panics with the run's result
    /// if it ended first.
    pub fn start(marker: &str, run: impl FnOnce() -> RunResult + Send + 'static) -> Holder {
        let run = std::thread::spawn(run);
        loop {
            for pid in processes_with(marker) {
                let holding = format!("/proc/{pid}/root/tmp/holding");
                if let Ok(uid) = std::fs::read_to_string(holding) {
                    let uid = uid.trim().parse().expect("the holder writes its uid");
                    return Holder {
                        pid,
                        uid,
                        run: Some(run),
                    };
                }
            }
            if run.is_finished() {
                panic!("the program ended before holding: {:?}", run.join());
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    /// Lets the program end and returns its result.
    pub fn release(mut self) -> RunResult {
        self.let_go();
        let run = self.run.take().expect("released once");
        run.join().expect("the run's thread")
    }

    fn let_go(&self) {
        let _ = std::fs::write(format!("/proc/{}/root/tmp/release", self.pid), "");
    }
}

impl Drop for Holder {
    fn drop(&mut self) {
        // A failed assertion must not leave the program holding until its wall limit.
        if self.run.is_some() {
            self.let_go();
        }
    }
}
