//! `afterburner distribution`, `evaluate` and `fidelity` on a small built set.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{afterburner, bin, built_set, cache, json};

/// Runs `afterburner distribution --json` on `set` with `extra` arguments, writing to `out`,
/// and returns its summary.
fn distribution_summary(set: &Path, out: &Path, extra: &[&str]) -> serde_json::Value {
    json(
        &afterburner()
            .args(["distribution", "--json"])
            .args(extra)
            .arg("--dataset")
            .arg(set)
            .arg("--out")
            .arg(out)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    )
}

#[test]
fn an_interrupted_distribution_resumes_without_redoing_work() {
    let set = built_set();
    let out = set.path().join("measured.jsonl");
    let journal = set.path().join("measured.jsonl.journal.jsonl");
    // Start, and kill it once some solutions are in the journal (the too-slow one keeps
    // it busy for seconds).
    let mut child = std::process::Command::new(bin())
        .env("AFTERBURNER_CACHE_DIR", cache())
        .args(["distribution", "--runs", "3", "--dataset"])
        .arg(set.path())
        .arg("--out")
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Finished solutions: the journal's other lines are calibration runs.
    let finished = || {
        std::fs::read_to_string(&journal).map_or(0, |j| {
            j.lines().filter(|l| l.contains("\"verdict\"")).count()
        })
    };
    let started = Instant::now();
    while finished() < 2 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "nothing was measured"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let before = finished();
    let calibrated_before = calibrations(&journal, "9001").len();
    assert!(
        before < 5 && !out.exists(),
        "the run finished before it could be interrupted"
    );

    let summary = distribution_summary(set.path(), &out, &["--runs", "3"]);
    assert_eq!(summary["resumed"], before);
    assert_eq!(summary["solutions"], 5);
    assert_eq!(summary["changed"].as_array().unwrap().len(), 0, "{summary}");
    let record = json(
        std::fs::read_to_string(&out)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .as_bytes(),
    );
    let solutions = record["solutions"].as_array().unwrap();
    assert!(solutions[0]["time"].as_f64().unwrap() > 0.0);
    assert_eq!(solutions[2]["passed"], false);
    assert_eq!(solutions[3]["status"], "timeout");
    // The calibration ran three times before the first round, so the interrupted run
    // left some; the resumed one ran it before each of its three rounds and after the
    // last. The record keeps the median of them all.
    let all = calibrations(&journal, "9001");
    assert!(calibrated_before >= 3, "{all:?}");
    assert_eq!(all.len(), calibrated_before + 4 * 3, "{all:?}");
    assert_eq!(summary["calibrated"], 1, "{summary}");
    assert_eq!(record["measured_with"]["calibration_us"], median_us(all));
}

/// The CPU times (ms) of the calibration runs `journal` holds for `problem`.
fn calibrations(journal: &Path, problem: &str) -> Vec<f64> {
    std::fs::read_to_string(journal)
        .unwrap()
        .lines()
        .map(|l| json(l.as_bytes()))
        .filter(|l| l["calibration"]["problem_id"] == problem)
        .map(|l| l["calibration"]["time"].as_f64().unwrap())
        .collect()
}

/// The median of `times` (ms) in whole µs, as records keep a calibration.
fn median_us(mut times: Vec<f64>) -> u64 {
    times.sort_by(f64::total_cmp);
    let n = times.len();
    let median = if n % 2 == 1 {
        times[n / 2]
    } else {
        (times[n / 2 - 1] + times[n / 2]) / 2.0
    };
    (median * 1000.0).round() as u64
}

#[test]
fn set_rounds_spread_every_problem_over_the_rounds_and_resume_from_single_runs() {
    let set = built_set();
    // A second problem: the first one's record under another id.
    let records = set.path().join("afterburner.jsonl");
    let first = std::fs::read_to_string(&records).unwrap();
    let mut twin = json(first.lines().next().unwrap().as_bytes());
    twin["problem_id"] = 9002.into();
    std::fs::write(&records, format!("{first}{twin}\n")).unwrap();
    let out = set.path().join("measured.jsonl");
    let journal = set.path().join("measured.jsonl.journal.jsonl");
    // One run of 9001's first solution from an interrupted measurement, far slower than
    // any real one: the resumed measurement keeps it and adds one run, not two.
    std::fs::write(
        &journal,
        r#"{"run": {"problem_id": "9001", "solution": 0, "verdict": "passed", "time": 60000.0, "memory": 1.0, "integral": 1.0, "runs": 1}}"#
            .to_string()
            + "\n",
    )
    .unwrap();
    let summary = distribution_summary(set.path(), &out, &["--order", "set-rounds", "--runs", "2"]);
    assert_eq!(summary["solutions"], 10, "{summary}");
    assert_eq!(summary["changed"].as_array().unwrap().len(), 0, "{summary}");
    // The first round's runs of both problems' passing solutions went to the journal
    // before any solution finished in the second round; the failing ones finished in
    // the first.
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&journal)
        .unwrap()
        .lines()
        .map(|l| json(l.as_bytes()))
        .collect();
    let runs: Vec<&serde_json::Value> = lines.iter().filter_map(|l| l.get("run")).collect();
    // Three passing solutions per problem: the seeded run and 9001's other two, then
    // 9002's three.
    let ids = |problem: &str| runs.iter().filter(|r| r["problem_id"] == problem).count();
    assert_eq!((ids("9001"), ids("9002")), (3, 3), "{lines:?}");
    let last_run = lines.iter().rposition(|l| l.get("run").is_some()).unwrap();
    let finished_passing = lines.iter().position(|l| l["verdict"] == "passed").unwrap();
    assert!(last_run < finished_passing, "{lines:?}");
    let measured: Vec<serde_json::Value> = std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .map(|l| json(l.as_bytes()))
        .collect();
    let solution = |problem: usize, index: usize| measured[problem]["solutions"][index].clone();
    // The median of two runs is their mean: the journaled 60 s run counts.
    assert!(
        solution(0, 0)["time"].as_f64().unwrap() > 30_000.0,
        "{:?}",
        solution(0, 0)
    );
    assert!(solution(1, 0)["time"].as_f64().unwrap() < 30_000.0);
    for problem in 0..2 {
        assert_eq!(solution(problem, 2)["passed"], false);
        assert_eq!(solution(problem, 3)["status"], "timeout");
    }
    // Each problem calibrated three times at each of its two visits.
    for (index, id) in ["9001", "9002"].into_iter().enumerate() {
        let times = calibrations(&journal, id);
        assert_eq!(times.len(), 6, "{id}: {times:?}");
        assert_eq!(
            measured[index]["measured_with"]["calibration_us"],
            median_us(times)
        );
    }
}

#[test]
fn evaluate_scores_candidates_and_writes_every_report() {
    let set = built_set();
    let measured = set.path().join("measured.jsonl");
    // References measured in the older order score candidates just the same.
    afterburner()
        .args([
            "distribution",
            "--runs",
            "2",
            "--order",
            "back-to-back",
            "--no-calibration",
            "--dataset",
        ])
        .arg(set.path())
        .arg("--out")
        .arg(&measured)
        .assert()
        .success();
    let journal = set.path().join("measured.jsonl.journal.jsonl");
    assert_eq!(calibrations(&journal, "9001"), Vec::<f64>::new());
    let record = json(std::fs::read_to_string(&measured).unwrap().as_bytes());
    assert!(record["measured_with"].get("calibration_us").is_none());
    let candidates = set.path().join("candidates.jsonl");
    std::fs::write(
        &candidates,
        [
            r#"{"problem_id": 9001, "code": "class Solution:\n    def total(self, nums):\n        return sum(nums)\n"}"#,
            r#"{"problem_id": "9001", "code": "class Solution:\n    def total(self, nums):\n        return -1\n"}"#,
            r#"{"problem_id": 9001, "language": "cpp", "code": "class Solution { public: long long total(const vector<long long>& a) { volatile long long spin = 0; for (long i = 0; i < 20000000; i++) spin += i; long long s = 0; for (auto x : a) s += x; return s; } };\n"}"#,
        ]
        .join("\n"),
    )
    .unwrap();
    let (md, html) = (set.path().join("report.md"), set.path().join("report.html"));
    let e = json(
        &afterburner()
            .args(["evaluate", "--json", "--dataset"])
            .arg(&measured)
            .arg("--solutions")
            .arg(&candidates)
            .arg("--markdown")
            .arg(&md)
            .arg("--html")
            .arg(&html)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    );
    let pass = e["overall"]["pass_at_1"]["mean"].as_f64().unwrap();
    assert!((pass - 2.0 / 3.0).abs() < 1e-9, "{e}");
    let scores = e["candidates"].as_array().unwrap();
    assert_eq!(scores[1]["time_pct"], 0.0);
    // The C++ candidate is ranked only against the C++ reference, the same sum without
    // the candidate's spin of 20 million volatile additions per call: slower, it beats
    // no reference.
    assert_eq!(scores[2]["verdict"], "passed", "{e}");
    assert_eq!(scores[2]["references"], 1, "{e}");
    assert_eq!(scores[2]["time_pct"], 0.0, "{e}");
    assert!(std::fs::read_to_string(md)
        .unwrap()
        .contains("| language cpp | 1 |"));
    assert!(std::fs::read_to_string(html).unwrap().contains("<svg"));

    let bad = set.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"problem_id\": 12345, \"code\": \"x\"}\n").unwrap();
    let err = afterburner()
        .args(["evaluate", "--dataset"])
        .arg(&measured)
        .arg("--solutions")
        .arg(&bad)
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&err).contains("no problem 12345"));

    let f = json(
        &afterburner()
            .args(["fidelity", "--json", "--dataset"])
            .arg(&measured)
            .arg("--against")
            .arg(&measured)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    );
    // Three passing solutions. Solutions are compared only within their language: the
    // C++ one has no partner, and whether the two Python ones are 1.3× apart depends on
    // the host's noise.
    assert_eq!(f["kendall_tau"], 1.0);
    assert_eq!(f["tau_groups"], 1, "{f}");
    let at_1_3 = &f["orderings"][0];
    assert_eq!(at_1_3["ratio"], 1.3, "{f}");
    assert!(at_1_3["pairs"].as_u64().unwrap() <= 1, "{f}");
    assert_eq!(f["orderings"][1]["ratio"], 1.1, "{f}");
}

#[test]
fn distribution_records_how_it_measured_and_evaluate_measures_alike_or_warns() {
    let set = built_set();
    let measured = set.path().join("measured.jsonl");
    afterburner()
        .args([
            "distribution",
            "--runs",
            "1",
            "--case-multiply",
            "2",
            "--dataset",
        ])
        .arg(set.path())
        .arg("--out")
        .arg(&measured)
        .assert()
        .success();
    let record = json(std::fs::read_to_string(&measured).unwrap().as_bytes());
    let recorded = &record["measured_with"];
    assert_eq!(recorded["runs"], 1, "{recorded}");
    assert_eq!(recorded["case_multiply"], 2);
    assert_eq!(recorded["sample_hz"], 20_000);
    assert!(recorded["cpus"].as_u64().unwrap() >= 1);
    assert_eq!(recorded["afterburner"], env!("CARGO_PKG_VERSION"));
    // How fast the machine ran meanwhile: the calibration program's median, in µs.
    assert!(
        recorded["calibration_us"].as_u64().unwrap() > 0,
        "{recorded}"
    );
    let at = recorded["measured_at"].as_str().unwrap();
    assert!(
        at.len() == 20 && at.ends_with('Z') && at.as_bytes()[10] == b'T',
        "{at}"
    );
    assert!(recorded["toolchains"]["python"]
        .as_str()
        .unwrap()
        .starts_with("Python 3"));

    let candidates = set.path().join("candidates.jsonl");
    std::fs::write(
        &candidates,
        r#"{"problem_id": 9001, "code": "class Solution:\n    def total(self, nums):\n        return sum(nums)\n"}"#,
    )
    .unwrap();
    // `evaluate --json` of the candidates against `dataset`: its output and stderr.
    let evaluate = |dataset: &Path, extra: &[&str]| {
        let out = afterburner()
            .args(["evaluate", "--json", "--dataset"])
            .arg(dataset)
            .arg("--solutions")
            .arg(&candidates)
            .args(extra)
            .assert()
            .success()
            .get_output()
            .clone();
        (
            json(&out.stdout),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };

    // No flags: measured as the dataset was, on the machine it was measured on.
    let (e, stderr) = evaluate(&measured, &[]);
    assert_eq!(e["settings"]["case_multiply"], 2, "{e}");
    assert_eq!(e["settings"]["runs"], 1);
    assert_eq!(e["measured_with"]["case_multiply"], 2);
    assert_eq!(e["warnings"].as_array().unwrap().len(), 0, "{e}");
    // The calibration ran again here, moments after the distribution.
    assert_eq!(e["machine_speed"]["problems"], 1, "{e}");
    assert_eq!(e["calibrated"], false, "{e}");
    // No warning but, on a busy machine, the drift since the distribution.
    assert!(
        stderr
            .lines()
            .all(|l| !l.starts_with("warning:") || l.starts_with("warning: this machine ran")),
        "{stderr}"
    );

    // References that record a calibration of 1 µs: this machine is some 70,000× slower
    // now. Reported with what to do, and with --calibrate divided out, so the candidate
    // (a copy of a reference) beats every reference.
    let slow = set.path().join("slow.jsonl");
    let mut fast_then = record.clone();
    fast_then["measured_with"]["calibration_us"] = 1.into();
    std::fs::write(&slow, fast_then.to_string()).unwrap();
    let (e, stderr) = evaluate(&slow, &[]);
    assert!(
        e["machine_speed"]["median"].as_f64().unwrap() > 1000.0,
        "{e}"
    );
    assert!(
        stderr.contains("warning: this machine ran") && stderr.contains("pass --calibrate"),
        "{stderr}"
    );
    let (e, stderr) = evaluate(&slow, &["--calibrate"]);
    assert_eq!(e["calibrated"], true, "{e}");
    assert_eq!(e["candidates"][0]["time_pct"], 1.0, "{e}");
    assert!(!stderr.contains("warning:"), "{stderr}");

    // Another case multiplier: used, and warned about with what to do.
    let (e, stderr) = evaluate(&measured, &["--case-multiply", "1"]);
    assert_eq!(e["settings"]["case_multiply"], 1);
    let warnings = e["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{e}");
    assert_eq!(warnings[0]["severity"], "warning");
    assert_eq!(warnings[0]["difference"]["setting"], "case_multiply");
    assert_eq!(warnings[0]["difference"]["reference"], "2");
    assert_eq!(warnings[0]["difference"]["candidates"], "1");
    assert!(
        stderr.contains("warning: the candidates are measured with case_multiply = 1")
            && stderr.contains("--case-multiply 2"),
        "{stderr}"
    );

    // A dataset that does not say how it was measured.
    let bare = set.path().join("bare.jsonl");
    let mut unrecorded = record.clone();
    unrecorded.as_object_mut().unwrap().remove("measured_with");
    std::fs::write(&bare, unrecorded.to_string()).unwrap();
    let (e, stderr) = evaluate(&bare, &[]);
    assert_eq!(e["settings"]["case_multiply"], 1);
    let warnings = e["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{e}");
    assert!(warnings[0]["message"]
        .as_str()
        .unwrap()
        .contains("measured elsewhere or by an older version"));
    assert!(stderr.contains("`afterburner distribution`"), "{stderr}");
    // Nothing to calibrate against: refused before anything runs.
    let err = afterburner()
        .args(["evaluate", "--calibrate", "--dataset"])
        .arg(&bare)
        .arg("--solutions")
        .arg(&candidates)
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(
        String::from_utf8_lossy(&err)
            .contains("--calibrate needs references measured with the calibration program"),
        "{err:?}"
    );
}

/// A solution of [`record`]: its Python code, whether it passed, its stored median CPU
/// time in ms.
type Stored<'a> = (&'a str, bool, f64);

/// One measured Venus record (as `distribution` writes it) of a problem that doubles a
/// number, with `solutions` as given.
fn record(problem_id: u32, solutions: &[Stored]) -> String {
    let solutions: Vec<serde_json::Value> = solutions
        .iter()
        .map(|&(code, passed, time)| {
            serde_json::json!({"code": code, "passed": passed, "time": time, "memory": 8000.0, "integral": 1000.0})
        })
        .collect();
    let record = serde_json::json!({
        "problem_id": problem_id,
        "title": format!("Double {problem_id}"),
        "question_content": "Print twice the number read.",
        "difficulty": "Easy",
        "tags": [],
        "test_case_evaluator": "def evaluate(expected_output, program_output):\n    return expected_output.split() == program_output.split()\n",
        "test_case_runners": {"python3": "import sys\nn = int(sys.stdin.readline())\n==Code Submission==\nprint(Solution().double(n))\n"},
        "test_cases": serde_json::to_string(&serde_json::json!([{"input": "21\n", "output": "42\n"}])).unwrap(),
        "solutions": solutions,
        "time_limit_ms": 10_000,
    });
    serde_json::to_string(&record).unwrap()
}

/// A solution that spins through `iterations` additions before answering.
fn spinning(iterations: u64) -> String {
    format!("class Solution:\n    def double(self, n):\n        x = 0\n        for i in range({iterations}):\n            x += i\n        return 2 * n\n")
}

#[test]
fn fidelity_counts_clearly_different_pairs_and_the_share_fresh_runs_order_alike() {
    // CPU work many times apart, so one fresh run orders them on a busy machine too:
    // no loop (the interpreter's start, some 30 ms), 8 M additions (some 300 ms),
    // 32 M additions (some 1.2 s).
    let (fast, medium, slow) = (spinning(0), spinning(8_000_000), spinning(32_000_000));
    let wrong = "class Solution:\n    def double(self, n):\n        return n\n";
    let dir = tempfile::tempdir().unwrap();
    let measured = dir.path().join("measured.jsonl");
    let problems = [
        // Stored medians in the true order. The failing solution is left out; the
        // medium twin is within 1.3× of the medium one, so that pair does not count.
        // Pairs: fast–medium, fast–slow, fast–twin, medium–slow, twin–slow.
        record(
            1,
            &[
                (&fast, true, 20.0),
                (&medium, true, 200.0),
                (&slow, true, 1000.0),
                (wrong, false, 5.0),
                (&medium, true, 240.0),
            ],
        ),
        // Stored medians the wrong way round: one pair, which fresh runs must order the
        // other way.
        record(2, &[(&fast, true, 1100.0), (&slow, true, 22.0)]),
    ];
    // A C++ solution of problem 1, alone in its language: it forms no pair and no
    // within-language τ, and counts only in the τ over all solutions.
    // Both measurements recorded the calibration program's time (µs) with each problem.
    let problems = [
        calibrated(&with_cpp_solution(&problems[0], 5.0), 80_000),
        calibrated(&problems[1], 80_000),
    ];
    std::fs::write(&measured, problems.join("\n") + "\n").unwrap();
    // A second measurement of the same solutions (only the stored times are read).
    let again = dir.path().join("again.jsonl");
    let second = [
        record(
            1,
            &[
                (&fast, true, 25.0),
                (&medium, true, 210.0),
                (&slow, true, 900.0),
                (wrong, false, 5.0),
                (&medium, true, 190.0),
            ],
        ),
        record(2, &[(&fast, true, 30.0), (&slow, true, 1200.0)]),
    ];
    let second = [
        calibrated(&with_cpp_solution(&second[0], 6.0), 84_000),
        calibrated(&second[1], 2_000_000),
    ];
    std::fs::write(&again, second.join("\n") + "\n").unwrap();

    let f = json(
        &afterburner()
            .args(["fidelity", "--json", "--dataset"])
            .arg(&measured)
            .arg("--against")
            .arg(&again)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    );
    let close = |field: &str, expected: f64| near(&f[field], expected, &format!("{field} in {f}"));
    assert_eq!(f["orderings"][0]["ratio"], 1.3, "{f}");
    assert_eq!(f["orderings"][0]["pairs"], 6, "{f}");
    assert_eq!(f["orderings"][0]["ordered"], 5, "{f}");
    let share = f["orderings"][0]["share_ordered"].as_f64().unwrap();
    assert!((share - 5.0 / 6.0).abs() < 1e-9, "{f}");
    // The one pair out of order is named, with both medians and fresh times.
    let wrong_way = &f["orderings"][0]["misordered"];
    assert_eq!(wrong_way.as_array().map(Vec::len), Some(1), "{f}");
    assert_eq!(wrong_way[0]["problem_id"], 2, "{f}");
    assert_eq!(wrong_way[0]["language"], "python", "{f}");
    assert_eq!(
        wrong_way[0]["faster"]["solution"], "1",
        "unnamed: its index; {f}"
    );
    assert_eq!(wrong_way[0]["faster"]["median_ms"], 22.0, "{f}");
    assert_eq!(wrong_way[0]["slower"]["median_ms"], 1100.0, "{f}");
    let fresh = |side: &str| wrong_way[0][side]["fresh_ms"].as_f64().unwrap();
    assert!(fresh("faster") > fresh("slower"), "{f}");
    // At 1.1× the medium twins (200 and 240) form a pair too; the same program, so a
    // fresh run orders it either way.
    assert_eq!(f["orderings"][1]["ratio"], 1.1, "{f}");
    assert_eq!(f["orderings"][1]["pairs"], 7, "{f}");
    let ordered = f["orderings"][1]["ordered"].as_u64().unwrap();
    assert!((5..=6).contains(&ordered), "{f}");
    // Within problem 1's Python solutions (times 20, 200, 1000, 240 against 25, 210,
    // 900, 190) only the medium pair swaps: (5 − 1) / 6. Problem 2 is reversed: −1. The
    // lone C++ solution has no τ of its own. Mean: −1/6.
    assert_eq!(f["tau_groups"], 2, "{f}");
    close("kendall_tau", (4.0 / 6.0 - 1.0) / 2.0);
    // All seven passing solutions at once: the six Python ones give 7 concordant and 8
    // discordant pairs; the C++ one is the fastest in both, 6 more concordant ones.
    assert_eq!(f["tau_solutions"], 7, "{f}");
    close("kendall_tau_all", (13.0 - 8.0) / 21.0);
    // The drift per problem, the median of second over first times: problem 1's are
    // 25/20, 210/200, 900/1000, 190/240 and the C++ 6/5, so 1.05; problem 2's 30/1100
    // and 1200/22, so their mean. With those divided out, problem 2's second times fall
    // to 1.10 and 43.98, and the τ over all solutions gains a concordant pair: 14
    // against 7.
    let drift = &f["drift"];
    assert_eq!(drift["problems"], 2, "{f}");
    let problem_2 = (30.0 / 1100.0 + 1200.0 / 22.0) / 2.0;
    for (field, expected) in [
        ("lowest", 1.05),
        ("highest", problem_2),
        ("median", (1.05 + problem_2) / 2.0),
        ("kendall_tau_all_without_drift", (14.0 - 7.0) / 21.0),
    ] {
        near(&drift[field], expected, &format!("{field} in {f}"));
    }
    // The calibration program ran 1.05× slower the second time with problem 1, all of
    // its drift, and 25× slower with problem 2, short of its drift. Divided out, problem
    // 2's second times fall to 1.2 and 48: the same 14 concordant pairs against 7.
    let calibration = &drift["calibration"];
    assert_eq!(calibration["problems"], 2, "{f}");
    for (field, expected) in [
        ("lowest", 1.05),
        ("median", (1.05 + 25.0) / 2.0),
        ("highest", 25.0),
        ("unexplained_lowest", 1.0),
        ("unexplained_highest", problem_2 / 25.0),
        ("kendall_tau_all", (13.0 - 8.0) / 21.0),
        ("kendall_tau_all_calibrated", (14.0 - 7.0) / 21.0),
    ] {
        near(&calibration[field], expected, &format!("{field} in {f}"));
    }

    // Bad values are refused before anything runs, with what to give instead.
    for (flag, says) in [
        ("--ratio=0.5", "at least 1"),
        ("--warmup-secs=-1", "0 or more"),
    ] {
        let err = afterburner()
            .args(["fidelity", flag, "--dataset"])
            .arg(&measured)
            .assert()
            .code(2)
            .get_output()
            .stderr
            .clone();
        assert!(
            String::from_utf8_lossy(&err).contains(says),
            "{flag}: {err:?}"
        );
    }
}

/// Asserts that `value` is a number within 1e-9 of `expected`.
fn near(value: &serde_json::Value, expected: f64, what: &str) {
    let got = value
        .as_f64()
        .unwrap_or_else(|| panic!("not a number: {what}"));
    assert!((got - expected).abs() < 1e-9, "{got} ≠ {expected}: {what}");
}

/// `record` as measured with the calibration program taking `calibration_us`.
fn calibrated(record: &str, calibration_us: u64) -> String {
    let mut record = json(record.as_bytes());
    record["measured_with"] = serde_json::json!({
        "runs": 3, "case_multiply": 1, "sample_hz": 20_000, "cpus": 1,
        "calibration_us": calibration_us,
        "afterburner": env!("CARGO_PKG_VERSION"), "measured_at": "2026-12-03T19:00:00Z",
    });
    record.to_string()
}

/// `record` with one more passing solution, in C++, stored at `time`.
fn with_cpp_solution(record: &str, time: f64) -> String {
    let mut value: serde_json::Value = serde_json::from_str(record).unwrap();
    value["solutions"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "code": "int main() {}", "language": "cpp", "passed": true,
            "time": time, "memory": 8000.0, "integral": 1000.0
        }));
    serde_json::to_string(&value).unwrap()
}
