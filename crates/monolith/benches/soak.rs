//! The soak: tens of thousands of runs of mixed languages and verdicts through the pool,
//! then a count of everything a run could leave behind. Printed beside the targets (all
//! zero): sandbox errors, runs with another status than their program always gets,
//! leaked processes, cgroups, mounts and temporary directories.
//!
//! Run as root: `cargo bench -p afterburner-monolith --bench soak` (20,000 runs, about
//! ten minutes on two cores; `SOAK_RUNS=N` for another count).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::host::{own_cgroup_dir, HostPaths};
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::pool::{Execute, Pool};
use afterburner_monolith::runner::{RunRequest, Runner};
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig};
use afterburner_monolith::Language::{self, Cpp, Go, Java, JavaScript, Python, Rust};
use afterburner_monolith::{Limits, Status};

/// One program of the mix and the status it always gets (one of them, for a program
/// whose end depends on which limit the kernel's timing lets it reach first).
struct Case {
    language: Language,
    source: &'static str,
    expect: &'static [Status],
    /// A CPU limit of its own, for a program that needs more than the mix's to reach
    /// the limit it is there to hit.
    cpu_ms: Option<u64>,
}

const fn case(language: Language, source: &'static str, expect: &'static [Status]) -> Case {
    Case {
        language,
        source,
        expect,
        cpu_ms: None,
    }
}

impl Case {
    const fn with_cpu_ms(self, cpu_ms: u64) -> Case {
        Case {
            cpu_ms: Some(cpu_ms),
            ..self
        }
    }
}

/// The mix, cycled through in order: every language, most verdicts; the slower runtimes
/// appear less often.
const MIX: &[Case] = &[
    case(Python, "print(sum(range(1000)))\n", &[Status::Success]),
    case(Python, "raise SystemExit(3)\n", &[Status::RuntimeError]),
    case(Python, "while True:\n    pass\n", &[Status::Timeout]),
    // Filled by one C-level copy (a Python loop over its pages spent most of the CPU
    // limit before reaching the memory limit). Faulting in 128 MiB beside the rest of the
    // mix sometimes took the mix's whole 150 ms of CPU before the memory limit ended it,
    // so it gets 400 ms.
    case(Python, "x = bytearray(b'\\x01') * (200 << 20)\n", &[Status::MemoryLimit]).with_cpu_ms(400),
    case(Python, "while True:\n    print('x' * 1000)\n", &[Status::OutputLimit]),
    case(Python, "import os\nif os.fork() == 0:\n    os.setsid()\n    import time\n    time.sleep(60)\nprint('parent done')\n", &[Status::Success]),
    case(Cpp, "#include <cstdio>\nint main(){ std::puts(\"ok\"); }\n", &[Status::Success]),
    case(Cpp, "int main(){ volatile int* p = nullptr; return *p; }\n", &[Status::RuntimeError]),
    // Its memory is nearly all the kernel's, for the forks the process limit refuses,
    // freed some time after each: a high-water mark of 31 to 48 MiB of the 128 MiB limit
    // over 40 runs on a quiet machine, and beside the rest of the mix sometimes all of
    // it, when the kernel's OOM killer ends the run.
    case(Cpp, "#include <unistd.h>\nint main(){ for(;;) fork(); }\n", &[Status::Timeout, Status::MemoryLimit]),
    case(JavaScript, "console.log(6 * 7);\n", &[Status::Success]),
    case(JavaScript, "throw new Error('no');\n", &[Status::RuntimeError]),
    case(Go, "package main\nimport \"fmt\"\nfunc main() { fmt.Println(42) }\n", &[Status::Success]),
    case(Rust, "fn main() { println!(\"{}\", 6 * 7); }\n", &[Status::Success]),
    case(Rust, "fn main() { let v: Vec<u8> = Vec::new(); println!(\"{}\", v[3]); }\n", &[Status::RuntimeError]),
    case(Python, "import sys\nprint(sys.stdin.read().upper())\n", &[Status::Success]),
    case(Java, "public class Main { public static void main(String[] a) { System.out.println(42); } }\n", &[Status::Success]),
];

/// How many runs with an unexpected status are described one by one.
const SHOWN_UNEXPECTED: usize = 10;

/// Tight limits, so the runs that hit them end soon; the JVM gets the time it needs to
/// start.
fn limits(language: Language) -> Limits {
    let (wall_ms, cpu_ms) = if language == Java {
        (3_000, 2_000)
    } else {
        (600, 150)
    };
    Limits {
        wall_ms,
        cpu_ms,
        memory_kb: 128 * 1024,
        processes: 32,
        output_bytes: 64 * 1024,
        ..Limits::default()
    }
}

/// Processes in another pid namespace than ours: only sandboxes make them here.
fn foreign_pid_namespace_processes() -> BTreeSet<i32> {
    let ours = std::fs::read_link("/proc/self/ns/pid").ok();
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_string_lossy().parse::<i32>().ok())
        .filter(|pid| std::fs::read_link(format!("/proc/{pid}/ns/pid")).ok() != ours)
        .collect()
}

/// This process's run cgroups left in any hierarchy.
fn run_cgroups() -> Vec<PathBuf> {
    let paths = HostPaths::default();
    let prefix = format!("run-{}-", std::process::id());
    ["memory", "pids", "cpuacct", "cpuset", ""]
        .iter()
        .filter_map(|c| own_cgroup_dir(&paths, c))
        .map(|d| d.join("afterburner"))
        .filter_map(|base| std::fs::read_dir(base).ok())
        .flat_map(|entries| entries.flatten())
        .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
        .map(|e| e.path())
        .collect()
}

fn mount_count() -> usize {
    std::fs::read_to_string("/proc/self/mountinfo")
        .map(|m| m.lines().count())
        .unwrap_or(0)
}

/// Entries of `dir` whose names start with `prefix`.
fn entries(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .map(|e| e.path())
        .collect()
}

fn main() {
    let total: usize = std::env::var("SOAK_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("compile-cache");
    let config = SandboxConfig::default();
    let staging = config.staging_root.clone();
    let sandbox = Sandbox::new(config).expect("run the soak as root");
    let runner = Runner::new(
        Arc::new(sandbox),
        Toolchains::discover_all(),
        CompileCache::new(&cache),
    );
    let cpus = CpuSet::allowed().expect("the allowed cores");
    let pool = Pool::new(&runner, &cpus);

    let before_processes = foreign_pid_namespace_processes();
    let before_mounts = mount_count();
    let before_staging = entries(&staging, "").len();
    let requests: Vec<RunRequest> = (0..total)
        .map(|i| {
            let case = &MIX[i % MIX.len()];
            let mut request = RunRequest::new(case.language, case.source);
            request.limits = limits(case.language);
            if let Some(cpu_ms) = case.cpu_ms {
                request.limits.cpu_ms = cpu_ms;
            }
            request.stdin = afterburner_monolith::sandbox::Stdin::Bytes(
                format!("run {i}\n").into_bytes().into(),
            );
            request
        })
        .collect();
    println!(
        "soak: {total} runs of {} programs over {} workers",
        MIX.len(),
        pool.width()
    );
    let started = Instant::now();
    let done = AtomicUsize::new(0);
    let results = pool.run_all(&requests, &|_, _| {
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if n % 1000 == 0 {
            eprintln!(
                "  {n}/{total} runs, {:.0} s",
                started.elapsed().as_secs_f64()
            );
        }
    });
    let seconds = started.elapsed().as_secs_f64();
    // Let the last teardowns finish before counting what is left.
    std::thread::sleep(std::time::Duration::from_secs(2));

    let mut sandbox_errors: BTreeMap<String, usize> = BTreeMap::new();
    let mut unexpected: BTreeMap<String, usize> = BTreeMap::new();
    let mut unexpected_runs: Vec<String> = Vec::new();
    let mut by_status: BTreeMap<String, usize> = BTreeMap::new();
    for (i, result) in results.iter().enumerate() {
        let case = &MIX[i % MIX.len()];
        *by_status
            .entry(result.status.name().to_string())
            .or_insert(0) += 1;
        if result.status == Status::SandboxError {
            *sandbox_errors
                .entry(result.reason.clone().unwrap_or_default())
                .or_insert(0) += 1;
        } else if !case.expect.contains(&result.status) {
            let expected: Vec<&str> = case.expect.iter().map(|s| s.name()).collect();
            *unexpected
                .entry(format!(
                    "{} expected {} got {}",
                    case.language,
                    expected.join(" or "),
                    result.status.name()
                ))
                .or_insert(0) += 1;
            if unexpected_runs.len() < SHOWN_UNEXPECTED {
                unexpected_runs.push(format!(
                    "run {i}: {} after {:.1} ms wall, {:.1} ms CPU, peak {} KiB ({})",
                    result.status.name(),
                    result.metrics.wall_ms,
                    result.metrics.cpu_ms,
                    result.metrics.peak_memory_kb,
                    result.reason.as_deref().unwrap_or("no reason given"),
                ));
            }
        }
    }
    // Runs hand their teardown to a background thread: what is left after it is done
    // is leaked.
    runner.sandbox().settle();
    let leaked_processes: Vec<i32> = foreign_pid_namespace_processes()
        .difference(&before_processes)
        .copied()
        .collect();
    let cgroups = run_cgroups();
    let mounts = mount_count().saturating_sub(before_mounts);
    let temp = entries(
        &std::env::temp_dir(),
        &format!("afterburner-build-{}-", std::process::id()),
    );
    let staging_left = entries(&staging, "").len().saturating_sub(before_staging);
    let _ = std::fs::remove_dir_all(&cache);

    println!(
        "{total} runs in {seconds:.0} s ({:.1} runs/s); statuses: {by_status:?}",
        total as f64 / seconds
    );
    let row = |what: &str, count: usize| {
        println!(
            "{what:<32} {count:>6}   target 0   {}",
            if count == 0 { "ok" } else { "MISSED" }
        );
    };
    row("sandbox errors", sandbox_errors.values().sum());
    row("runs with an unexpected status", unexpected.values().sum());
    row("leaked processes", leaked_processes.len());
    row("leaked cgroups", cgroups.len());
    row("leaked mounts", mounts);
    row("leaked temporary directories", temp.len() + staging_left);
    for (reason, count) in &sandbox_errors {
        println!("  sandbox error ×{count}: {reason}");
    }
    for (what, count) in &unexpected {
        println!("  ×{count}: {what}");
    }
    for run in &unexpected_runs {
        println!("    {run}");
    }
    if !leaked_processes.is_empty() {
        println!("  processes: {leaked_processes:?}");
    }
    for path in cgroups.iter().chain(&temp) {
        println!("  left: {}", path.display());
    }
}
