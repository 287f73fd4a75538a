//! The bundled problem set holds what it promises: it builds from its sources with
//! deterministic generators; it has enough problems across difficulties, topics and
//! languages; each problem has several correct solutions of different efficiency in
//! each of its languages; and every solution is judged as labelled.
//!
//! One class of label is left to `afterburner dataset validate data/afterburner`: the
//! too-slow (`timeout`) solutions in the compiled and JavaScript languages. Each costs
//! a whole time limit of CPU (4–8 s), and there are about two hundred of them — more
//! than the rest of the check together. Their Python counterparts are checked here.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::pool::Pool;
use afterburner_monolith::runner::Runner;
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig};
use afterburner_monolith::Language;
use afterburner_venus::bundle::{build, read_source_set};
use afterburner_venus::labels::{check_labels, label_options, LabelCheck};
use afterburner_venus::{Problem, Verdict};

fn runner() -> Runner {
    let sandbox = Sandbox::new(SandboxConfig::default()).expect("run the tests as root");
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("compile-cache");
    Runner::new(
        Arc::new(sandbox),
        Toolchains::discover_all(),
        CompileCache::new(cache),
    )
}

/// Builds every problem from its sources, two at a time (`build` generates each
/// problem's cases twice and fails if they differ).
fn build_set(runner: &Runner) -> Vec<Problem> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/afterburner");
    let sources = read_source_set(&dir).unwrap();
    let next = AtomicUsize::new(0);
    let built = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..CpuSet::allowed().unwrap().len().max(1) {
            scope.spawn(|| {
                while let Some(source) = sources.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let problem = build(runner, source).unwrap_or_else(|e| panic!("{e}"));
                    built.lock().unwrap().push(problem);
                }
            });
        }
    });
    built.into_inner().unwrap()
}

/// Correct solutions each language of a six-language problem has at least.
const CORRECT_PER_LANGUAGE: usize = 4;

/// The problems with every solution but the native too-slow ones (see the module docs).
fn without_native_timeouts(problems: &[Problem]) -> Vec<Problem> {
    problems
        .iter()
        .cloned()
        .map(|mut p| {
            p.solutions.retain(|s| {
                s.language() == Language::Python || s.expected != Some(Verdict::Timeout)
            });
            p
        })
        .collect()
}

fn check_coverage(problems: &[Problem]) {
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
        "queue",
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
    for p in problems {
        assert_eq!(
            p.languages().len(),
            Language::ALL.len(),
            "problem {} has runners for {:?} only",
            p.problem_id,
            p.languages()
        );
    }
    let mut wrong_and_slow = 0;
    for p in problems {
        let id = &p.problem_id;
        assert!(
            p.test_cases.len() >= 10,
            "problem {id}: {} cases",
            p.test_cases.len()
        );
        let correct = |language| {
            p.solutions
                .iter()
                .filter(|s| s.language() == language && s.expected == Some(Verdict::Passed))
                .count()
        };
        assert!(
            correct(Language::Python) >= 6,
            "problem {id}: {} correct Python solutions",
            correct(Language::Python)
        );
        for language in Language::ALL {
            assert!(
                correct(language) >= CORRECT_PER_LANGUAGE,
                "problem {id}: {} correct {language} solutions",
                correct(language)
            );
        }
        let has = |v| p.solutions.iter().any(|s| s.expected == Some(v));
        if has(Verdict::WrongAnswer) && has(Verdict::Timeout) {
            wrong_and_slow += 1;
        }
    }
    assert!(
        wrong_and_slow * 5 >= problems.len(),
        "{wrong_and_slow} problems have a wrong and a too-slow solution"
    );
}

/// On most problems the slowest correct Python solution takes clearly longer than the
/// fastest: the set shows efficiency differences.
fn check_spread(problems: &[Problem], checks: &[LabelCheck]) {
    let spread = problems
        .iter()
        .filter(|p| {
            let times: Vec<f64> = checks
                .iter()
                .filter(|c| c.problem_id == p.problem_id.to_string())
                .filter(|c| c.language == Language::Python && c.got == Verdict::Passed)
                .map(|c| c.metrics.cpu_ms)
                .collect();
            let (lo, hi) = times
                .iter()
                .fold((f64::MAX, 0f64), |(lo, hi), t| (lo.min(*t), hi.max(*t)));
            times.len() >= 6 && hi >= 1.3 * lo
        })
        .count();
    assert!(
        spread * 10 >= problems.len() * 8,
        "only {spread} of {} problems spread in CPU time",
        problems.len()
    );
}

#[test]
fn the_bundled_set_builds_covers_its_topics_and_every_label_holds() {
    let runner = runner();
    let problems = build_set(&runner);
    check_coverage(&problems);
    let pool = Pool::new(&runner, &CpuSet::allowed().unwrap());
    let problems = without_native_timeouts(&problems);
    let checks = check_labels(&pool, &problems, &label_options(), &|_, _| {});
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
    check_spread(&problems, &checks);
}
