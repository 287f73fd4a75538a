//! Monolith's figures, printed side by side with their targets:
//! isolation overhead, sampling rate and cost, stability over repeated runs, and the
//! compile cache. Run as root: `cargo bench -p afterburner-monolith --bench monolith`.

use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Instant;

use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::runner::{Program, RunRequest, Runner};
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig};
use afterburner_monolith::stats::summarize;
use afterburner_monolith::Language::{self, Cpp, Python, Rust};
use afterburner_monolith::{RunResult, Status};

const HELLO_CPP: &str = "#include <cstdio>\nint main(){ std::puts(\"hello\"); }\n";
const HELLO_RUST: &str = "fn main(){ println!(\"hello\"); }\n";
/// About 200 ms of pure CPU work in CPython.
const CPU_200MS: &str = "def work():\n    x = 0\n    for i in range(9_000_000):\n        x ^= i * 7\n    return x\nprint(work())\n";
/// Fixed CPU work of about a second.
const CPU_1S: &str = "def work():\n    x = 0\n    for i in range(20_000_000):\n        x ^= i * 7\n    return x\nprint(work())\n";

fn median(values: &[f64]) -> f64 {
    summarize(values).map_or(f64::NAN, |s| s.median)
}

fn measured_core() -> usize {
    CpuSet::allowed()
        .ok()
        .and_then(|s| s.iter().last())
        .unwrap_or(0)
}

fn runner(cache: &std::path::Path) -> Runner {
    let sandbox = Sandbox::new(SandboxConfig::default()).expect("run the bench as root");
    Runner::new(
        Arc::new(sandbox),
        Toolchains::discover_all(),
        CompileCache::new(cache),
    )
}

fn request(language: Language, source: &str, hz: u32) -> RunRequest {
    let mut r = RunRequest::new(language, source);
    r.cpu = Some(measured_core());
    r.sample_hz = hz;
    r
}

fn run_n(runner: &Runner, program: &Program, request: &RunRequest, n: usize) -> Vec<RunResult> {
    runner.execute(program, request); // warm-up
    (0..n)
        .map(|_| {
            let r = runner.execute(program, request);
            assert_eq!(r.status, Status::Success, "{:?} {}", r.reason, r.stderr);
            r
        })
        .collect()
}

fn monotonic_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: ts is a valid timespec to fill.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

/// Wall time (ms) of one bare run of a command, timed like the sandbox times its
/// programs: from just before `execve` (recorded in the child) to the parent's `wait`
/// returning. Pinned to the same core.
fn bare_ms(program: &str, args: &[&str]) -> f64 {
    let core = measured_core();
    {
        let mut fds = [0; 2];
        // SAFETY: fds is a valid array for pipe to fill.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        let (read_end, write_end) = (fds[0], fds[1]);
        let mut cmd = Command::new(program);
        cmd.args(args).stdout(Stdio::null()).stderr(Stdio::null());
        // SAFETY: only async-signal-safe calls (sched_setaffinity, clock_gettime, write)
        // on stack data between fork and exec.
        unsafe {
            cmd.pre_exec(move || {
                let mut set: libc::cpu_set_t = std::mem::zeroed();
                libc::CPU_SET(core, &mut set);
                libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set);
                let t0 = monotonic_ns();
                libc::write(write_end, (&t0 as *const u64).cast(), 8);
                Ok(())
            });
        }
        cmd.status().expect("bare run");
        let end = monotonic_ns();
        let mut t0 = 0u64;
        // SAFETY: reading 8 bytes into a u64; closing our two pipe ends.
        unsafe {
            libc::read(read_end, (&mut t0 as *mut u64).cast(), 8);
            libc::close(read_end);
            libc::close(write_end);
        }
        (end - t0) as f64 / 1e6
    }
}

/// Median sandboxed and bare wall times over `n` alternating runs (alternating, so that
/// a noisy period of the host disturbs both alike).
fn overhead(
    runner: &Runner,
    program: &Program,
    request: &RunRequest,
    bare: (&str, &[&str]),
    n: usize,
) -> (f64, f64) {
    run_n(runner, program, request, 2);
    bare_ms(bare.0, bare.1);
    let (mut sandboxed, mut direct) = (Vec::new(), Vec::new());
    for _ in 0..n {
        sandboxed.push(run_n(runner, program, request, 1)[0].metrics.wall_ms);
        direct.push(bare_ms(bare.0, bare.1));
    }
    (median(&sandboxed), median(&direct))
}

fn line(name: &str, value: String, target: &str) {
    println!("  {name:<52} {value:>14}   target {target}");
}

fn main() {
    let cache =
        std::env::temp_dir().join(format!("afterburner-bench-cache-{}", std::process::id()));
    let runner = runner(&cache);
    println!(
        "Monolith figures (measured core {}, sampler elsewhere)\n",
        measured_core()
    );

    println!("1. Isolation overhead (median of 30 runs)");
    let py = request(Python, "pass\n", 20_000);
    let py_program = runner.prepare(Python, "pass\n").expect("python");
    let (py_sandboxed, py_bare) = overhead(
        &runner,
        &py_program,
        &py,
        ("/usr/bin/python3", &["-B", "-c", "pass"]),
        30,
    );
    let py_end_to_end = median(
        &(0..30)
            .map(|_| {
                let t = Instant::now();
                runner.execute(&py_program, &py);
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect::<Vec<_>>(),
    );
    line(
        "python3 -c pass: sandboxed ÷ bare wall (exec → exit)",
        format!("{:.3}", py_sandboxed / py_bare),
        "≤ 1.05",
    );
    println!("     ({py_sandboxed:.2} ms sandboxed, {py_bare:.2} ms bare; whole sandbox round trip {py_end_to_end:.2} ms)");
    let cpp = request(Cpp, HELLO_CPP, 20_000);
    let cpp_program = runner.prepare(Cpp, HELLO_CPP).expect("c++");
    let binary = cpp_program.dir.join("main");
    let (cpp_sandboxed, cpp_bare) = overhead(
        &runner,
        &cpp_program,
        &cpp,
        (binary.to_str().unwrap(), &[]),
        30,
    );
    line(
        "C++ hello: sandboxed ÷ bare wall (exec → exit)",
        format!("{:.3}", cpp_sandboxed / cpp_bare),
        "≤ 1.05",
    );
    println!("     ({cpp_sandboxed:.3} ms sandboxed, {cpp_bare:.3} ms bare)");

    println!("\n2. Sampling");
    let busy = request(
        Python,
        "import time\nt = time.perf_counter()\nwhile time.perf_counter() - t < 1.0:\n    pass\n",
        20_000,
    );
    let busy_program = runner.prepare(Python, &busy.source).expect("python");
    let busy_runs = run_n(&runner, &busy_program, &busy, 3);
    let hz = median(
        &busy_runs
            .iter()
            .map(|r| r.metrics.sample_hz)
            .collect::<Vec<_>>(),
    );
    line(
        "achieved rate on a 1 s Python program",
        format!("{hz:.0} Hz"),
        "≥ 10000 Hz",
    );
    let fixed_program = runner.prepare(Python, CPU_1S).expect("python");
    let mut with = Vec::new();
    let mut without = Vec::new();
    for _ in 0..5 {
        with.push(
            runner
                .execute(&fixed_program, &request(Python, CPU_1S, 20_000))
                .metrics
                .cpu_ms,
        );
        without.push(
            runner
                .execute(&fixed_program, &request(Python, CPU_1S, 1))
                .metrics
                .cpu_ms,
        );
    }
    line(
        "sampler cost: CPU time with ÷ without sampling",
        format!("{:.4}", median(&with) / median(&without)),
        "≤ 1.01",
    );

    println!("\n3. Stability over 20 runs of a ~200 ms CPU-bound Python program");
    let stable_program = runner.prepare(Python, CPU_200MS).expect("python");
    let runs = run_n(
        &runner,
        &stable_program,
        &request(Python, CPU_200MS, 20_000),
        20,
    );
    let cv = |f: &dyn Fn(&RunResult) -> f64| {
        summarize(&runs.iter().map(f).collect::<Vec<_>>()).map_or(f64::NAN, |s| s.cv * 100.0)
    };
    line(
        "CV of cpu_ms",
        format!("{:.2}%", cv(&|r| r.metrics.cpu_ms)),
        "≤ 1%",
    );
    line(
        "CV of wall_ms",
        format!("{:.2}%", cv(&|r| r.metrics.wall_ms)),
        "≤ 2%",
    );
    line(
        "CV of peak_memory_kb",
        format!("{:.2}%", cv(&|r| r.metrics.peak_memory_kb as f64)),
        "≤ 0.5%",
    );
    line(
        "CV of integral_kb_ms",
        format!("{:.2}%", cv(&|r| r.metrics.integral_kb_ms)),
        "≤ 2%",
    );
    println!(
        "     (median cpu {:.1} ms)",
        median(&runs.iter().map(|r| r.metrics.cpu_ms).collect::<Vec<_>>())
    );

    println!("\n4. Compile cache: second ÷ first preparation of the same source");
    for (language, source) in [(Cpp, HELLO_CPP), (Rust, HELLO_RUST)] {
        let fresh = format!("{source}// bench {}\n", std::process::id());
        let t = Instant::now();
        runner.prepare(language, &fresh).expect("compile");
        let first = t.elapsed().as_secs_f64() * 1000.0;
        let t = Instant::now();
        runner.prepare(language, &fresh).expect("cached");
        let second = t.elapsed().as_secs_f64() * 1000.0;
        line(
            &format!("{language}: cached ÷ compiled ({second:.2} ms / {first:.0} ms)"),
            format!("{:.5}", second / first),
            "≪ 1",
        );
    }
    let _ = std::fs::remove_dir_all(&cache);
}
