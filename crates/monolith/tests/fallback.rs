//! Weaker hosts: without cgroups, and inside a user namespace, runs still isolate and
//! measure, and say so in their `isolation` field.

mod common;

use afterburner_monolith::runner::{RunRequest, Runner};
use afterburner_monolith::sandbox::SandboxConfig;
use afterburner_monolith::Language::{Cpp, Python};
use afterburner_monolith::{IntegralMethod, Limits, Status};

fn fallback_runner(user_namespace: bool) -> Runner {
    common::make_runner(SandboxConfig {
        cgroups: false,
        force_user_namespace: user_namespace,
        ..SandboxConfig::default()
    })
}

fn run(
    runner: &Runner,
    language: afterburner_monolith::Language,
    source: &str,
    limits: Limits,
) -> afterburner_monolith::RunResult {
    let mut request = RunRequest::new(language, source);
    request.limits = limits;
    runner.run(&request)
}

#[test]
fn without_cgroups_memory_is_sampled_from_proc_and_still_limited() {
    for userns in [false, true] {
        let runner = fallback_runner(userns);
        let steady = "b = bytearray(64 << 20)\nfor i in range(0, len(b), 4096):\n    b[i] = 1\nimport time\ntime.sleep(0.2)\nprint('ok')\n";
        let r = run(&runner, Python, steady, Limits::default());
        common::assert_status(&r, Status::Success);
        assert_eq!(r.isolation.mode, "fallback");
        assert_eq!(r.isolation.memory_source, "process-tree");
        assert!(!r.isolation.notes.is_empty());
        assert!(r.metrics.peak_memory_kb > 64 * 1024, "{:?}", r.metrics);
        assert!(
            r.metrics.integral_kb_ms > 64.0 * 1024.0 * 200.0,
            "{:?}",
            r.metrics
        );
        assert!(
            r.metrics.cpu_ms > 0.0 && r.metrics.samples > 0,
            "{:?}",
            r.metrics
        );

        let mut limits = common::tight_limits();
        limits.memory_kb = 128 * 1024;
        let balloon = run(
            &runner,
            Python,
            "a = []\nwhile True:\n    a.append(bytearray(1 << 20))\n",
            limits,
        );
        // Stopped by the sampler close to the limit. How long that takes depends on how
        // busy the machine is, so no wall-clock bound: the peak tells it was stopped in
        // time, and the CPU time it spent until then is still reported.
        common::assert_status(&balloon, Status::MemoryLimit);
        assert!(
            balloon.metrics.peak_memory_kb > 128 * 1024
                && balloon.metrics.peak_memory_kb < 2 * 128 * 1024,
            "{:?}",
            balloon.metrics
        );
        assert!(balloon.metrics.cpu_ms > 0.0, "{:?}", balloon.metrics);
    }
}

#[test]
fn without_cgroups_the_memory_limit_holds_at_the_lowest_sampling_rate() {
    // At one sample a second the samples alone would first see this program at some
    // 500 MiB; the sampler's checks between samples must stop it near its 128 MiB.
    let runner = fallback_runner(false);
    let mut request = RunRequest::new(
        Python,
        "import time\na = []\nwhile True:\n    a.append(bytearray(1 << 20))\n    time.sleep(0.002)\n",
    );
    request.limits = common::tight_limits();
    request.limits.memory_kb = 128 * 1024;
    request.sample_hz = 1;
    let r = runner.run(&request);
    common::assert_status(&r, Status::MemoryLimit);
    // The reading that stopped it is its peak, though no sample was taken.
    assert!(
        r.metrics.peak_memory_kb > 128 * 1024 && r.metrics.peak_memory_kb < 2 * 128 * 1024,
        "{:?}",
        r.metrics
    );
}

#[test]
fn without_cgroups_a_launcher_larger_than_the_memory_limit_does_not_trip_it() {
    // Until its exec, the program's process is this process's image: 384 MiB here,
    // over a 256 MiB limit. Samples of it must neither stop the run nor count. (A run
    // too short for any reading falls back to the kernel's rusage mark, which does
    // count the launcher: an upper bound, checked only to be positive.)
    let ballast = common::ballast(384);
    let runner = fallback_runner(false);
    let mut limits = common::tight_limits();
    limits.memory_kb = 256 * 1024;
    for (language, source) in [(Cpp, "int main() { return 0; }"), (Python, "print('hi')")] {
        for _ in 0..10 {
            let r = run(&runner, language, source, limits.clone());
            common::assert_status(&r, Status::Success);
            assert!(
                r.metrics.integral_kb_ms > 0.0,
                "{language}: {:?}",
                r.metrics
            );
            // Readings of the program itself, when there are any, are all that count.
            if r.metrics.integral_method == IntegralMethod::Samples {
                common::assert_launcher_not_counted(language, &r);
            }
        }
    }
    drop(ballast);
}

#[test]
fn a_user_namespace_sandbox_still_isolates() {
    let runner = fallback_runner(true);
    let r = run(
        &runner,
        Python,
        "import os, socket\nprint(sorted(n for _, n in socket.if_nameindex()))\nprint(os.path.exists('/root'), sorted(p for p in os.listdir('/proc') if p.isdigit()))\n",
        common::tight_limits(),
    );
    common::assert_status(&r, Status::Success);
    // Only its own process: init (pid 1) is hidden from it here too.
    assert_eq!(r.stdout, "['lo']\nFalse ['2']\n");
    assert!(r.isolation.namespaces.contains(&"user".to_string()));
    let cpp = run(
        &runner,
        Cpp,
        "#include <unistd.h>\nint main(){ for(;;) fork(); }\n",
        common::tight_limits(),
    );
    common::assert_status(&cpp, Status::Timeout);
}

#[test]
fn without_cgroups_a_run_holding_processes_leaves_another_its_own_allowance() {
    // Without a pids cgroup the process limit is RLIMIT_NPROC, which the kernel counts
    // over every process of the user. The first run holds all but a few of its 32; a
    // second run at the same time must still start 8 of its own.
    let marker = "process-hoarder-91d4";
    let hoard = common::holding_program(
        marker,
        "held = 0\nwhile held < 28:\n    if os.fork() == 0:\n        time.sleep(60)\n        os._exit(0)\n    held += 1\nprint(held, flush=True)",
    );
    let holder = common::Holder::start(marker, move || {
        let mut limits = common::tight_limits();
        limits.wall_ms = 10_000;
        run(&fallback_runner(false), Python, &hoard, limits)
    });
    let other = run(
        &fallback_runner(false),
        Python,
        "import os, time\nstarted = 0\ntry:\n    while started < 8:\n        if os.fork() == 0:\n            time.sleep(60)\n            os._exit(0)\n        started += 1\nexcept OSError as e:\n    print('fork failed:', e)\nprint(os.getuid(), started)\n",
        common::tight_limits(),
    );
    let hoarder_uid = holder.uid;
    let hoarder = holder.release();
    common::assert_status(&hoarder, Status::Success);
    assert_eq!(hoarder.stdout.trim(), "28", "{hoarder:?}");
    common::assert_status(&other, Status::Success);
    let said: Vec<&str> = other.stdout.split_whitespace().collect();
    assert!(
        said.len() == 2 && said[1] == "8",
        "the second run could not start its processes: {}",
        other.stdout
    );
    assert_ne!(
        said[0],
        hoarder_uid.to_string(),
        "two runs at once shared a user"
    );
}
