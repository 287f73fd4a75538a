//! `afterburner distribution`, `evaluate` and `fidelity` on a small built set.

mod common;

use std::time::{Duration, Instant};

use common::{afterburner, bin, built_set, cache, json};

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
    let started = Instant::now();
    while std::fs::read_to_string(&journal).map_or(0, |j| j.lines().count()) < 2 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "nothing was measured"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let before = std::fs::read_to_string(&journal).unwrap().lines().count();
    assert!(
        before < 5 && !out.exists(),
        "the run finished before it could be interrupted"
    );

    let summary = json(
        &afterburner()
            .args(["distribution", "--json", "--runs", "3", "--dataset"])
            .arg(set.path())
            .arg("--out")
            .arg(&out)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    );
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
}

#[test]
fn evaluate_scores_candidates_and_writes_every_report() {
    let set = built_set();
    let measured = set.path().join("measured.jsonl");
    afterburner()
        .args(["distribution", "--runs", "2", "--dataset"])
        .arg(set.path())
        .arg("--out")
        .arg(&measured)
        .assert()
        .success();
    let candidates = set.path().join("candidates.jsonl");
    std::fs::write(
        &candidates,
        [
            r#"{"problem_id": 9001, "code": "class Solution:\n    def total(self, nums):\n        return sum(nums)\n"}"#,
            r#"{"problem_id": "9001", "code": "class Solution:\n    def total(self, nums):\n        return -1\n"}"#,
            r#"{"problem_id": 9001, "language": "cpp", "code": "class Solution { public: long long total(const vector<long long>& a) { long long s = 0; for (auto x : a) s += x; return s; } };\n"}"#,
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
    // The C++ candidate is faster than every Python reference.
    assert_eq!(scores[2]["time_pct"], 1.0);
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
    assert_eq!(f["kendall_tau"], 1.0);
    assert!(f["pairs"].as_u64().unwrap() <= 2);
}
