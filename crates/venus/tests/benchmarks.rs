//! APPS and Mercury as users download them: files written by `datasets` in each
//! benchmark's own layout (`scripts/benchmark_fixtures.py`, problems of our own) load
//! through the same loader as Venus, problems that cannot be judged are left out with
//! the reason, and every solution gets, in the real sandbox, the verdict the
//! benchmark's own evaluation would give it. The Python packages are required: `pip
//! install datasets pyarrow`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, OnceLock};

use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::runner::Runner;
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig};
use afterburner_monolith::Language;
use afterburner_venus::harness::{judge, JudgeOptions};
use afterburner_venus::{load, LoadOptions, Problem, Split, Verdict};
use Verdict::{Passed, RuntimeError, WrongAnswer};

fn runner() -> &'static Runner {
    static RUNNER: OnceLock<Runner> = OnceLock::new();
    RUNNER.get_or_init(|| {
        let sandbox = Sandbox::new(SandboxConfig::default()).expect("run the tests as root");
        let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("compile-cache");
        Runner::new(
            Arc::new(sandbox),
            Toolchains::discover_all(),
            CompileCache::new(cache),
        )
    })
}

/// The fixtures folder, written once per test run; fails (never skips) without the
/// Python packages.
fn fixtures() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("benchmark-fixtures");
        let script =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/benchmark_fixtures.py");
        let output = Command::new("python3")
            .arg(script)
            .arg(&dir)
            .output()
            .expect("python3 could not be started");
        assert!(
            output.status.success(),
            "benchmark_fixtures.py failed (pip install datasets pyarrow):\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        dir
    })
}

fn only_split(file: &str) -> Split {
    let dataset = load(&fixtures().join(file), &LoadOptions::default())
        .unwrap_or_else(|e| panic!("loading {file}: {e}"));
    assert_eq!(dataset.splits.len(), 1);
    dataset.splits.into_iter().next().unwrap()
}

fn problem<'a>(split: &'a Split, id: &str) -> &'a Problem {
    split
        .problems
        .iter()
        .find(|p| p.problem_id.matches(id))
        .unwrap_or_else(|| panic!("no problem {id}"))
}

/// Judges every solution of problem `id` and checks the verdicts in order.
#[track_caller]
fn assert_verdicts(split: &Split, id: &str, expected: &[Verdict]) {
    let p = problem(split, id);
    assert_eq!(p.solutions.len(), expected.len(), "problem {id}");
    for (i, (solution, want)) in p.solutions.iter().zip(expected).enumerate() {
        let got = judge(
            runner(),
            p,
            &solution.code,
            Language::Python,
            &JudgeOptions::default(),
        )
        .unwrap();
        assert_eq!(
            got.verdict, *want,
            "problem {id} solution {i}: {:?}\n{}\nstderr: {}",
            got.reason, solution.code, got.run.stderr
        );
    }
}

#[test]
fn apps_files_from_datasets_load_in_both_formats_and_leave_out_broken_problems() {
    let jsonl = only_split("apps.jsonl");
    let parquet = only_split("apps.parquet");
    assert_eq!(jsonl.problems, parquet.problems);
    let ids: Vec<String> = jsonl
        .problems
        .iter()
        .map(|p| p.problem_id.to_string())
        .collect();
    assert_eq!(ids, ["4001", "4002", "4003", "4004"]);
    assert_eq!(jsonl.skipped.len(), 1);
    let skipped = &jsonl.skipped[0];
    assert_eq!(skipped.problem_id.as_deref(), Some("4005"));
    assert!(
        skipped.reason.contains("not valid JSON"),
        "{}",
        skipped.reason
    );
    assert!(
        skipped.record.contains("apps.jsonl line 5"),
        "{}",
        skipped.record
    );

    let sum = problem(&jsonl, "4001");
    assert_eq!(sum.difficulty, "introductory");
    assert_eq!(sum.test_cases[2].input, "4\n10 20 30 40");
    assert!(problem(&jsonl, "4004").solutions.is_empty());
    assert!(problem(&jsonl, "4002").code_prompt.is_some());
}

#[test]
fn apps_standard_input_programs_are_judged_as_whole_programs_with_apps_comparison() {
    let split = only_split("apps.parquet");
    // Whole programs: `global`, a star import, a main guard and sys.exit(0) all work;
    // bytes that are not UTF-8 written past the harness are a wrong answer, and a
    // failing exit status a runtime error.
    assert_verdicts(
        &split,
        "4001",
        &[
            Passed,
            Passed,
            Passed,
            WrongAnswer,
            WrongAnswer,
            RuntimeError,
        ],
    );
    let no_references = problem(&split, "4004");
    let candidate = "a, b = map(int, input().split())\nprint(max(a, b), end='  \\n\\n')\n";
    let got = judge(
        runner(),
        no_references,
        candidate,
        Language::Python,
        &JudgeOptions::default(),
    )
    .unwrap();
    assert_eq!(got.verdict, Passed, "{:?}", got.reason);
}

#[test]
fn apps_call_based_problems_call_the_method_or_function_and_compare_values() {
    let split = only_split("apps.jsonl");
    assert_verdicts(&split, "4002", &[Passed, Passed, WrongAnswer]);
    assert_verdicts(&split, "4003", &[Passed, WrongAnswer]);
}

#[test]
fn mercury_files_from_datasets_are_judged_with_their_own_conversion_and_evaluation() {
    let split = only_split("mercury.parquet");
    let ids: Vec<String> = split
        .problems
        .iter()
        .map(|p| p.problem_id.to_string())
        .collect();
    assert_eq!(ids, ["9001", "9002"]);
    assert_eq!(split.skipped.len(), 1);
    assert!(
        split.skipped[0].reason.contains("lctk"),
        "{:?}",
        split.skipped
    );
    let reverse = problem(&split, "9001");
    assert_eq!(reverse.title, "reverse-chain");
    assert!(reverse
        .question_content
        .starts_with("Reverse a singly linked list"));
    // Linked lists travel out of the solution's run and back; debug prints are silenced.
    assert_verdicts(&split, "9001", &[Passed, Passed, WrongAnswer]);
    // In place: judged on the arguments when the method returns nothing, and a returned
    // answer is judged against the evaluator's own copy of the inputs.
    assert_verdicts(&split, "9002", &[Passed, Passed, WrongAnswer, WrongAnswer]);
}
