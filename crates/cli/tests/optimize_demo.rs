//! `afterburner optimize` end to end against a real model server: with no server named it
//! starts the demo model (SmolLM2-135M-Instruct under llama-cpp-python's OpenAI-compatible
//! server, installed by scripts/setup.sh) on two bundled problems for two rounds.

mod common;

use std::path::Path;

use common::{afterburner, json};
use serde_json::Value;

fn demo_installed() -> bool {
    let venv = std::env::var_os("AFTERBURNER_LLM_VENV").map_or_else(
        || {
            Path::new(&std::env::var("HOME").unwrap_or_default())
                .join(".cache/afterburner/llm-venv")
        },
        Into::into,
    );
    venv.join("bin/python").exists()
}

#[test]
fn the_demo_model_runs_the_loop_end_to_end() {
    if !demo_installed() {
        assert!(
            std::env::var_os("CI").is_none(),
            "the demo model is not installed: scripts/setup.sh installs it"
        );
        eprintln!("skipped: the demo model is not installed (bash scripts/setup.sh)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("run");
    let dataset = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/afterburner");
    let output = afterburner()
        .env_remove("OPENAI_BASE_URL")
        .env_remove("OPENAI_MODEL")
        .args([
            "optimize",
            "--limit",
            "2",
            "--iterations",
            "2",
            "--runs",
            "1",
            "--json",
            "--dataset",
        ])
        .arg(&dataset)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("demo model"),
        "the run says plainly it is a demo: {stderr}"
    );
    let summary = json(&output.stdout);
    assert_eq!(summary["demo_model"], true);
    assert!(summary["warnings"][0]
        .as_str()
        .unwrap()
        .contains("135-million-parameter"));
    let iterations = summary["figures"][0]["iterations"].as_array().unwrap();
    assert_eq!(iterations.len(), 3);
    assert!(summary["completion_tokens"].as_u64().unwrap() > 0);

    let transcript = std::fs::read_to_string(out.join("transcript.jsonl")).unwrap();
    let calls: Vec<Value> = transcript
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|e| e["event"] == "llm")
        .collect();
    assert_eq!(calls.len(), 6, "2 problems × (first version + 2 rounds)");
    for call in &calls {
        let reply = &call["replies"][0];
        assert!(
            reply["usage"]["completion_tokens"].as_u64().unwrap() > 0,
            "{call}"
        );
        assert!(reply["usage"]["prompt_tokens"].as_u64().unwrap() > 0);
        let answer = &call["answers"][0];
        assert!(
            !answer["text"].as_str().unwrap().trim().is_empty(),
            "{call}"
        );
        assert!(answer["finish_reason"].is_string());
        // The few-shot example is part of every prompt to the demo model.
        assert_eq!(call["messages"].as_array().unwrap().len(), 4);
    }
    for file in ["summary.json", "final.jsonl", "report.html", "config.json"] {
        assert!(out.join(file).exists(), "{file}");
    }
}
