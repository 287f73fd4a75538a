//! What a measurement records about where it ran: the CPU, the toolchains, the
//! isolation, and when. Read once per command, then stamped on every problem measured.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::Isolation;
use afterburner_venus::{MeasuredWith, Problem};

use super::Settings;

/// Where measurements run, as far as the figures depend on it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Machine {
    /// How many measurements run at once (cores, or the servers' workers).
    pub cpus: usize,
    /// The CPU's `model name`; `None` when not known (remote servers).
    pub cpu_model: Option<String>,
    /// Toolchain version lines by language name; empty when not known.
    pub toolchains: BTreeMap<String, String>,
    /// How runs are isolated (see [`isolation_summary`]); `None` when not known.
    pub isolation: Option<String>,
    /// The Monolith servers measuring; empty for this machine.
    pub servers: Vec<String>,
}

impl Machine {
    /// This machine: its CPU model from `/proc/cpuinfo`, the toolchains found, the
    /// sandbox's isolation, and `cpus` measurements at once.
    pub fn local(toolchains: &Toolchains, isolation: &Isolation, cpus: usize) -> Machine {
        Machine {
            cpus,
            cpu_model: cpu_model(Path::new("/proc/cpuinfo")),
            toolchains: toolchains
                .iter()
                .filter_map(|(language, found)| {
                    let toolchain = found.as_ref().ok()?;
                    Some((language.name().to_string(), toolchain.version.clone()))
                })
                .collect(),
            isolation: Some(isolation_summary(isolation)),
            servers: Vec::new(),
        }
    }

    /// Monolith servers (their addresses) with `workers` workers in all; their CPU,
    /// toolchains and isolation are not known here.
    pub fn remote(servers: Vec<String>, workers: usize) -> Machine {
        Machine {
            cpus: workers,
            servers,
            ..Machine::default()
        }
    }

    /// What measuring here with `settings` records, dated now.
    pub fn measured_with(&self, settings: &Settings) -> MeasuredWith {
        MeasuredWith {
            runs: settings.runs,
            case_multiply: settings.case_multiply,
            sample_hz: settings.sample_hz,
            cpus: self.cpus,
            cpu_model: self.cpu_model.clone(),
            toolchains: self.toolchains.clone(),
            isolation: self.isolation.clone(),
            servers: self.servers.clone(),
            calibration_us: None,
            afterburner: env!("CARGO_PKG_VERSION").to_string(),
            measured_at: rfc3339_utc(SystemTime::now()),
        }
    }
}

/// Records `measured_with` on every problem.
pub fn stamp(problems: &mut [Problem], measured_with: &MeasuredWith) {
    for problem in problems {
        problem.measured_with = Some(measured_with.clone());
    }
}

/// The `model name` of the first processor listed in `cpuinfo` (normally
/// `/proc/cpuinfo`); `None` when the file or the line is missing (some ARM kernels).
pub fn cpu_model(cpuinfo: &Path) -> Option<String> {
    model_name(&std::fs::read_to_string(cpuinfo).ok()?)
}

fn model_name(cpuinfo: &str) -> Option<String> {
    cpuinfo.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        (key.trim() == "model name")
            .then(|| value.trim().to_string())
            .filter(|v| !v.is_empty())
    })
}

/// The parts of [`Isolation`] that decide what is measured: mode, cgroup version and
/// where memory is read (`full, cgroup v2, memory from cgroup-members`).
pub fn isolation_summary(isolation: &Isolation) -> String {
    format!(
        "{}, cgroup {}, memory from {}",
        isolation.mode, isolation.cgroup, isolation.memory_source
    )
}

/// `time` as RFC 3339 in UTC, to the second (`2025-03-04T05:06:07Z`).
pub fn rfc3339_utc(time: SystemTime) -> String {
    let secs = time
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

/// The proleptic Gregorian date `days` after 1970-01-01 (H. Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn the_cpu_model_is_the_first_model_name_line() {
        let cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel\t\t: 1\nmodel name\t: AMD EPYC 7B13\n\nprocessor\t: 1\nmodel name\t: AMD EPYC 7B13\n";
        assert_eq!(model_name(cpuinfo).as_deref(), Some("AMD EPYC 7B13"));
        assert_eq!(model_name("processor\t: 0\nBogoMIPS\t: 50.00\n"), None);
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(cpu_model(&dir.path().join("missing")), None);
    }

    #[test]
    fn times_are_written_as_rfc3339_utc() {
        let at = |secs: u64| rfc3339_utc(UNIX_EPOCH + Duration::from_secs(secs));
        assert_eq!(at(0), "1970-01-01T00:00:00Z");
        assert_eq!(at(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(at(1_741_064_767), "2025-03-04T05:06:07Z");
        assert_eq!(at(4_107_542_399), "2100-02-28T23:59:59Z");
    }

    #[test]
    fn a_remote_machine_records_its_servers_and_nothing_it_cannot_know() {
        let settings = Settings {
            runs: 3,
            case_multiply: 2,
            sample_hz: 1000,
        };
        let m = Machine::remote(vec!["http://node1:8000".into()], 8).measured_with(&settings);
        assert_eq!(
            (m.runs, m.case_multiply, m.sample_hz, m.cpus),
            (3, 2, 1000, 8)
        );
        assert_eq!(m.servers, ["http://node1:8000"]);
        assert!(m.cpu_model.is_none() && m.toolchains.is_empty() && m.isolation.is_none());
        assert_eq!(m.afterburner, env!("CARGO_PKG_VERSION"));
        assert!(m.measured_at.ends_with('Z') && m.measured_at.len() == 20);
    }

    #[test]
    fn isolation_is_summarised_by_what_decides_the_figures() {
        let isolation = Isolation {
            mode: "full".into(),
            cgroup: "v2".into(),
            memory_source: "cgroup-members".into(),
            cpu: Some(3),
            ..Isolation::default()
        };
        assert_eq!(
            isolation_summary(&isolation),
            "full, cgroup v2, memory from cgroup-members"
        );
    }
}
