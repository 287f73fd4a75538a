//! Measuring candidates the way the references were measured.
//!
//! A score compares a candidate's figures with the references' stored ones, which is
//! only fair when both were measured alike: the same case multiplier, sample rate, CPU
//! and toolchain. Every measured problem records how in its
//! [`MeasuredWith`]; [`settle`] reads those records, chooses the settings a command
//! should measure candidates with (what was asked, else what the dataset used), and
//! says in [`Warning`]s what still differs and what to do about it.
//!
//! ```no_run
//! # fn demo(problems: &[afterburner_venus::Problem], machine: &afterburner_litmus::provenance::Machine) {
//! use afterburner_litmus::provenance::{settle, Requested};
//! use afterburner_monolith::Language;
//! let (settings, warnings) = settle(problems, &Requested::default(), machine, &[Language::Python]);
//! for w in &warnings {
//!     eprintln!("{}: {}\n  {}", w.severity, w.message, w.what_to_do);
//! }
//! let options = settings.judge_options();
//! # }
//! ```

mod machine;

use std::collections::BTreeSet;
use std::fmt;

use afterburner_monolith::Language;
use afterburner_venus::harness::JudgeOptions;
use afterburner_venus::{MeasuredWith, Problem};
use serde::Serialize;

pub use machine::{cpu_model, isolation_summary, rfc3339_utc, stamp, Machine};

/// Runs per solution when neither the user nor the dataset says.
pub const DEFAULT_RUNS: usize = 1;

/// The settings a measurement is made with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Settings {
    /// Judged runs per solution (the median is kept).
    pub runs: usize,
    /// How many times each run goes through the whole list of cases.
    pub case_multiply: usize,
    /// Memory sampling rate, in Hz.
    pub sample_hz: u32,
}

impl Settings {
    /// The judge options for these settings (the rest at their defaults).
    pub fn judge_options(&self) -> JudgeOptions {
        JudgeOptions {
            case_multiply: self.case_multiply,
            sample_hz: self.sample_hz,
            ..JudgeOptions::default()
        }
    }
}

/// What the user asked for; `None` means "as the dataset was measured".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Requested {
    /// Runs per candidate.
    pub runs: Option<usize>,
    /// Case multiplier.
    pub case_multiply: Option<usize>,
    /// Memory sampling rate, in Hz.
    pub sample_hz: Option<u32>,
}

/// One setting that differs between two measurements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Difference {
    /// The setting (`case_multiply`, `sample_hz`, `cpu_model`, `toolchain`, …).
    pub setting: &'static str,
    /// For `toolchain`: the language whose toolchain differs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Its value in the reference measurement (`unknown` when not recorded).
    pub reference: String,
    /// Its value in the candidates' measurement.
    pub candidates: String,
    /// Whether it changes the figures (else it is worth knowing but harmless).
    pub changes_figures: bool,
    /// What it changes, in a sentence.
    pub effect: &'static str,
}

/// The settings in which `candidates` differ from `reference`, in a fixed order.
/// When was measured, and where (servers), are not compared: only what the figures
/// depend on. A CPU model or toolchain that one side does not record cannot be
/// compared: an unknown CPU is a note, an unrecorded toolchain is skipped.
pub fn differences(reference: &MeasuredWith, candidates: &MeasuredWith) -> Vec<Difference> {
    let mut out = Vec::new();
    let mut differ = |setting, language: Option<&str>, r: String, c: String, changes, effect| {
        if r != c {
            out.push(Difference {
                setting,
                language: language.map(str::to_string),
                reference: r,
                candidates: c,
                changes_figures: changes,
                effect,
            });
        }
    };
    differ(
        "case_multiply",
        None,
        reference.case_multiply.to_string(),
        candidates.case_multiply.to_string(),
        true,
        "time, memory and the integral grow with the rounds of cases in a run",
    );
    differ(
        "sample_hz",
        None,
        reference.sample_hz.to_string(),
        candidates.sample_hz.to_string(),
        true,
        "peak memory and the integral depend on how often memory is sampled",
    );
    let known = |m: &Option<String>| m.clone().unwrap_or_else(|| "unknown".into());
    let both_known = reference.cpu_model.is_some() && candidates.cpu_model.is_some();
    differ(
        "cpu_model",
        None,
        known(&reference.cpu_model),
        known(&candidates.cpu_model),
        both_known,
        if both_known {
            "times depend on the CPU"
        } else {
            "times depend on the CPU, and one side does not record which it was"
        },
    );
    for (language, version) in &reference.toolchains {
        if let Some(theirs) = candidates.toolchains.get(language) {
            differ(
                "toolchain",
                Some(language),
                version.clone(),
                theirs.clone(),
                true,
                "the compiler or interpreter version changes time and memory",
            );
        }
    }
    if reference.isolation.is_some() && candidates.isolation.is_some() {
        differ(
            "isolation",
            None,
            known(&reference.isolation),
            known(&candidates.isolation),
            true,
            "what counts toward memory depends on the cgroup and where memory is read",
        );
    }
    differ(
        "runs",
        None,
        reference.runs.to_string(),
        candidates.runs.to_string(),
        false,
        "a median over fewer runs is noisier, not biased",
    );
    differ(
        "cpus",
        None,
        reference.cpus.to_string(),
        candidates.cpus.to_string(),
        false,
        "measurements running at once on cores that share a physical core slow each other",
    );
    differ(
        "afterburner",
        None,
        reference.afterburner.clone(),
        candidates.afterburner.clone(),
        false,
        "how runs are measured may change between versions",
    );
    out
}

/// How serious a [`Warning`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; the scores stand.
    Note,
    /// The scores may compare unlike measurements.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
        })
    }
}

/// Something about how candidates and references were measured that a reader of the
/// scores must know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// How serious it is.
    pub severity: Severity,
    /// What is the matter, in a sentence.
    pub message: String,
    /// What to do about it.
    pub what_to_do: String,
    /// The setting at fault, when it is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub difference: Option<Difference>,
}

/// Chooses the settings to measure candidates of `problems` with, on `machine`, in
/// `languages`: each as `requested`, else as the dataset was measured, else the
/// default. Warns when the dataset records no provenance (for some or all problems),
/// when its records disagree with each other, and for every difference between the
/// dataset's measurement (the one most of its problems share) and the candidates'
/// that changes the figures (toolchains only of `languages`); differences that do
/// not are notes. Warnings come first, notes after.
pub fn settle<'a>(
    problems: impl IntoIterator<Item = &'a Problem>,
    requested: &Requested,
    machine: &Machine,
    languages: &[Language],
) -> (Settings, Vec<Warning>) {
    let mut total = 0;
    let mut unrecorded = 0;
    // Distinct measurements (when they were made aside) with how many problems each.
    let mut variants: Vec<(MeasuredWith, usize)> = Vec::new();
    for problem in problems {
        total += 1;
        let Some(m) = &problem.measured_with else {
            unrecorded += 1;
            continue;
        };
        // When and at what speed of the machine are not how: they differ per problem.
        let m = MeasuredWith {
            measured_at: String::new(),
            calibration_us: None,
            ..m.clone()
        };
        match variants.iter_mut().find(|(v, _)| *v == m) {
            Some((_, count)) => *count += 1,
            None => variants.push((m, 1)),
        }
    }
    let mut warnings = Vec::new();
    if unrecorded > 0 {
        let whose = if unrecorded == total {
            "the dataset does not record how its solutions were measured".to_string()
        } else {
            format!(
                "{unrecorded} of {total} problems do not record how their solutions were measured"
            )
        };
        warnings.push(Warning {
            severity: Severity::Warning,
            message: format!("{whose}: measured elsewhere or by an older version"),
            what_to_do: "re-measure the dataset on this machine with `afterburner distribution`"
                .into(),
            difference: None,
        });
    }
    // The first of the most common measurements (max_by_key keeps the last of equals).
    let reference = variants
        .iter()
        .rev()
        .max_by_key(|(_, count)| *count)
        .map(|(m, _)| m.clone());
    if let Some(reference) = &reference {
        warnings.extend(disagreements(reference, &variants));
    }
    let settings = Settings {
        runs: requested
            .runs
            .or(reference.as_ref().map(|r| r.runs))
            .unwrap_or(DEFAULT_RUNS)
            .max(1),
        case_multiply: requested
            .case_multiply
            .or(reference.as_ref().map(|r| r.case_multiply))
            .unwrap_or(JudgeOptions::default().case_multiply)
            .max(1),
        sample_hz: requested
            .sample_hz
            .or(reference.as_ref().map(|r| r.sample_hz))
            .unwrap_or(JudgeOptions::default().sample_hz),
    };
    if let Some(reference) = &reference {
        let candidates = machine.measured_with(&settings);
        let in_use: BTreeSet<&str> = languages.iter().map(|l| l.name()).collect();
        warnings.extend(
            differences(reference, &candidates)
                .into_iter()
                .filter(|d| d.language.as_deref().is_none_or(|l| in_use.contains(l)))
                .map(|d| Warning {
                    severity: if d.changes_figures {
                        Severity::Warning
                    } else {
                        Severity::Note
                    },
                    message: format!(
                        "the candidates are measured with {} = {}, the references were with {}: {}",
                        name(&d),
                        d.candidates,
                        d.reference,
                        d.effect
                    ),
                    what_to_do: advice(&d),
                    difference: Some(d),
                }),
        );
    }
    warnings.sort_by_key(|w| std::cmp::Reverse(w.severity));
    (settings, warnings)
}

/// One warning per measurement that differs from the most common one.
fn disagreements(reference: &MeasuredWith, variants: &[(MeasuredWith, usize)]) -> Vec<Warning> {
    let mut out = Vec::new();
    let majority = variants
        .iter()
        .find(|(m, _)| m == reference)
        .map_or(0, |(_, n)| *n);
    for (other, count) in variants.iter().filter(|(m, _)| m != reference) {
        let found = differences(reference, other);
        let Some(first) = found.first() else { continue };
        let changes = found.iter().any(|d| d.changes_figures);
        let list: Vec<String> = found
            .iter()
            .map(|d| format!("{} {} (most: {})", name(d), d.candidates, d.reference))
            .collect();
        out.push(Warning {
            severity: if changes {
                Severity::Warning
            } else {
                Severity::Note
            },
            message: format!(
                "the dataset's records disagree: {count} problems were measured with {}, where {majority} share another measurement",
                list.join(", ")
            ),
            what_to_do: if changes {
                "re-measure the whole dataset at once with `afterburner distribution`".into()
            } else {
                "nothing needed; the figures are comparable".into()
            },
            difference: Some(first.clone()),
        });
    }
    out
}

/// The setting's name as a reader knows it (`toolchain python`).
fn name(d: &Difference) -> String {
    match &d.language {
        Some(language) => format!("{} {language}", d.setting),
        None => d.setting.to_string(),
    }
}

fn advice(d: &Difference) -> String {
    match d.setting {
        "case_multiply" => format!(
            "measure the candidates with `--case-multiply {}` (or leave it out to use the dataset's)",
            d.reference
        ),
        "sample_hz" => format!(
            "measure the candidates with `--sample-hz {}` (or leave it out to use the dataset's)",
            d.reference
        ),
        "runs" => format!(
            "for figures as steady as the references', measure with `--runs {}`",
            d.reference
        ),
        "cpus" => "nothing needed if both ran one measurement per physical core".into(),
        "afterburner" => {
            "re-measure the dataset with `afterburner distribution` if the scores look off".into()
        }
        _ => "re-measure the dataset on this machine with `afterburner distribution`, then evaluate against that".into(),
    }
}

#[cfg(test)]
mod tests;
