//! `afterburner export`: every file it writes is read back with Hugging Face `datasets`
//! as the engines read it, the split keeps each problem on one side, a GRPO label is
//! judged by a real reward server, and cold-start data comes from a real optimisation run
//! (against a scripted model server).

mod common;
#[path = "../../iof/tests/support/openai.rs"]
mod openai;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{afterburner, built_set, json, Serve};
use openai::{Request, Response, ScriptedServer};
use serde_json::{json, Value};

const SLOW: &str = "class Solution:\n    def total(self, nums):\n        spin = 0\n        for i in range(2_000_000):\n            spin += i\n        return sum(nums)\n";
const FAST: &str = "class Solution:\n    def total(self, nums):\n        return sum(nums)\n";
const WRONG: &str = "class Solution:\n    def total(self, nums):\n        return sum(nums[1:])\n";

/// Stored figures for the tiny set's Python solutions, by file name: the built-in sum
/// 2.6× faster than the loop, both the same memory within 2%; the others fail.
fn figures(name: &str) -> Option<(f64, f64, f64)> {
    match name.rsplit('/').next()? {
        "builtin_sum.py" => Some((100.0, 9_000.0, 900_000.0)),
        "loop.py" => Some((260.0, 9_150.0, 2_379_000.0)),
        _ => None,
    }
}

/// A measured dataset of `n` copies of the tiny set's problem (ids 9001, 9002, …) with
/// the stored figures above.
fn measured(dir: &Path, n: usize) -> PathBuf {
    let set = built_set();
    let text = std::fs::read_to_string(set.path().join("afterburner.jsonl")).unwrap();
    let base: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    let mut lines = String::new();
    for i in 0..n {
        let mut record = base.clone();
        record["problem_id"] = json!(9001 + i);
        for s in record["solutions"].as_array_mut().unwrap() {
            let name = s["name"].as_str().unwrap_or_default().to_string();
            match figures(&name) {
                Some((t, m, integral)) => {
                    s["passed"] = json!(true);
                    s["time"] = json!(t);
                    s["memory"] = json!(m);
                    s["integral"] = json!(integral);
                    s["status"] = json!("passed");
                }
                None if s["language"]
                    .as_str()
                    .is_none_or(|l| l.starts_with("python")) =>
                {
                    s["passed"] = json!(false);
                    s["status"] = s["expected"].clone();
                }
                None => {}
            }
        }
        record["measured_with"] = json!({"runs": 3, "case_multiply": 2, "sample_hz": 20000, "cpus": 1, "afterburner": "test", "measured_at": "2026-12-01T00:00:00Z"});
        lines.push_str(&format!("{record}\n"));
    }
    let path = dir.join("measured.jsonl");
    std::fs::write(&path, lines).unwrap();
    path
}

fn export(args: &[&str], dataset: &Path, out: &Path) -> Value {
    let output = afterburner()
        .arg("export")
        .args(args)
        .arg("--dataset")
        .arg(dataset)
        .arg("--out")
        .arg(out)
        .args(["--test-fraction", "0.34", "--json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "export {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    json(&output.stdout)
}

/// Every .jsonl and .parquet file in `dir`, loaded with `datasets`: its rows as JSON
/// and its features as text. Fails (never skips) without the Python packages.
fn read_back(dir: &Path) -> Value {
    let script = r#"
import json, pathlib, sys
import datasets
out = {}
for path in sorted(pathlib.Path(sys.argv[1]).iterdir()):
    kind = {".jsonl": "json", ".parquet": "parquet"}.get(path.suffix)
    if kind is None:
        continue
    table = datasets.load_dataset(kind, data_files={"x": str(path)}, split="x")
    out[path.name] = {"features": str(table.features), "rows": table.to_list()}
print(json.dumps(out))
"#;
    let output = Command::new("python3")
        .args(["-c", script])
        .arg(dir)
        .output()
        .expect("python3 is not on PATH; install Python 3, then `pip install datasets pyarrow`");
    assert!(
        output.status.success(),
        "reading the export back with datasets failed (pip install datasets pyarrow):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    json(&output.stdout)
}

fn problem_ids(rows: &Value, key: impl Fn(&Value) -> String) -> BTreeSet<String> {
    rows.as_array().unwrap().iter().map(key).collect()
}

#[test]
fn exported_files_read_back_as_the_engines_read_them_with_each_problem_on_one_side() {
    let dir = tempfile::tempdir().unwrap();
    let dataset = measured(dir.path(), 6);
    let out = dir.path().join("out");
    let sft = export(&["sft", "--top-k", "1"], &dataset, &out);
    let dpo = export(&["dpo"], &dataset, &out);
    export(&["grpo"], &dataset, &out);
    export(&["grpo", "--format", "trl", "--by-id"], &dataset, &out);
    let files = read_back(&out);

    // Two of six problems held out, the same ones in every export.
    assert_eq!(sft["counts"]["train"]["time"], 4, "{sft}");
    assert_eq!(sft["counts"]["test"]["time"], 2, "{sft}");
    let sft_train = &files["sft_time_train.jsonl"]["rows"];
    let sft_test = &files["sft_time_test.jsonl"]["rows"];
    let id = |r: &Value| r["problem_id"].as_str().unwrap().to_string();
    let (train, test) = (problem_ids(sft_train, id), problem_ids(sft_test, id));
    assert_eq!((train.len(), test.len()), (4, 2));
    assert!(train.is_disjoint(&test));
    let grpo_test = &files["grpo_test.parquet"]["rows"];
    let grpo_id = |r: &Value| r["extra_info"]["problem_id"].as_str().unwrap().to_string();
    assert_eq!(problem_ids(grpo_test, grpo_id), test);

    // SFT: the fastest solution, answering the loop's prompt in the answer format.
    let row = &sft_train[0];
    assert!(
        row["output"].as_str().unwrap().contains("return sum(nums)"),
        "{row}"
    );
    assert!(row["output"].as_str().unwrap().starts_with("<thinking>"));
    assert!(row["instruction"].as_str().unwrap().contains("List Total"));
    assert!(row["system"].as_str().unwrap().contains("<solution>"));
    // Memory figures 2% apart make no DPO pair; the 2.6× time gap does, fastest chosen.
    assert_eq!(dpo["counts"]["train"].get("memory"), None, "{dpo}");
    let pair = &files["dpo_time_train.jsonl"]["rows"][0];
    assert!(pair["chosen"]
        .as_str()
        .unwrap()
        .contains("return sum(nums)"));
    assert!(
        pair["rejected"].as_str().unwrap().contains("for "),
        "{pair}"
    );
    assert!((pair["ratio"].as_f64().unwrap() - 2.6).abs() < 1e-9);

    // dataset_info.json names every file LLaMA-Factory reads, with columns that exist.
    let info: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("dataset_info.json")).unwrap())
            .unwrap();
    for (name, entry) in info.as_object().unwrap() {
        let file = entry["file_name"].as_str().unwrap();
        let rows = files[file]["rows"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: {file}"));
        for column in entry["columns"].as_object().unwrap().values() {
            let column = column.as_str().unwrap();
            assert!(
                rows.iter().all(|r| r[column].is_string()),
                "{name}: {column}"
            );
        }
        assert_eq!(entry["ranking"] == true, name.contains("dpo"), "{name}");
    }

    // verl: prompt as a list of messages, the label as a JSON string carrying the problem.
    let features = files["grpo_train.parquet"]["features"].as_str().unwrap();
    assert!(
        features.contains("'prompt': List({'role': Value('string'), 'content': Value('string')})"),
        "{features}"
    );
    let row = &files["grpo_train.parquet"]["rows"][0];
    assert_eq!(row["data_source"], "afterburner");
    assert_eq!(row["reward_model"]["style"], "rule");
    let roles: Vec<&str> = row["prompt"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["system", "user"]);
    let label: Value =
        serde_json::from_str(row["reward_model"]["ground_truth"].as_str().unwrap()).unwrap();
    assert_eq!(label["case_multiplier"], 2);
    assert!(
        label["problem"]["test_case_runners"].is_object()
            || label["problem"]["test_case_runners"].is_string()
    );
    assert_eq!(
        label["problem"]["solutions"],
        json!([]),
        "the record travels without its solutions"
    );
    let start = label["baseline_code"].as_str().unwrap();
    assert!(row["prompt"][1]["content"]
        .as_str()
        .unwrap()
        .contains(start.trim()));
    // Three goals per problem, each once.
    let goals: Vec<&str> = files["grpo_train.parquet"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["extra_info"]["instruction"].as_str().unwrap())
        .collect();
    for goal in ["time", "memory", "integral"] {
        assert_eq!(goals.iter().filter(|g| **g == goal).count(), 4);
    }
    // TRL: the same prompt, the label by id.
    let trl = &files["grpo_trl_train.jsonl"]["rows"][0];
    let label: Value = serde_json::from_str(trl["ground_truth"].as_str().unwrap()).unwrap();
    assert!(
        label.get("problem").is_none() && label["problem_id"].is_number(),
        "{label}"
    );
    assert_eq!(trl["prompt"][0]["role"], "system");
}

#[test]
fn an_exported_label_is_judged_by_the_reward_server() {
    let dir = tempfile::tempdir().unwrap();
    let dataset = measured(dir.path(), 1);
    let out = dir.path().join("out");
    export(&["grpo", "--instruction", "time"], &dataset, &out);
    export(
        &[
            "grpo",
            "--instruction",
            "time",
            "--by-id",
            "--format",
            "trl",
        ],
        &dataset,
        &out,
    );
    let files = read_back(&out);
    let carried = files["grpo_train.parquet"]["rows"][0]["reward_model"]["ground_truth"]
        .as_str()
        .unwrap()
        .to_string();
    let by_id = files["grpo_trl_train.jsonl"]["rows"][0]["ground_truth"]
        .as_str()
        .unwrap()
        .to_string();
    let server = Serve::start(&["--dataset", dataset.to_str().unwrap(), "--reward-runs", "1"]);
    let answer =
        format!("<thinking>Sum once.</thinking>\n<solution>\n```python\n{FAST}```\n</solution>");
    let items: Vec<Value> = [carried, by_id]
        .iter()
        .map(|label| {
            let mut item: Value = serde_json::from_str(label).unwrap();
            item["completion"] = json!(answer);
            item
        })
        .collect();
    let reply: Value = ureq::post(&format!("{}/v1/reward", server.url))
        .send_json(json!({ "items": items }))
        .unwrap()
        .into_json()
        .unwrap();
    for reward in reply["rewards"].as_array().unwrap() {
        assert!(reward["error"].is_null(), "{reward}");
        assert_eq!(reward["candidate"]["verdict"], "passed", "{reward}");
        assert_eq!(reward["format"], 1.0);
        assert!(
            reward["baseline"]["verdict"].is_string(),
            "the starting code was measured: {reward}"
        );
    }
}

#[test]
fn cold_start_data_comes_from_accepted_improvements_and_contrasting_answers() {
    let dir = tempfile::tempdir().unwrap();
    let dataset = measured(dir.path(), 1);
    let answer = |code: &str| {
        format!("<thinking>Try this.</thinking>\n<solution>\n```python\n{code}```\n</solution>")
    };
    // Round 0: the slow version (the wrong one fails); round 1: the fast one improves, the
    // wrong one fails again.
    let rounds = [[answer(SLOW), answer(WRONG)], [answer(FAST), answer(WRONG)]];
    let server = ScriptedServer::start(move |r: &Request| {
        if r.path.ends_with("/models") {
            return Response::models(&["scripted"]);
        }
        let round = usize::from(r.last_message().contains("Measured performance"));
        let [a, b] = &rounds[round];
        Response::chat(&[a.as_str(), b.as_str()], "stop")
    });
    let run = dir.path().join("run");
    let output = afterburner()
        .args([
            "optimize",
            "--model",
            "scripted",
            "--runs",
            "1",
            "--iterations",
            "1",
            "--samples",
            "2",
            "--json",
        ])
        .arg("--dataset")
        .arg(&dataset)
        .args(["--base-url", &server.url()])
        .arg("--out")
        .arg(&run)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let out = dir.path().join("cold");
    let output = afterburner()
        .args(["export", "cold-start", "--test-fraction", "0", "--json"])
        .arg("--runs")
        .arg(&run)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let files = read_back(&out);
    let sft = files["cold_start_sft_train.jsonl"]["rows"]
        .as_array()
        .unwrap();
    assert_eq!(sft.len(), 1, "one accepted improvement: {sft:?}");
    assert!(sft[0]["output"]
        .as_str()
        .unwrap()
        .contains("return sum(nums)"));
    assert!(sft[0]["output"].as_str().unwrap().contains("Try this."));
    assert!(
        sft[0]["instruction"]
            .as_str()
            .unwrap()
            .contains("spin += i"),
        "the prompt showed the slow version"
    );
    let dpo = files["cold_start_dpo_train.jsonl"]["rows"]
        .as_array()
        .unwrap();
    assert_eq!(dpo.len(), 1, "{dpo:?}");
    assert!(dpo[0]["chosen"]
        .as_str()
        .unwrap()
        .contains("return sum(nums)\n"));
    assert!(dpo[0]["rejected"].as_str().unwrap().contains("nums[1:]"));
    let info = std::fs::read_to_string(out.join("dataset_info.json")).unwrap();
    assert!(info.contains("afterburner_cold_start_dpo_train"), "{info}");
}

#[test]
fn export_refuses_what_it_cannot_use() {
    let dir = tempfile::tempdir().unwrap();
    // The tiny set's record with no figures at all.
    let set = built_set();
    let text = std::fs::read_to_string(set.path().join("afterburner.jsonl")).unwrap();
    let mut record: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    for s in record["solutions"].as_array_mut().unwrap() {
        for key in ["passed", "time", "memory", "integral", "status"] {
            s.as_object_mut().unwrap().remove(key);
        }
    }
    let unmeasured = dir.path().join("unmeasured.jsonl");
    std::fs::write(&unmeasured, format!("{record}\n")).unwrap();
    let out = dir.path().join("out");
    let run = |args: &[&str]| {
        let output = afterburner()
            .arg("export")
            .args(args)
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap();
        assert!(!output.status.success(), "{args:?}");
        String::from_utf8_lossy(&output.stderr).to_string()
    };
    let unmeasured = unmeasured.to_str().unwrap();
    assert!(run(&["sft", "--dataset", unmeasured]).contains("afterburner distribution"));
    let dataset = measured(dir.path(), 2);
    let dataset = dataset.to_str().unwrap();
    assert!(run(&["dpo", "--dataset", dataset, "--margin", "0.9"]).contains("--margin"));
    assert!(run(&["sft", "--dataset", dataset, "--test-fraction", "1"]).contains("--test-fraction"));
    assert!(run(&["cold-start", "--runs", dataset]).contains("optimize --out"));
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("dataset_info.json"), "[1]").unwrap();
    assert!(run(&["sft", "--dataset", dataset]).contains("dataset_info.json"));
}
