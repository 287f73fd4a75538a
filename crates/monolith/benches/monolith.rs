//! Monolith's figures, printed side by side with their targets:
//! isolation overhead, sampling rate and cost, stability over repeated runs, and the
//! compile cache. Run as root: `cargo bench -p afterburner-monolith --bench monolith`.

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Instant;

use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::runner::{Program, RunRequest, Runner};
use afterburner_monolith::sandbox::seccomp::SeccompFilter;
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig};
use afterburner_monolith::stats::summarize;
use afterburner_monolith::Language::{self, Cpp, Java, JavaScript, Python, Rust};
use afterburner_monolith::{RunResult, SandboxCost, Status};

const HELLO_CPP: &str = "#include <cstdio>\nint main(){ std::puts(\"hello\"); }\n";
const HELLO_RUST: &str = "fn main(){ println!(\"hello\"); }\n";
/// A program that does nothing: all of its round trip is starting and ending it.
const TRIVIAL_C: &str = "int main(void) { return 0; }\n";
/// Most milliseconds the sandbox may add to a program's round trip.
const ADDED_TARGET_MS: f64 = 1.0;
/// About 200 ms of pure CPU work in CPython.
const CPU_200MS: &str = "def work():\n    x = 0\n    for i in range(9_000_000):\n        x ^= i * 7\n    return x\nprint(work())\n";
/// A few hundred milliseconds of hash-map work in Java: the JIT compiles it and the
/// collector runs while it does.
const JAVA_MAP: &str = "import java.util.HashMap;\nclass Main {\n    public static void main(String[] args) {\n        HashMap<Integer, Long> sums = new HashMap<>();\n        for (int i = 0; i < 3_000_000; i++) sums.merge(i % 400_000, (long) i, Long::sum);\n        long total = 0;\n        for (long v : sums.values()) total ^= v;\n        System.out.println(total);\n    }\n}\n";
/// The same in JavaScript.
const JS_MAP: &str = "const sums = new Map();\nfor (let i = 0; i < 3000000; i++) { const k = i % 400000; sums.set(k, (sums.get(k) || 0) + i); }\nlet total = 0;\nfor (const v of sums.values()) total = (total + v) % 1000000007;\nconsole.log(total);\n";
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

/// Milliseconds since `started`.
fn ms_since(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1000.0
}

/// The whole round trip of one sandboxed run, in ms: from calling the runner to holding
/// its result (namespaces, cgroup, mounts, seccomp, sampler, teardown and all).
fn sandboxed_ms(runner: &Runner, program: &Program, request: &RunRequest) -> (f64, SandboxCost) {
    let started = Instant::now();
    let result = runner.execute(program, request);
    let ms = ms_since(started);
    assert_eq!(
        result.status,
        Status::Success,
        "{:?} {}",
        result.reason,
        result.stderr
    );
    (ms, result.sandbox)
}

/// Median round trips of the alternating runs, and the sandbox's own account of the
/// sandboxed ones (setup and teardown medians).
#[derive(Clone, Copy)]
struct RoundTrips {
    sandboxed: f64,
    bare: f64,
    setup: f64,
    teardown: f64,
}

/// Holds the calling thread to `core` (async-signal-safe: one system call on a local).
fn pin_to(core: usize) {
    // SAFETY: `set` is a zeroed cpu_set_t of this frame; CPU_SET stays inside it for the
    // few cores of a bench machine, and sched_setaffinity only reads it.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(core, &mut set);
        libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set);
    }
}

/// The whole round trip of one bare run of the same program, timed the same way: from
/// spawning it (`fork` + `exec`, pinned to the same core) to `wait` returning.
fn bare_ms(program: &Path, args: &[&str]) -> f64 {
    let core = measured_core();
    let mut cmd = Command::new(program);
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // SAFETY: `pin_to` only makes an async-signal-safe system call.
    unsafe {
        cmd.pre_exec(move || {
            pin_to(core);
            Ok(())
        });
    }
    let started = Instant::now();
    let status = cmd
        .spawn()
        .expect("spawning the bare program")
        .wait()
        .expect("waiting for it");
    let ms = ms_since(started);
    assert!(status.success(), "{} {args:?}: {status}", program.display());
    ms
}

/// Median whole round trips, sandboxed and bare, over `n` alternating runs (alternating,
/// so that a noisy period of the host disturbs both alike), after two of each unmeasured.
fn round_trips(
    runner: &Runner,
    program: &Program,
    request: &RunRequest,
    bare: (&Path, &[&str]),
    n: usize,
) -> RoundTrips {
    for _ in 0..2 {
        sandboxed_ms(runner, program, request);
        bare_ms(bare.0, bare.1);
    }
    let (mut sandboxed, mut direct, mut costs) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..n {
        let (ms, cost) = sandboxed_ms(runner, program, request);
        sandboxed.push(ms);
        costs.push(cost);
        direct.push(bare_ms(bare.0, bare.1));
    }
    RoundTrips {
        sandboxed: median(&sandboxed),
        bare: median(&direct),
        setup: median(&costs.iter().map(|c| c.setup_ms).collect::<Vec<_>>()),
        teardown: median(&costs.iter().map(|c| c.teardown_ms).collect::<Vec<_>>()),
    }
}

fn added_line(name: &str, trips: &RoundTrips) {
    let RoundTrips {
        sandboxed,
        bare,
        setup,
        teardown,
    } = *trips;
    let added = sandboxed - bare;
    let verdict = if added <= ADDED_TARGET_MS {
        "met"
    } else {
        "MISSED"
    };
    line(
        &format!("{name}: sandboxed − bare round trip"),
        format!("{added:+.2} ms"),
        &format!("≤ +{ADDED_TARGET_MS} ms: {verdict}"),
    );
    println!("     ({sandboxed:.2} ms sandboxed, {bare:.2} ms bare; medians)");
    println!(
        "     (the sandbox's own account: setup {setup:.2} ms to the program's start, teardown {teardown:.2} ms from its end; medians)"
    );
}

/// What keeps the other cores busy in [`loaded_lines`].
#[derive(Clone, Copy)]
enum Load {
    /// Sandboxed busy loops sampled at `hz`, as a server's other workers would run.
    Runs { hz: u32 },
    /// A bare busy loop: a thread of this bench pinned to the core, no sandbox at all.
    Bare,
}

/// The fixed program's median CPU time on the measured core, alone and then while every
/// other allowed core is busy, by sandboxed runs (sampled at 20 kHz, then at 1 Hz) and
/// by bare busy loops: how much a full machine disturbs one measurement, and whether
/// the disturbance is the hardware's or the other runs' samplers waking on our core.
fn loaded_lines(runner: &Runner, program: &Program) {
    let measure = |n: usize| -> f64 {
        median(
            &(0..n)
                .map(|_| {
                    runner
                        .execute(program, &request(Python, CPU_200MS, 20_000))
                        .metrics
                        .cpu_ms
                })
                .collect::<Vec<_>>(),
        )
    };
    let alone = measure(10);
    let others: Vec<usize> = CpuSet::allowed()
        .map(|s| s.iter().filter(|&c| c != measured_core()).collect())
        .unwrap_or_default();
    let spin =
        "import time\nt = time.perf_counter()\nwhile time.perf_counter() - t < 2.0:\n    pass\n";
    let busy = runner.prepare(Python, spin).expect("python");
    let loaded_by = |load: Load| -> f64 {
        let stop = std::sync::atomic::AtomicBool::new(false);
        std::thread::scope(|scope| {
            for &core in &others {
                let (stop, busy) = (&stop, &busy);
                scope.spawn(move || {
                    let keep_going = || !stop.load(std::sync::atomic::Ordering::Relaxed);
                    match load {
                        Load::Runs { hz } => {
                            let mut r = request(Python, spin, hz);
                            r.cpu = Some(core);
                            while keep_going() {
                                runner.execute(busy, &r);
                            }
                        }
                        Load::Bare => {
                            pin_to(core);
                            while keep_going() {
                                std::hint::spin_loop();
                            }
                        }
                    }
                });
            }
            std::thread::sleep(std::time::Duration::from_millis(300));
            let loaded = measure(10);
            stop.store(true, std::sync::atomic::Ordering::Relaxed);
            loaded
        })
    };
    println!("     ({alone:.1} ms alone; medians of 10)");
    for (what, load) in [
        ("runs sampled at 20 kHz", Load::Runs { hz: 20_000 }),
        ("runs sampled at 1 Hz", Load::Runs { hz: 1 }),
        ("bare busy loops", Load::Bare),
    ] {
        let loaded = loaded_by(load);
        line(
            &format!("loaded ÷ alone, {} other cores: {what}", others.len()),
            format!("{:.3}", loaded / alone),
            "≤ 1.05",
        );
        println!("     ({loaded:.1} ms loaded)");
    }
}

/// Microseconds one `seccomp` call takes to install the sandbox's filter: the median
/// over `n` fresh child processes (a filter cannot be removed, so each install needs
/// its own process).
fn seccomp_install_us(n: usize) -> f64 {
    let filter = SeccompFilter::denylist();
    let times: Vec<f64> = (0..n)
        .map(|_| {
            let mut pipe = [0; 2];
            // SAFETY: pipe writes two descriptors into the array.
            assert_eq!(unsafe { libc::pipe(pipe.as_mut_ptr()) }, 0, "pipe");
            // SAFETY: the child makes system calls only (install neither allocates nor
            // locks) and leaves with _exit.
            let child = unsafe { libc::fork() };
            assert!(child >= 0, "fork");
            if child == 0 {
                let started = monotonic_ns();
                let installed = filter.install().is_ok();
                let ns: u64 = if installed {
                    monotonic_ns() - started
                } else {
                    u64::MAX
                };
                // SAFETY: writes the 8 bytes of a local, then ends the child.
                unsafe {
                    libc::write(pipe[1], (&ns as *const u64).cast(), 8);
                    libc::_exit(0);
                }
            }
            let mut ns = 0u64;
            // SAFETY: reads 8 bytes into a local; reaps our own child; closes our pipe.
            unsafe {
                libc::read(pipe[0], (&mut ns as *mut u64).cast(), 8);
                libc::waitpid(child, std::ptr::null_mut(), 0);
                libc::close(pipe[0]);
                libc::close(pipe[1]);
            }
            assert_ne!(ns, u64::MAX, "the filter did not install");
            ns as f64 / 1000.0
        })
        .collect();
    median(&times)
}

/// CLOCK_MONOTONIC in ns, without allocating (for the forked child above).
fn monotonic_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: ts is a valid timespec to write into.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
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

    println!(
        "1. Isolation overhead: whole round trip, call to result, median of 30 alternating runs"
    );
    let c = request(Cpp, TRIVIAL_C, 20_000);
    let c_program = runner
        .prepare(Cpp, TRIVIAL_C)
        .expect("the trivial program compiles");
    let binary = c_program.dir.join("main");
    let trivial = round_trips(&runner, &c_program, &c, (&binary, &[]), 30);
    added_line("int main() { return 0; }", &trivial);
    let py = request(Python, "pass\n", 20_000);
    let py_program = runner.prepare(Python, "pass\n").expect("python");
    let python = runner
        .toolchains()
        .get(Python)
        .expect("python")
        .run_command()
        .program;
    let empty = round_trips(
        &runner,
        &py_program,
        &py,
        (&python, &["-B", "-c", "pass"]),
        30,
    );
    added_line("python3 -c pass", &empty);
    println!(
        "     (of the setup: installing the seccomp filter, {:.1} µs, median of 200 processes)",
        seccomp_install_us(200)
    );

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
    // Without cgroups the sampler finds the processes through /proc instead.
    let fallback = Runner::new(
        Arc::new(
            Sandbox::new(SandboxConfig {
                cgroups: false,
                ..SandboxConfig::default()
            })
            .expect("run the bench as root"),
        ),
        Toolchains::discover_all(),
        CompileCache::new(&cache),
    );
    let fallback_hz = median(
        &run_n(&fallback, &busy_program, &busy, 3)
            .iter()
            .map(|r| r.metrics.sample_hz)
            .collect::<Vec<_>>(),
    );
    line(
        "the same without cgroups (process tree via /proc)",
        format!("{fallback_hz:.0} Hz"),
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

    println!("\n3. Stability over 20 runs of a ~200 ms CPU-bound Python program, then of Java and JavaScript programs");
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
    // The runtimes that compile and collect while the program runs.
    for (language, source) in [(Java, JAVA_MAP), (JavaScript, JS_MAP)] {
        let program = runner.prepare(language, source).expect("the map program");
        let runs = run_n(&runner, &program, &request(language, source, 20_000), 20);
        let cpu: Vec<f64> = runs.iter().map(|r| r.metrics.cpu_ms).collect();
        let cv = summarize(&cpu).map_or(f64::NAN, |s| s.cv * 100.0);
        line(
            &format!("CV of cpu_ms, a {language} hash-map program"),
            format!("{cv:.2}%"),
            "≤ 1%",
        );
        println!("     (median cpu {:.1} ms)", median(&cpu));
    }

    println!(
        "\n4. Under full load: the ~200 ms program's CPU time alone and with every other core busy"
    );
    loaded_lines(&runner, &stable_program);

    println!("\n5. Compile cache: second ÷ first preparation of the same source");
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
