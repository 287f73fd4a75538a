//! The bundled problem set holds what it promises: enough problems across difficulties
//! and topics, several correct solutions of different efficiency per problem, and
//! every solution judged as labelled, from a built file that matches its sources.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::pool::Pool;
use afterburner_monolith::runner::Runner;
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig};
use afterburner_monolith::Language;
use afterburner_venus::bundle::{build, read_source_set, BUILT_FILE};
use afterburner_venus::harness::JudgeOptions;
use afterburner_venus::labels::check_labels;
use afterburner_venus::load::{load, LoadOptions};
use afterburner_venus::{Problem, Verdict};

fn set_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/afterburner")
}

fn built() -> Vec<Problem> {
    let dataset =
        load(&set_dir().join(BUILT_FILE), &LoadOptions::default()).expect("the built set loads");
    dataset
        .splits
        .into_iter()
        .flat_map(|s| s.problems)
        .collect()
}

fn runner() -> Runner {
    let sandbox = Sandbox::new(SandboxConfig::default()).expect("run the tests as root");
    let cache = std::env::temp_dir().join(format!(
        "afterburner-bundled-test-cache-{}",
        std::process::id()
    ));
    Runner::new(
        Arc::new(sandbox),
        Toolchains::discover_all(),
        CompileCache::new(cache),
    )
}

#[test]
fn the_set_covers_difficulties_topics_and_languages() {
    let problems = built();
    assert!(problems.len() >= 50, "{} problems", problems.len());
    for difficulty in ["Easy", "Medium", "Hard"] {
        let n = problems
            .iter()
            .filter(|p| p.difficulty == difficulty)
            .count();
        assert!(n >= 5, "only {n} {difficulty} problems");
    }
    let tags: BTreeSet<&str> = problems
        .iter()
        .flat_map(|p| p.tags.iter().map(String::as_str))
        .collect();
    for topic in [
        "arrays",
        "hashing",
        "two pointers",
        "sorting",
        "binary search",
        "stack",
        "heap",
        "intervals",
        "strings",
        "dynamic programming",
        "graphs",
        "union-find",
        "math",
        "bit manipulation",
    ] {
        assert!(tags.contains(topic), "no problem tagged {topic}: {tags:?}");
    }
    let all_six = problems
        .iter()
        .filter(|p| p.languages().len() == Language::ALL.len())
        .count();
    assert!(
        all_six >= 10,
        "{all_six} problems have runners for all six languages"
    );
    let mut with_wrong_and_slow = 0;
    for p in &problems {
        assert!(
            p.test_cases.len() >= 10,
            "problem {}: {} cases",
            p.problem_id,
            p.test_cases.len()
        );
        let correct_python = p
            .solutions
            .iter()
            .filter(|s| s.language() == Language::Python && s.expected == Some(Verdict::Passed))
            .count();
        assert!(
            correct_python >= 6,
            "problem {}: {correct_python} correct Python solutions",
            p.problem_id
        );
        if p.languages().len() == Language::ALL.len() {
            for language in Language::ALL {
                let n = p
                    .solutions
                    .iter()
                    .filter(|s| s.language() == language && s.expected == Some(Verdict::Passed))
                    .count();
                assert!(
                    n >= 2,
                    "problem {}: {n} correct {language} solutions",
                    p.problem_id
                );
            }
        }
        let has = |v| p.solutions.iter().any(|s| s.expected == Some(v));
        if has(Verdict::WrongAnswer) && has(Verdict::Timeout) {
            with_wrong_and_slow += 1;
        }
    }
    assert!(
        with_wrong_and_slow * 5 >= problems.len(),
        "{with_wrong_and_slow} problems have a wrong and a too-slow solution"
    );
}

#[test]
fn correct_solutions_differ_in_efficiency() {
    // Measured when the set was built: the slowest correct Python solution of a problem
    // takes clearly longer than the fastest, on most problems.
    let problems = built();
    let spread = problems
        .iter()
        .filter(|p| {
            let times: Vec<f64> = p
                .solutions
                .iter()
                .filter(|s| s.language() == Language::Python && s.passed == Some(true))
                .filter_map(|s| s.time)
                .collect();
            let (min, max) = times
                .iter()
                .fold((f64::MAX, 0f64), |(lo, hi), t| (lo.min(*t), hi.max(*t)));
            times.len() >= 6 && max >= 1.3 * min
        })
        .count();
    assert!(
        spread * 10 >= problems.len() * 8,
        "only {spread} of {} problems spread in time",
        problems.len()
    );
}

#[test]
fn the_built_file_matches_its_sources_and_the_cases_are_deterministic() {
    let runner = runner();
    let sources = read_source_set(&set_dir()).unwrap();
    let committed = built();
    assert_eq!(sources.len(), committed.len());
    for source in &sources {
        // `build` generates the inputs twice and fails when they differ.
        let fresh = build(&runner, source).unwrap_or_else(|e| panic!("{e}"));
        let old = committed
            .iter()
            .find(|p| p.problem_id == fresh.problem_id)
            .expect("built");
        assert_eq!(
            fresh.test_cases, old.test_cases,
            "problem {}: cases differ from the built file",
            fresh.problem_id
        );
        assert_eq!(fresh.test_case_runners, old.test_case_runners);
        assert_eq!(fresh.solutions.len(), old.solutions.len());
    }
}

#[test]
fn every_solution_gets_its_label() {
    let runner = runner();
    let problems = built();
    let pool = Pool::new(&runner, &CpuSet::allowed().unwrap());
    let checks = check_labels(&pool, &problems, &JudgeOptions::default(), &|_, _| {});
    let labelled: usize = problems
        .iter()
        .map(|p| p.solutions.iter().filter(|s| s.expected.is_some()).count())
        .sum();
    assert_eq!(checks.len(), labelled);
    let failures: Vec<String> = checks
        .iter()
        .filter(|c| !c.holds())
        .map(|c| {
            format!(
                "{} {:?}: expected {}, got {} ({:?})",
                c.problem_id, c.name, c.expected, c.got, c.reason
            )
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} labels do not hold:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
