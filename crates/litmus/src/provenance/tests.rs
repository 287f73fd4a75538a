use super::*;
use serde_json::json;

/// A machine like the one the references were measured on in [`recorded`].
fn here() -> Machine {
    Machine {
        cpus: 2,
        cpu_model: Some("AMD EPYC 7B13".into()),
        toolchains: [
            ("python".to_string(), "Python 3.11.2".to_string()),
            (
                "go".to_string(),
                "go version go1.22.1 linux/amd64".to_string(),
            ),
        ]
        .into(),
        isolation: Some("full, cgroup v2, memory from cgroup-members".into()),
        servers: Vec::new(),
    }
}

/// What measuring on [`here`] with 16 runs, 4 rounds of cases and 20 kHz records.
fn recorded() -> MeasuredWith {
    MeasuredWith {
        measured_at: "2025-03-04T05:06:07Z".into(),
        ..here().measured_with(&Settings {
            runs: 16,
            case_multiply: 4,
            sample_hz: 20_000,
        })
    }
}

fn problem(id: u32, measured_with: Option<MeasuredWith>) -> Problem {
    let mut p = Problem::from_value(
        json!({
            "problem_id": id,
            "question_content": "q",
            "test_case_evaluator": "def evaluate(a, b): return a == b\n",
            "test_case_runners": "==Code Submission==\n",
            "test_cases": [{"input": "1\n", "output": "1\n"}],
        }),
        "test",
    )
    .unwrap();
    p.measured_with = measured_with;
    p
}

fn settings_and_warnings(
    problems: &[Problem],
    requested: Requested,
    machine: &Machine,
) -> (Settings, Vec<Warning>) {
    settle(problems, &requested, machine, &[Language::Python])
}

#[test]
fn the_same_measurement_at_another_time_does_not_differ() {
    let mut later = recorded();
    later.measured_at = "2026-01-01T00:00:00Z".into();
    assert_eq!(differences(&recorded(), &later), []);
}

#[test]
fn differences_name_the_setting_both_values_and_whether_figures_change() {
    let mut other = recorded();
    other.case_multiply = 1;
    other.runs = 3;
    other
        .toolchains
        .insert("python".into(), "Python 3.12.1".into());
    let found = differences(&recorded(), &other);
    let summary: Vec<(&str, Option<&str>, &str, &str, bool)> = found
        .iter()
        .map(|d| {
            (
                d.setting,
                d.language.as_deref(),
                d.reference.as_str(),
                d.candidates.as_str(),
                d.changes_figures,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("case_multiply", None, "4", "1", true),
            (
                "toolchain",
                Some("python"),
                "Python 3.11.2",
                "Python 3.12.1",
                true
            ),
            ("runs", None, "16", "3", false),
        ]
    );
}

#[test]
fn an_unknown_cpu_is_a_note_and_an_unrecorded_toolchain_is_not_compared() {
    let remote = Machine::remote(vec!["http://node1:8000".into()], 2).measured_with(&Settings {
        runs: 16,
        case_multiply: 4,
        sample_hz: 20_000,
    });
    let found = differences(&recorded(), &remote);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].setting, "cpu_model");
    assert_eq!(found[0].candidates, "unknown");
    assert!(!found[0].changes_figures);

    let mut other_cpu = recorded();
    other_cpu.cpu_model = Some("Intel(R) Xeon(R) Platinum 8375C".into());
    let found = differences(&recorded(), &other_cpu);
    assert!(found[0].setting == "cpu_model" && found[0].changes_figures);
}

#[test]
fn without_flags_candidates_are_measured_as_the_dataset_was() {
    // Each problem recorded the machine's speed of its own time: that is no disagreement.
    let at_speed = |us| MeasuredWith {
        calibration_us: Some(us),
        ..recorded()
    };
    let problems = [
        problem(1, Some(at_speed(180_000))),
        problem(2, Some(at_speed(195_000))),
    ];
    let (settings, warnings) = settings_and_warnings(&problems, Requested::default(), &here());
    assert_eq!(
        settings,
        Settings {
            runs: 16,
            case_multiply: 4,
            sample_hz: 20_000
        }
    );
    assert_eq!(warnings, []);
}

#[test]
fn a_different_case_multiplier_asked_for_is_used_and_warned_about() {
    let problems = [problem(1, Some(recorded()))];
    let requested = Requested {
        case_multiply: Some(1),
        runs: Some(2),
        ..Requested::default()
    };
    let (settings, warnings) = settings_and_warnings(&problems, requested, &here());
    assert_eq!((settings.case_multiply, settings.runs), (1, 2));
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    let w = &warnings[0];
    assert_eq!(w.severity, Severity::Warning);
    assert_eq!(w.difference.as_ref().unwrap().setting, "case_multiply");
    assert!(
        w.message.contains("case_multiply = 1") && w.message.contains("with 4"),
        "{}",
        w.message
    );
    assert!(
        w.what_to_do.contains("--case-multiply 4"),
        "{}",
        w.what_to_do
    );
    // Fewer runs only make the candidates' medians noisier: a note, after the warning.
    assert_eq!(warnings[1].severity, Severity::Note);
    assert!(warnings[1].what_to_do.contains("--runs 16"));
}

#[test]
fn only_the_toolchains_of_the_candidates_languages_matter() {
    let problems = [problem(1, Some(recorded()))];
    let mut machine = here();
    machine
        .toolchains
        .insert("go".into(), "go version go1.23.0 linux/amd64".into());
    let (_, warnings) = settings_and_warnings(&problems, Requested::default(), &machine);
    assert_eq!(warnings, []);

    let (_, warnings) = settle(
        &problems,
        &Requested::default(),
        &machine,
        &[Language::Python, Language::Go],
    );
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].message.contains("toolchain go"), "{warnings:?}");
}

#[test]
fn a_dataset_without_provenance_gets_the_defaults_and_a_warning() {
    let problems = [problem(1, None), problem(2, None)];
    let (settings, warnings) = settings_and_warnings(&problems, Requested::default(), &here());
    assert_eq!(
        settings,
        Settings {
            runs: DEFAULT_RUNS,
            case_multiply: 1,
            sample_hz: JudgeOptions::default().sample_hz
        }
    );
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0]
        .message
        .starts_with("the dataset does not record how its solutions were measured"));
    assert!(warnings[0]
        .what_to_do
        .contains("`afterburner distribution`"));

    let some = [
        problem(1, Some(recorded())),
        problem(2, None),
        problem(3, None),
    ];
    let (settings, warnings) = settings_and_warnings(&some, Requested::default(), &here());
    assert_eq!(settings.case_multiply, 4);
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0]
            .message
            .starts_with("2 of 3 problems do not record"),
        "{}",
        warnings[0].message
    );
}

#[test]
fn records_that_disagree_are_warned_about_and_the_majority_decides() {
    let mut odd = recorded();
    odd.case_multiply = 1;
    let problems = [
        problem(1, Some(odd)),
        problem(2, Some(recorded())),
        problem(3, Some(recorded())),
    ];
    let (settings, warnings) = settings_and_warnings(&problems, Requested::default(), &here());
    assert_eq!(settings.case_multiply, 4);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].severity, Severity::Warning);
    assert!(
        warnings[0]
            .message
            .contains("1 problems were measured with case_multiply 1 (most: 4), where 2 share"),
        "{}",
        warnings[0].message
    );

    // Records that differ only in what does not change the figures: a note.
    let mut fewer = recorded();
    fewer.runs = 8;
    let problems = [problem(1, Some(fewer)), problem(2, Some(recorded()))];
    let (settings, warnings) = settings_and_warnings(&problems, Requested::default(), &here());
    assert_eq!(
        settings.runs, 8,
        "equal counts: the first measurement decides"
    );
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].severity, Severity::Note);
}

#[test]
fn the_settings_make_judge_options() {
    let options = Settings {
        runs: 5,
        case_multiply: 3,
        sample_hz: 1000,
    }
    .judge_options();
    assert_eq!((options.case_multiply, options.sample_hz), (3, 1000));
    assert_eq!(options.memory_kb, JudgeOptions::default().memory_kb);
}
