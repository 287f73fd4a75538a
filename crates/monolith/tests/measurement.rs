//! The measurements themselves: units, the whole process tree, sampling-rate
//! independence of the integral, and the timeline.

mod common;

use std::sync::{Mutex, MutexGuard};

use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::runner::RunRequest;
use afterburner_monolith::sandbox::Stdin;
use afterburner_monolith::Language::{Cpp, Python};
use afterburner_monolith::{IntegralMethod, Limits, RunResult, Status};

/// Taken by every test here for its whole length: the figures these tests check (the
/// sampling rate above all) are the machine's, and tests of this file running at once
/// would share the measured core and the sampler's core, and disturb each other.
fn alone() -> MutexGuard<'static, ()> {
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

/// The core runs are pinned to, as the CLI picks it: the last one this process may use,
/// so the sampler keeps to the others.
fn measured_core() -> usize {
    CpuSet::allowed()
        .expect("sched_getaffinity of ourselves")
        .iter()
        .last()
        .expect("at least one allowed core")
}

/// Runs `source` in Python pinned to [`measured_core`], sampling at `hz`.
fn run_at(source: &str, hz: u32, timeline: bool) -> RunResult {
    let mut request = RunRequest::new(Python, source);
    request.sample_hz = hz;
    request.timeline = timeline;
    request.limits = Limits::default();
    request.cpu = Some(measured_core());
    let r = common::runner().run(&request);
    common::assert_status(&r, Status::Success);
    r
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Holds 192 MiB for 500 ms: a steady program, large enough that a few pages of
/// interpreter noise between runs do not matter.
const STEADY: &str = "import time\nblock = bytearray(192 << 20)\nfor i in range(0, len(block), 4096):\n    block[i] = 1\ntime.sleep(0.5)\n";

/// Fills 192 MiB at once (a C-level copy, not a Python loop) and holds it for 1 s: the
/// filling, whose length varies with the host's load, is a small part of the run.
const HELD: &str = "import time\nblock = bytearray(b'\\x01') * (192 << 20)\ntime.sleep(1.0)\n";

#[test]
fn the_integral_does_not_depend_on_the_sampling_rate() {
    let _alone = alone();
    let (mut full, mut half) = (Vec::new(), Vec::new());
    let (mut full_hz, mut half_hz) = (Vec::new(), Vec::new());
    // Compared per millisecond of the run (the mean memory): how long the program takes
    // to fill its block varies with the host's load from one run to the next, and the
    // integral with it, whatever the sampling rate.
    for _ in 0..5 {
        let r = run_at(HELD, 20_000, false);
        full.push(r.metrics.integral_kb_ms / r.metrics.wall_ms);
        full_hz.push(r.metrics.sample_hz);
        let r = run_at(HELD, 10_000, false);
        half.push(r.metrics.integral_kb_ms / r.metrics.wall_ms);
        half_hz.push(r.metrics.sample_hz);
    }
    // The two rates must really differ, or this compares a rate with itself.
    let (full_hz, half_hz) = (median(full_hz), median(half_hz));
    let rates = full_hz / half_hz;
    assert!(
        (1.6..2.4).contains(&rates),
        "asked for 20 and 10 kHz, achieved {full_hz:.0} Hz and {half_hz:.0} Hz"
    );
    let (full, half) = (median(full), median(half));
    let change = (full - half).abs() / full;
    assert!(
        change < 0.02,
        "mean memory at 20 kHz: {full:.0} KiB, at 10 kHz: {half:.0} KiB, change {:.2}%",
        change * 100.0
    );
    // 192 MiB for most of the run.
    assert!(full > 0.9 * 192.0 * 1024.0, "{full}");
}

#[test]
fn memory_of_the_whole_process_tree_is_counted() {
    let _alone = alone();
    // The parent holds little; two children hold 48 MiB each at the same time.
    let tree = "import os, time\npids = []\nfor _ in range(2):\n    pid = os.fork()\n    if pid == 0:\n        b = bytearray(48 << 20)\n        for i in range(0, len(b), 4096):\n            b[i] = 1\n        time.sleep(0.3)\n        os._exit(0)\n    pids.append(pid)\nfor pid in pids:\n    os.waitpid(pid, 0)\n";
    let r = run_at(tree, 20_000, false);
    assert!(r.metrics.peak_memory_kb > 2 * 48 * 1024, "{:?}", r.metrics);
    assert!(
        r.metrics.peak_memory_kb < 2 * 48 * 1024 + 64 * 1024,
        "{:?}",
        r.metrics
    );
}

#[test]
fn cpu_time_counts_every_process_and_wall_time_the_program_only() {
    let _alone = alone();
    // The parent and three forked children each spin alike.
    let four_workers = "import os\ndef spin():\n    x = 0\n    for i in range(3_000_000):\n        x += i\nfor _ in range(3):\n    if os.fork() == 0:\n        spin()\n        os._exit(0)\nspin()\nfor _ in range(3):\n    os.wait()\n";
    let r = run_at(four_workers, 20_000, false);
    let one = run_at(
        "def spin():\n    x = 0\n    for i in range(3_000_000):\n        x += i\nspin()\n",
        20_000,
        false,
    );
    // Four equal workers take up to four times the CPU time of one (less the
    // interpreter's start, counted once in each); counting the parent alone would give
    // about 1. The bounds leave room for a noisy host: three tries on a busy 2-vCPU VM
    // gave 2.8, 3.7 and 5.5.
    let ratio = r.metrics.cpu_ms / one.metrics.cpu_ms;
    assert!(
        (1.8..8.0).contains(&ratio),
        "four workers {:?}, one {:?}",
        r.metrics,
        one.metrics
    );
    // ...but pinned to one core they take turns: together they cannot use more CPU
    // time than the wall time (unpinned, on two cores, they would use about twice).
    assert!(
        r.metrics.cpu_ms <= r.metrics.wall_ms * 1.05 + 5.0,
        "{:?}",
        r.metrics
    );
}

#[test]
fn sampling_reaches_at_least_half_the_requested_rate() {
    let _alone = alone();
    let requested = 20_000;
    let r = run_at(STEADY, requested, false);
    assert!(
        r.metrics.sample_hz >= f64::from(requested) / 2.0,
        "asked for {requested} Hz: {:?}",
        r.metrics
    );
    let expected = r.metrics.sample_hz * r.metrics.wall_ms / 1000.0;
    assert!(
        (r.metrics.samples as f64 - expected).abs() <= 2.0,
        "{:?}",
        r.metrics
    );
}

#[test]
fn the_timeline_is_downsampled_and_keeps_the_peak() {
    let _alone = alone();
    let r = run_at(STEADY, 20_000, true);
    let timeline = r.timeline.expect("timeline asked for");
    assert!(
        !timeline.is_empty() && timeline.len() <= 1000,
        "{} points",
        timeline.len()
    );
    assert!(timeline.windows(2).all(|w| w[0].t_ms <= w[1].t_ms));
    let top = timeline.iter().map(|p| p.memory_kb).max().unwrap();
    assert!(
        top <= r.metrics.peak_memory_kb && top * 100 >= r.metrics.peak_memory_kb * 95,
        "{top} vs {:?}",
        r.metrics
    );
    assert!(run_at("pass\n", 20_000, false).timeline.is_none());
}

#[test]
fn a_crash_is_a_runtime_error_with_the_signal_or_exit_code() {
    let _alone = alone();
    let segv = common::run(Cpp, "int main(){ volatile int* p = nullptr; return *p; }\n");
    common::assert_status(&segv, Status::RuntimeError);
    assert_eq!(segv.signal, Some(libc::SIGSEGV));
    let exit = common::run(Python, "import sys\nsys.exit(3)\n");
    common::assert_status(&exit, Status::RuntimeError);
    assert_eq!(exit.exit_code, Some(3));
    let raised = common::run(Python, "raise ValueError('bad input')\n");
    assert!(
        raised.stderr.contains("ValueError: bad input"),
        "{raised:?}"
    );
}

#[test]
fn stdin_files_are_read() {
    let _alone = alone();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("input.txt");
    std::fs::write(&input, "5 7\n").unwrap();
    let r = common::run_with(
        Python,
        "a, b = map(int, input().split())\nprint(a * b)\n",
        common::tight_limits(),
        Stdin::File(input),
    );
    assert_eq!(r.stdout, "35\n");
}

#[test]
fn the_launching_process_memory_is_not_counted() {
    let _alone = alone();
    // The sandbox starts from a copy of this process; while it holds 512 MiB, a tiny
    // program must still measure tiny.
    let ballast = common::ballast(512);
    for (language, source) in [(Cpp, "int main() { return 0; }"), (Python, "print('hi')")] {
        for _ in 0..20 {
            let r = common::runner().run(&RunRequest::new(language, source));
            common::assert_status(&r, Status::Success);
            common::assert_launcher_not_counted(language, &r);
            // Nor does unmapping a copy of it cost the program CPU time.
            if language == Cpp {
                assert!(r.metrics.cpu_ms < 5.0, "{:?}", r.metrics);
            }
        }
    }
    // At one sample a second, no sample lands inside the run; the sampler's readings
    // before it (of the launcher's image) must not stand in for it.
    let mut request = RunRequest::new(Cpp, "int main() { return 0; }");
    request.sample_hz = 1;
    for _ in 0..5 {
        let r = common::runner().run(&request);
        common::assert_status(&r, Status::Success);
        assert!(
            r.metrics.integral_kb_ms < 64.0 * 1024.0 * r.metrics.wall_ms,
            "{:?}",
            r.metrics
        );
    }
    drop(ballast);
}

#[test]
fn a_run_faster_than_the_sampler_still_has_a_positive_integral() {
    let _alone = alone();
    // One sample a second: a program of a few milliseconds ends before the sampler
    // reads it. Its integral is its peak held for its wall time, and says so.
    for (language, source) in [(Cpp, "int main() { return 0; }"), (Python, "pass")] {
        let mut request = RunRequest::new(language, source);
        request.sample_hz = 1;
        let r = common::runner().run(&request);
        common::assert_status(&r, Status::Success);
        let m = &r.metrics;
        assert_eq!(m.samples, 0, "{language}: {m:?}");
        assert_eq!(m.integral_method, IntegralMethod::PeakTimesWall, "{m:?}");
        assert!(m.peak_memory_kb > 0, "{language}: {m:?}");
        let expected = m.peak_memory_kb as f64 * m.wall_ms;
        assert!(
            m.integral_kb_ms > 0.0 && (m.integral_kb_ms - expected).abs() <= 1e-6 * expected,
            "{language}: {m:?}"
        );
    }
    // With samples inside the run, the trapezoid rule over them.
    let sampled = run_at(STEADY, 20_000, false);
    assert_eq!(sampled.metrics.integral_method, IntegralMethod::Samples);
}

#[test]
fn a_run_past_its_cpu_limit_between_two_polls_is_a_timeout() {
    let _alone = alone();
    // The sampler reads the CPU counter every 5 ms; this loop of a few milliseconds
    // mostly ends before the first reading, over its 1 ms limit. Whichever catches it,
    // the sampler or the reading at the end, it is a timeout.
    let mut request = RunRequest::new(
        Cpp,
        "int main() { volatile unsigned long x = 0; for (unsigned long i = 0; i < 3000000; i++) x += i; return 0; }",
    );
    request.limits.cpu_ms = 1;
    let r = common::runner().run(&request);
    common::assert_status(&r, Status::Timeout);
    assert!(r.metrics.cpu_ms > 1.0, "{:?}", r.metrics);
    assert!(
        r.reason.as_deref().unwrap_or("").contains("CPU time"),
        "{r:?}"
    );
}

#[test]
fn the_cpu_limit_holds_at_the_lowest_sampling_rate() {
    let _alone = alone();
    // At one sample a second the sampler still checks the CPU time every few
    // milliseconds: the loop is stopped near its 200 ms, long before the kernel's
    // backstop (2 s) or the wall limit.
    let mut request = RunRequest::new(Python, "while True:\n    pass\n");
    request.sample_hz = 1;
    request.limits.cpu_ms = 200;
    let r = common::runner().run(&request);
    common::assert_status(&r, Status::Timeout);
    assert!(
        r.reason.as_deref().unwrap_or("").contains("CPU time"),
        "{r:?}"
    );
    assert!(
        r.metrics.cpu_ms > 200.0 && r.metrics.cpu_ms < 1000.0,
        "{:?}",
        r.metrics
    );
}

#[test]
fn a_run_at_the_lowest_sampling_rate_does_not_wait_for_its_next_sample() {
    let _alone = alone();
    // The sampler sleeps a second between samples; the run's end must wake it rather
    // than wait out the second.
    let mut request = RunRequest::new(Cpp, "int main() { return 0; }");
    request.sample_hz = 1;
    for _ in 0..3 {
        let r = common::runner().run(&request);
        common::assert_status(&r, Status::Success);
        assert!(r.sandbox.teardown_ms < 500.0, "{:?}", r.sandbox);
    }
}

#[test]
fn the_sandbox_accounts_for_its_own_cost_inside_the_round_trip() {
    let _alone = alone();
    let started = std::time::Instant::now();
    let r = common::run(Cpp, "int main() { return 0; }");
    let round_trip_ms = started.elapsed().as_secs_f64() * 1000.0;
    common::assert_status(&r, Status::Success);
    let cost = &r.sandbox;
    assert!(cost.setup_ms > 0.0 && cost.teardown_ms > 0.0, "{cost:?}");
    // Setup, the measured window and teardown follow one another inside the call.
    assert!(
        cost.setup_ms + r.metrics.wall_ms + cost.teardown_ms <= round_trip_ms,
        "{cost:?}, wall {} ms, round trip {round_trip_ms} ms",
        r.metrics.wall_ms
    );
}

#[test]
fn a_program_joins_its_cgroup_without_waiting_for_a_grace_period() {
    let _alone = alone();
    // The sandbox keeps a cgroup hierarchy mounted with `favordynmods`, which spares
    // each join of a run's cgroup an RCU grace period (about 10 ms on this kernel).
    let r = common::run(Cpp, "int main() { return 0; }");
    common::assert_status(&r, Status::Success);
    let mountinfo = std::fs::read_to_string("/proc/self/mountinfo").unwrap();
    let favoured = mountinfo.lines().any(|line| {
        line.split_once(" - ").is_some_and(|(_, fs)| {
            fs.starts_with("cgroup") && fs.split([' ', ',']).any(|o| o == "favordynmods")
        })
    });
    assert!(
        favoured,
        "no cgroup hierarchy with favordynmods:\n{mountinfo}"
    );
    assert!(
        r.isolation
            .notes
            .iter()
            .all(|n| !n.contains("grace period")),
        "{:?}",
        r.isolation.notes
    );
}
