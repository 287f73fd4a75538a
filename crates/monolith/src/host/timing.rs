//! Host settings that make the same program take different time or memory from run to
//! run: CPU frequency, turbo, SMT siblings, swap, ASLR, other load.
//!
//! None of these stop the sandbox; each check says how much it disturbs measurements and
//! how to turn it off.

use std::collections::BTreeMap;
use std::io;

use super::{read_opt, read_value, Check, CheckState, HostError, HostPaths, HostSys};
use crate::cpuset::CpuSet;

/// The CPUs found (empty where they could not be read).
pub(super) struct Cpus {
    pub online: CpuSet,
    pub allowed: CpuSet,
}

impl Cpus {
    /// How many cores the machine has, for judging load.
    pub fn cores(&self) -> usize {
        self.online.len().max(self.allowed.len()).max(1)
    }
}

/// The `cpus` check: online CPUs, our affinity, and where the sampler runs.
pub(super) fn cpu_checks(paths: &HostPaths, sys: &dyn HostSys, out: &mut Vec<Check>) -> Cpus {
    let online = CpuSet::online_in(&paths.sys);
    let allowed = sys.allowed_cpus();
    let show = |r: &Result<CpuSet, _>| match r {
        Ok(set) => format!("{set} ({})", set.len()),
        Err(e) => format!("unknown ({e})"),
    };
    let value = format!("online {}, allowed {}", show(&online), show(&allowed));
    let cpus = Cpus {
        online: online.as_ref().cloned().unwrap_or_default(),
        allowed: allowed.as_ref().cloned().unwrap_or_default(),
    };
    let usable = match (&online, &allowed) {
        (Ok(on), Ok(al)) => Some(al.intersection(on).len()),
        (Ok(set), Err(_)) | (Err(_), Ok(set)) => Some(set.len()),
        (Err(_), Err(_)) => None,
    };
    let (state, meaning) = match (usable, online.is_ok() && allowed.is_ok()) {
        (Some(n), true) if n >= 2 => (
            CheckState::Ok,
            "with two or more cores the memory sampler runs on a different core than the measured program",
        ),
        (Some(1), true) => (
            CheckState::Warn,
            "only one core is usable, so the memory sampler shares it with the measured program and adds a little noise to timings; allow a second core (taskset, the container's --cpus)",
        ),
        _ => (
            CheckState::Warn,
            "the probe could not tell which CPUs are usable, so it cannot say whether the memory sampler gets a core of its own",
        ),
    };
    out.push(Check::new("cpus", state, value, meaning));
    cpus
}

/// The governor, turbo, SMT, swap, ASLR, perf and load checks.
pub(super) fn noise_checks(paths: &HostPaths, cores: usize, out: &mut Vec<Check>) {
    out.push(governor_check(paths));
    out.push(turbo_check(paths));
    out.push(smt_check(paths));
    out.push(swap_check(paths));
    out.push(aslr_check(paths));
    out.push(perf_check(paths));
    out.push(load_check(paths, cores));
}

/// The `kernel` check.
pub(super) fn kernel_check(sys: &dyn HostSys) -> Check {
    Check::new(
        "kernel",
        CheckState::Info,
        sys.kernel_release().map_or_else(|| "unknown".to_string(), |r| format!("Linux {r}")),
        "the kernel version decides which cgroup and seccomp features exist (cgroup v2 keeps a memory peak from Linux 5.19 on)",
    )
}

fn governor_check(paths: &HostPaths) -> Check {
    const NAME: &str = "cpu governor";
    let cpu_dir = paths.sys_file("devices/system/cpu");
    let mut by_governor: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let entries = match std::fs::read_dir(&cpu_dir) {
        Ok(entries) => entries.flatten().collect::<Vec<_>>(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(source) => {
            return Check::unreadable(
                NAME,
                &HostError::Read {
                    path: cpu_dir,
                    source,
                },
            )
        }
    };
    for entry in entries {
        let name = entry.file_name();
        let Some(n) = name
            .to_str()
            .and_then(|n| n.strip_prefix("cpu"))
            .and_then(|n| n.parse().ok())
        else {
            continue;
        };
        match read_value(&entry.path().join("cpufreq/scaling_governor")) {
            Ok(Some(governor)) => by_governor.entry(governor).or_default().push(n),
            Ok(None) => {}
            Err(e) => return Check::unreadable(NAME, &e),
        }
    }
    if by_governor.is_empty() {
        return Check::new(
            NAME,
            CheckState::Info,
            "no cpufreq",
            "no cpufreq: typical of VMs; the hypervisor decides the clock speed",
        );
    }
    let value = by_governor
        .iter()
        .map(|(g, cpus)| format!("{g} on {}", cpus.iter().copied().collect::<CpuSet>()))
        .collect::<Vec<_>>()
        .join("; ");
    if by_governor.keys().all(|g| g == "performance") {
        Check::new(
            NAME,
            CheckState::Ok,
            value,
            "the CPUs run at a fixed high clock, so speed does not change between runs",
        )
    } else {
        Check::new(
            NAME,
            CheckState::Warn,
            value,
            "frequency scaling changes speed between runs; set the governor to performance: cpupower frequency-set -g performance",
        )
    }
}

fn turbo_check(paths: &HostPaths) -> Check {
    const NAME: &str = "turbo boost";
    const ON: &str = "turbo boost changes the clock with temperature and with how many cores are busy, so timings drift; turn it off: echo 1 > /sys/devices/system/cpu/intel_pstate/no_turbo (or echo 0 > /sys/devices/system/cpu/cpufreq/boost)";
    const OFF: &str = "turbo boost is off, so the clock does not jump with temperature or load";
    let knobs = [
        (
            "devices/system/cpu/intel_pstate/no_turbo",
            "intel_pstate no_turbo",
            "1",
        ),
        ("devices/system/cpu/cpufreq/boost", "cpufreq boost", "0"),
    ];
    for (rel, label, off) in knobs {
        match read_value(&paths.sys_file(rel)) {
            Err(e) => return Check::unreadable(NAME, &e),
            Ok(None) => continue,
            Ok(Some(v)) if v == off => {
                return Check::new(NAME, CheckState::Ok, format!("{label} = {v}"), OFF)
            }
            Ok(Some(v)) => return Check::new(NAME, CheckState::Warn, format!("{label} = {v}"), ON),
        }
    }
    Check::new(
        NAME,
        CheckState::Info,
        "no turbo control",
        "no turbo control is exposed (typical of VMs); the hypervisor decides",
    )
}

fn smt_check(paths: &HostPaths) -> Check {
    const NAME: &str = "smt";
    let read = |rel: &str| read_value(&paths.sys_file(rel));
    let (control, active) = match (
        read("devices/system/cpu/smt/control"),
        read("devices/system/cpu/smt/active"),
    ) {
        (Err(e), _) | (_, Err(e)) => return Check::unreadable(NAME, &e),
        (Ok(c), Ok(a)) => (c, a),
    };
    let value = format!(
        "control {}, active {}",
        control.as_deref().unwrap_or("absent"),
        active.as_deref().unwrap_or("absent")
    );
    match (control.as_deref(), active.as_deref()) {
        (Some("on"), Some("1")) | (None, Some("1")) => Check::new(
            NAME,
            CheckState::Warn,
            value,
            "a sibling hyperthread shares the core's execution units, so pinning is weaker and a neighbour slows the measured program; turn SMT off: echo off > /sys/devices/system/cpu/smt/control",
        ),
        (Some("off" | "forceoff"), _) => Check::new(NAME, CheckState::Ok, value, "SMT is off, so the measured program has its core to itself"),
        (Some("on"), _) => Check::new(NAME, CheckState::Info, value, "SMT is allowed but no core has a sibling thread, so nothing shares the measured core"),
        _ => Check::new(NAME, CheckState::Info, value, "this CPU (or VM) exposes no SMT siblings, so nothing shares the measured core"),
    }
}

fn swap_check(paths: &HostPaths) -> Check {
    const NAME: &str = "swap";
    let swaps = match read_opt(&paths.proc_file("swaps")) {
        Err(e) => return Check::unreadable(NAME, &e),
        Ok(text) => text.unwrap_or_default(),
    };
    let swappiness = match read_value(&paths.proc_file("sys/vm/swappiness")) {
        Ok(Some(v)) => v,
        _ => "unknown".to_string(),
    };
    // Header "Filename Type Size Used Priority", then one device per line (sizes in KiB).
    let devices: Vec<String> = swaps
        .lines()
        .skip(1)
        .filter_map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            Some(format!(
                "{} ({} KiB, {} KiB used)",
                f.first()?,
                f.get(2)?,
                f.get(3)?
            ))
        })
        .collect();
    if devices.is_empty() {
        Check::new(
            NAME,
            CheckState::Ok,
            format!("off; swappiness {swappiness}"),
            "no swap: a program's pages stay in memory, so peak memory is exact",
        )
    } else {
        Check::new(
            NAME,
            CheckState::Warn,
            format!("on: {}; swappiness {swappiness}", devices.join(", ")),
            "a program's pages may go to disk, so peak memory then understates and timings jump; turn swap off: swapoff -a",
        )
    }
}

fn aslr_check(paths: &HostPaths) -> Check {
    const NAME: &str = "aslr";
    match read_value(&paths.proc_file("sys/kernel/randomize_va_space")) {
        Err(e) => Check::unreadable(NAME, &e),
        Ok(None) => Check::new(NAME, CheckState::Info, "unknown", "the kernel does not say whether address space randomisation is on"),
        Ok(Some(v)) => match v.as_str() {
            "0" => Check::new(
                NAME,
                CheckState::Warn,
                "0 (off)",
                "address space randomisation is off, a security weakness; turn it back on: sysctl -w kernel.randomize_va_space=2",
            ),
            "1" => Check::new(
                NAME,
                CheckState::Info,
                "1 (partial)",
                "memory layout varies a little between runs (stack and mmap, not heap), adding small variance; it stays on for security",
            ),
            "2" => Check::new(
                NAME,
                CheckState::Info,
                "2 (full)",
                "memory layout varies a little between runs, adding small variance; it stays on for security",
            ),
            _ => Check::new(NAME, CheckState::Info, v, "an unusual randomize_va_space value; memory layout may vary between runs"),
        },
    }
}

fn perf_check(paths: &HostPaths) -> Check {
    const NAME: &str = "perf events";
    match read_value(&paths.proc_file("sys/kernel/perf_event_paranoid")) {
        Err(e) => Check::unreadable(NAME, &e),
        Ok(None) => Check::new(
            NAME,
            CheckState::Info,
            "absent",
            "the kernel has no perf events, so hardware counters are unavailable to profilers",
        ),
        Ok(Some(v)) => {
            let level: i32 = v.parse().unwrap_or(i32::MAX);
            let meaning = if level <= 1 {
                "non-root processes may read CPU performance counters (cycles, instructions); root always can"
            } else {
                "only root may read CPU performance counters (cycles, instructions); lower it with sysctl kernel.perf_event_paranoid=1 if non-root profiling is needed"
            };
            Check::new(
                NAME,
                CheckState::Info,
                format!("perf_event_paranoid = {v}"),
                meaning,
            )
        }
    }
}

fn load_check(paths: &HostPaths, cores: usize) -> Check {
    const NAME: &str = "load";
    let text = match read_opt(&paths.proc_file("loadavg")) {
        Err(e) => return Check::unreadable(NAME, &e),
        Ok(text) => text.unwrap_or_default(),
    };
    let Some(load) = text
        .split_whitespace()
        .next()
        .and_then(|f| f.parse::<f64>().ok())
    else {
        return Check::new(
            NAME,
            CheckState::Info,
            "unknown",
            "the load average could not be read, so other work on this machine is unknown",
        );
    };
    let value = format!("1-minute load {load:.2} on {cores} CPU(s)");
    if load > cores as f64 / 2.0 {
        Check::new(
            NAME,
            CheckState::Warn,
            value,
            "other work on this machine will disturb timings; measure on an idle machine",
        )
    } else {
        Check::new(
            NAME,
            CheckState::Ok,
            value,
            "the machine is mostly idle, so other work barely disturbs timings",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::fake::{FakeHost, FakeSys};
    use super::*;

    const CPU: &str = "sys/devices/system/cpu";

    #[test]
    fn governor_performance_is_ok() {
        let host = FakeHost::v2_machine();
        let check = governor_check(&host.paths);
        assert_eq!(
            (check.state, check.value.as_str()),
            (CheckState::Ok, "performance on 0-3")
        );
    }

    #[test]
    fn governor_mixed_warns_and_groups_cpus() {
        let host = FakeHost::v2_machine();
        host.file(
            &format!("{CPU}/cpu2/cpufreq/scaling_governor"),
            "powersave\n",
        )
        .file(
            &format!("{CPU}/cpu3/cpufreq/scaling_governor"),
            "powersave\n",
        );
        let check = governor_check(&host.paths);
        assert_eq!(check.state, CheckState::Warn);
        assert_eq!(check.value, "performance on 0-1; powersave on 2-3");
        assert!(check
            .meaning
            .contains("cpupower frequency-set -g performance"));
    }

    #[test]
    fn governor_absent_is_info() {
        let host = FakeHost::new();
        host.dir(&format!("{CPU}/cpu0")).dir(&format!("{CPU}/cpu1"));
        let check = governor_check(&host.paths);
        assert_eq!(
            (check.state, check.value.as_str()),
            (CheckState::Info, "no cpufreq")
        );
        assert!(check.meaning.contains("VMs"));
        assert_eq!(
            governor_check(&FakeHost::new().paths).state,
            CheckState::Info
        );
    }

    #[test]
    fn turbo_on_warns_off_is_ok_absent_is_info() {
        let host = FakeHost::new();
        assert_eq!(turbo_check(&host.paths).state, CheckState::Info);
        host.file(&format!("{CPU}/cpufreq/boost"), "1\n");
        assert_eq!(turbo_check(&host.paths).state, CheckState::Warn);
        host.file(&format!("{CPU}/intel_pstate/no_turbo"), "1\n");
        let check = turbo_check(&host.paths);
        assert_eq!(
            (check.state, check.value.as_str()),
            (CheckState::Ok, "intel_pstate no_turbo = 1")
        );
    }

    #[test]
    fn smt_states() {
        let host = FakeHost::new();
        host.file(&format!("{CPU}/smt/control"), "on\n")
            .file(&format!("{CPU}/smt/active"), "1\n");
        let check = smt_check(&host.paths);
        assert_eq!(
            (check.state, check.value.as_str()),
            (CheckState::Warn, "control on, active 1")
        );
        assert!(check.meaning.contains("sibling hyperthread"));
        host.file(&format!("{CPU}/smt/control"), "notsupported\n")
            .file(&format!("{CPU}/smt/active"), "0\n");
        assert_eq!(smt_check(&host.paths).state, CheckState::Info);
        host.file(&format!("{CPU}/smt/control"), "forceoff\n");
        assert_eq!(smt_check(&host.paths).state, CheckState::Ok);
    }

    #[test]
    fn swap_off_and_on() {
        let host = FakeHost::v2_machine();
        let check = swap_check(&host.paths);
        assert_eq!(
            (check.state, check.value.as_str()),
            (CheckState::Ok, "off; swappiness 60")
        );
        host.file(
            "proc/swaps",
            "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n/dev/sda2   partition\t8388604\t\t1024\t\t-2\n",
        );
        let check = swap_check(&host.paths);
        assert_eq!(check.state, CheckState::Warn);
        assert_eq!(
            check.value,
            "on: /dev/sda2 (8388604 KiB, 1024 KiB used); swappiness 60"
        );
        assert!(check.meaning.contains("swapoff -a"));
    }

    #[test]
    fn aslr_off_warns_on_is_info() {
        let host = FakeHost::v2_machine();
        assert_eq!(aslr_check(&host.paths).state, CheckState::Info);
        host.file("proc/sys/kernel/randomize_va_space", "0\n");
        let check = aslr_check(&host.paths);
        assert_eq!(
            (check.state, check.value.as_str()),
            (CheckState::Warn, "0 (off)")
        );
    }

    #[test]
    fn load_above_half_the_cores_warns() {
        let host = FakeHost::v2_machine();
        assert_eq!(load_check(&host.paths, 4).state, CheckState::Ok);
        host.file("proc/loadavg", "2.50 1.00 0.50 3/200 999\n");
        let check = load_check(&host.paths, 4);
        assert_eq!(
            (check.state, check.value.as_str()),
            (CheckState::Warn, "1-minute load 2.50 on 4 CPU(s)")
        );
        assert_eq!(load_check(&host.paths, 8).state, CheckState::Ok);
    }

    #[test]
    fn one_core_means_a_shared_sampler() {
        let host = FakeHost::v2_machine();
        let sys = FakeSys {
            allowed: "2",
            ..FakeSys::root()
        };
        let mut out = Vec::new();
        let cpus = cpu_checks(&host.paths, &sys, &mut out);
        assert_eq!(cpus.online.len(), 4);
        assert_eq!(cpus.allowed.as_slice(), &[2]);
        assert_eq!(out[0].state, CheckState::Warn);
        assert_eq!(out[0].value, "online 0-3 (4), allowed 2 (1)");
        assert!(out[0].meaning.contains("shares it"));

        let mut out = Vec::new();
        cpu_checks(&host.paths, &FakeSys::root(), &mut out);
        assert_eq!(out[0].state, CheckState::Ok);
        assert!(out[0].meaning.contains("different core"));
    }

    #[test]
    fn perf_and_kernel_are_informational() {
        let host = FakeHost::v2_machine();
        let check = perf_check(&host.paths);
        assert_eq!(
            (check.state, check.value.as_str()),
            (CheckState::Info, "perf_event_paranoid = 2")
        );
        assert!(check.meaning.contains("only root"));
        assert_eq!(kernel_check(&FakeSys::root()).value, "Linux 6.1.0-fake");
    }
}
