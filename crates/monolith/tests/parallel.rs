//! Hundreds of short programs at once: every one gets its result, and afterwards no
//! process, cgroup or temporary directory of theirs is left.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::pool::{Execute, Pool};
use afterburner_monolith::runner::RunRequest;
use afterburner_monolith::sandbox::Stdin;
use afterburner_monolith::Language::{Cpp, Python};
use afterburner_monolith::Status;

fn temp_entries() -> Vec<String> {
    let pid = std::process::id();
    std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(&format!("afterburner-build-{pid}-")))
        .collect()
}

#[test]
fn three_hundred_concurrent_runs_leave_nothing_behind() {
    let marker = "24601.5";
    let mut requests = Vec::new();
    for i in 0..300 {
        let mut request = if i % 3 == 0 {
            // Distinct sources, so compiles also run concurrently.
            RunRequest::new(Cpp, format!("#include <cstdio>\nint main(){{ int x; std::scanf(\"%d\", &x); std::printf(\"%d\\n\", x * {i}); }}\n"))
        } else {
            // Each leaves a daemon behind that must die with its run.
            RunRequest::new(
                Python,
                format!("import os\nif os.fork() == 0:\n    os.setsid()\n    os.execv('/bin/sleep', ['sleep', '{marker}'])\nprint(int(input()) * {i})\n"),
            )
        };
        request.stdin = Stdin::Bytes(format!("{}\n", i + 1).into_bytes().into());
        request.limits = common::tight_limits();
        requests.push(request);
    }
    let cpus = CpuSet::allowed().unwrap();
    let pool = Pool::new(common::runner(), &cpus);
    let done = AtomicUsize::new(0);
    let results = pool.run_all(&requests, &|_, _| {
        done.fetch_add(1, Ordering::Relaxed);
    });
    assert_eq!(done.load(Ordering::Relaxed), 300);
    for (i, r) in results.iter().enumerate() {
        assert_eq!(
            r.status,
            Status::Success,
            "run {i}: {:?} {}",
            r.reason,
            r.stderr
        );
        assert_eq!(
            r.stdout.trim(),
            ((i + 1) * i).to_string(),
            "run {i} got another run's output"
        );
        assert!(r.isolation.cpu.is_some_and(|c| cpus.contains(c)));
    }
    assert!(
        common::processes_with(marker).is_empty(),
        "daemons survived their runs"
    );
    common::runner().sandbox().settle();
    assert!(
        common::run_cgroups().is_empty(),
        "cgroups left: {:?}",
        common::run_cgroups()
    );
    assert!(
        temp_entries().is_empty(),
        "build dirs left: {:?}",
        temp_entries()
    );
}

#[test]
fn a_warm_up_runs_the_batch_unreported_before_measuring_it() {
    let requests: Vec<RunRequest> = (0..3)
        .map(|i| RunRequest::new(Python, format!("print({i} * 7)\n")))
        .collect();
    let cpus = CpuSet::allowed().unwrap();
    let workers = cpus.iter().count().max(1);
    let pool = Pool::new(common::runner(), &cpus).warming_up(Duration::from_millis(200));
    let reported = AtomicUsize::new(0);
    let results = pool.run_all(&requests, &|_, _| {
        reported.fetch_add(1, Ordering::Relaxed);
    });
    // Every worker warmed up with at least one run, and none of those was reported or
    // took a measured run's place.
    assert!(
        pool.warm_up_runs() >= workers,
        "{} warm-up runs",
        pool.warm_up_runs()
    );
    assert_eq!(reported.load(Ordering::Relaxed), 3);
    let outputs: Vec<&str> = results.iter().map(|r| r.stdout.trim()).collect();
    assert_eq!(outputs, ["0", "7", "14"]);
    // A second batch of the same pool starts at once.
    let warmed = pool.warm_up_runs();
    pool.run_all(&requests, &|_, _| {});
    assert_eq!(pool.warm_up_runs(), warmed, "only the first batch warms up");

    let cold = Pool::new(common::runner(), &cpus);
    cold.run_all(&requests, &|_, _| {});
    assert_eq!(cold.warm_up_runs(), 0, "no warm-up unless asked for");
}
