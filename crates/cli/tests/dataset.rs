//! `afterburner dataset` on a small source set: build, info, show, convert, validate.

mod common;

use common::{afterburner, json, tiny_set};
use serde_json::Value;

#[test]
fn build_then_inspect_convert_and_validate() {
    let set = tiny_set();
    let dir = set.path();
    let unbuilt = afterburner()
        .args(["dataset", "info"])
        .arg(dir)
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&unbuilt).contains("dataset build"));

    afterburner()
        .args(["dataset", "build"])
        .arg(dir)
        .assert()
        .success();
    let built = dir.join("afterburner.jsonl");
    let record = json(
        std::fs::read_to_string(&built)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .as_bytes(),
    );
    let cases: Value = serde_json::from_str(record["test_cases"].as_str().unwrap()).unwrap();
    assert_eq!(cases.as_array().unwrap().len(), 10);
    assert_eq!(cases[1]["output"], "0\n");
    let solutions = record["solutions"].as_array().unwrap();
    assert_eq!(solutions[0]["passed"], true);
    assert!(solutions[0]["time"].as_f64().unwrap() > 0.0);
    assert_eq!(solutions[2]["status"], "wrong_answer");
    // How it was measured: each labelled solution once, at the default settings.
    let measured_with = &record["measured_with"];
    assert_eq!(measured_with["runs"], 1, "{measured_with}");
    assert_eq!(measured_with["case_multiply"], 1);
    assert_eq!(measured_with["sample_hz"], 20_000);
    assert!(measured_with["toolchains"]["python"]
        .as_str()
        .unwrap()
        .starts_with("Python 3"));

    let info = json(
        &afterburner()
            .args(["dataset", "info", "--json"])
            .arg(dir)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    );
    assert_eq!(info["problems"], 1);
    assert_eq!(info["solutions_by_label"]["passed"], 3);
    assert_eq!(info["problems_by_language"]["cpp"], 1);

    let shown = afterburner()
        .args(["dataset", "show"])
        .arg(dir)
        .arg("9001")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8_lossy(&shown).contains("List Total"));
    afterburner()
        .args(["dataset", "show"])
        .arg(dir)
        .arg("42")
        .assert()
        .code(2);

    let parquet = dir.join("copy.parquet");
    afterburner()
        .args(["dataset", "convert"])
        .arg(&built)
        .arg(&parquet)
        .assert()
        .success();
    let back = dir.join("back.jsonl");
    afterburner()
        .args(["dataset", "convert"])
        .arg(&parquet)
        .arg(&back)
        .assert()
        .success();
    let a = json(std::fs::read_to_string(&built).unwrap().as_bytes());
    let b = json(std::fs::read_to_string(&back).unwrap().as_bytes());
    assert_eq!(a["test_cases"], b["test_cases"]);
    assert_eq!(a["measured_with"], b["measured_with"]);
    assert_eq!(
        a["solutions"].as_array().unwrap().len(),
        b["solutions"].as_array().unwrap().len()
    );

    let report = json(
        &afterburner()
            .args(["dataset", "validate", "--json"])
            .arg(dir)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    );
    assert_eq!(report["labels_checked"], 5);
    assert_eq!(report["label_failures"].as_array().unwrap().len(), 0);
    assert_eq!(report["stale"].as_array().unwrap().len(), 0);
}

#[test]
fn validate_reports_a_label_that_does_not_hold_and_a_stale_build() {
    let set = tiny_set();
    let dir = set.path();
    afterburner()
        .args(["dataset", "build"])
        .arg(dir)
        .assert()
        .success();
    let meta = dir.join("problems/list-total/problem.json");
    let text = std::fs::read_to_string(&meta).unwrap().replace(
        "{\"file\": \"solutions/skips_first.py\", \"expected\": \"wrong_answer\"}",
        "{\"file\": \"solutions/skips_first.py\", \"expected\": \"passed\"}",
    );
    std::fs::write(&meta, text).unwrap();
    let report = json(
        &afterburner()
            .args(["dataset", "validate", "--json"])
            .arg(dir)
            .assert()
            .code(1)
            .get_output()
            .stdout
            .clone(),
    );
    let failures = report["label_failures"].as_array().unwrap();
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0]["got"], "wrong_answer");
    assert_eq!(
        report["stale"].as_array().unwrap().len(),
        1,
        "the label changed since the build"
    );
}
