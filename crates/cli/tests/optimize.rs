//! `afterburner optimize` against a scripted OpenAI-compatible server (real HTTP): what
//! the loop keeps at each step, what it records, how it resumes, and how it refuses bad
//! input.

mod common;
#[path = "../../iof/tests/support/openai.rs"]
mod openai;

use std::path::{Path, PathBuf};

use common::{afterburner, built_set, json};
use openai::{Request, Response, ScriptedServer};
use serde_json::Value;

/// Spins through two million additions for each of the ten test cases (~0.4 s of CPU in all,
/// well inside the 2 s limit even on a loaded machine).
const SLOW: &str = "class Solution:\n    def total(self, nums):\n        spin = 0\n        for i in range(2_000_000):\n            spin += i\n        return sum(nums)\n";
const FAST: &str = "class Solution:\n    def total(self, nums):\n        return sum(nums)\n";
const WRONG: &str = "class Solution:\n    def total(self, nums):\n        return sum(nums[1:])\n";
const SPINS: &str =
    "class Solution:\n    def total(self, nums):\n        while True:\n            pass\n";

fn answer(code: &str) -> String {
    format!("<thinking>Try this.</thinking>\n<solution>\n```python\n{code}```\n</solution>")
}

/// The tiny set's problem, measured, with its two passing Python references given fixed
/// times (100 and 200 ms) so Time% has a known scale with room for a loaded machine: the
/// spinning program (~0.4 s of CPU) is slower than both, `sum` (~30 ms with the
/// interpreter's start) faster than both.
fn measured_dataset(dir: &Path) -> PathBuf {
    let set = built_set();
    let text = std::fs::read_to_string(set.path().join("afterburner.jsonl")).unwrap();
    let mut record: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    let mut given = [100.0, 200.0].into_iter();
    for s in record["solutions"].as_array_mut().unwrap() {
        let python = s["language"]
            .as_str()
            .is_none_or(|l| l.starts_with("python"));
        if s["passed"] == Value::Bool(true) && python {
            s["time"] = given.next().expect("two passing Python references").into();
        }
    }
    let path = dir.join("measured.jsonl");
    std::fs::write(&path, format!("{record}\n")).unwrap();
    path
}

/// A server that serves the model `scripted` and answers chat requests with `chat`.
fn server(chat: impl Fn(&Request) -> Response + Send + Sync + 'static) -> ScriptedServer {
    ScriptedServer::start(move |r: &Request| {
        if r.path.ends_with("/models") {
            Response::models(&["scripted"])
        } else {
            chat(r)
        }
    })
}

fn optimize(dataset: &Path, url: &str, out: &Path, iterations: &str) -> assert_cmd::Command {
    let mut cmd = afterburner();
    cmd.args([
        "optimize",
        "--model",
        "scripted",
        "--runs",
        "1",
        "--json",
        "--iterations",
        iterations,
    ])
    .arg("--dataset")
    .arg(dataset)
    .args(["--base-url", url])
    .arg("--out")
    .arg(out);
    cmd
}

fn events(out: &Path, kind: &str) -> Vec<Value> {
    std::fs::read_to_string(out.join("transcript.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|e| e["event"] == kind)
        .collect()
}

#[test]
fn the_loop_keeps_the_best_passing_version_and_time_pct_rises() {
    let dir = tempfile::tempdir().unwrap();
    let dataset = measured_dataset(dir.path());
    let script = [
        answer(SLOW),
        answer(FAST),
        answer(WRONG),
        "I believe the program is already optimal.".to_string(),
        answer(SPINS),
    ];
    let server = server(openai::in_order(
        script
            .iter()
            .map(|t| Response::chat(&[t.as_str()], "stop"))
            .collect(),
    ));
    let out = dir.path().join("run");
    let output = optimize(&dataset, &server.url(), &out, "4")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let summary = json(&output.stdout);

    let decisions = events(&out, "decision");
    let kept: Vec<&str> = decisions
        .iter()
        .map(|d| d["decision"]["kept"].as_str().unwrap())
        .collect();
    assert_eq!(
        kept,
        ["new", "new", "current", "current", "current"],
        "{decisions:#?}"
    );
    assert!(decisions[3]["decision"]["reason"]
        .as_str()
        .unwrap()
        .contains("no answer had code"));
    assert!(
        decisions[4]["decision"]["reason"]
            .as_str()
            .unwrap()
            .contains("timeout"),
        "{}",
        decisions[4]
    );

    // The apparent gain was checked by measuring both versions again side by side.
    let reason = decisions[1]["decision"]["reason"].as_str().unwrap();
    assert!(reason.contains("side by side"), "{reason}");
    let confirming: Vec<Value> = events(&out, "measurement")
        .into_iter()
        .filter(|m| m["purpose"] == "confirm")
        .collect();
    assert_eq!(confirming.len(), 2);
    assert!(confirming.iter().all(|m| m["round"]["iteration"] == 1));

    let finals = std::fs::read_to_string(out.join("final.jsonl")).unwrap();
    let line: Value = serde_json::from_str(finals.lines().next().unwrap()).unwrap();
    assert_eq!(line["code"], FAST);
    assert_eq!(line["language"], "python");

    let iterations = summary["figures"][0]["iterations"].as_array().unwrap();
    assert_eq!(iterations.len(), 5);
    let time = |i: usize| iterations[i]["time"]["mean"].as_f64().unwrap();
    assert_eq!(
        time(0),
        0.0,
        "the spinning version is slower than both references"
    );
    assert_eq!(time(1), 1.0, "sum() is faster than both");
    assert_eq!(
        time(4),
        1.0,
        "the wrong, empty and spinning answers never replaced it"
    );
    for it in iterations {
        assert_eq!(it["pass_at_1"]["mean"], 1.0);
    }
    assert_eq!(iterations[4]["improved"], 1);
    assert!(summary["completion_tokens"].as_u64().unwrap() > 0);

    // What the model was shown.
    let prompts: Vec<String> = server
        .received()
        .iter()
        .filter(|r| r.is_chat())
        .map(|r| r.last_message().to_string())
        .collect();
    assert_eq!(prompts.len(), 5);
    assert!(prompts[0].contains("no current version yet"));
    assert!(prompts[2].contains("return sum(nums)") && prompts[2].contains("It passes all tests"));
    assert!(
        prompts[2].contains("faster than 100% of the 2 human solutions"),
        "{}",
        prompts[2]
    );

    // The scores come from a second, independent measurement of each kept version.
    let purposes: Vec<String> = events(&out, "measurement")
        .iter()
        .map(|m| m["purpose"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        purposes.iter().filter(|p| *p == "score").count(),
        2,
        "{purposes:?}"
    );
    for file in ["summary.json", "report.html", "config.json"] {
        assert!(out.join(file).exists(), "{file}");
    }
}

#[test]
fn a_run_whose_server_dies_resumes_without_repeating_a_call() {
    let dir = tempfile::tempdir().unwrap();
    let dataset = measured_dataset(dir.path());
    let out = dir.path().join("run");
    let dying = server(openai::in_order(vec![
        Response::chat(&[&answer(SLOW)], "stop"),
        Response::chat(&[&answer(FAST)], "stop"),
        Response::close(),
    ]));
    let failed = optimize(&dataset, &dying.url(), &out, "3")
        .args(["--max-retries", "0"])
        .output()
        .unwrap();
    assert_eq!(failed.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(
        stderr.contains("run the same command again to continue"),
        "{stderr}"
    );
    assert_eq!(events(&out, "llm").len(), 2);

    let alive = server(|_: &Request| Response::chat(&[&answer(WRONG)], "stop"));
    let resumed = optimize(&dataset, &alive.url(), &out, "3")
        .output()
        .unwrap();
    assert!(
        resumed.status.success(),
        "{}",
        String::from_utf8_lossy(&resumed.stderr)
    );
    let chats = alive.received().iter().filter(|r| r.is_chat()).count();
    assert_eq!(chats, 2, "only the two rounds not yet answered are asked");
    let llm = events(&out, "llm");
    let mut rounds: Vec<u64> = llm
        .iter()
        .map(|e| e["iteration"].as_u64().unwrap())
        .collect();
    rounds.sort();
    assert_eq!(rounds, [0, 1, 2, 3]);
    let summary = json(&resumed.stdout);
    assert_eq!(summary["resumed_calls"], 2);
    let finals = std::fs::read_to_string(out.join("final.jsonl")).unwrap();
    assert!(finals.contains("return sum(nums)\\n\""), "{finals}");

    // The same folder with other settings is refused, naming the difference.
    let other = optimize(&dataset, &alive.url(), &out, "5")
        .output()
        .unwrap();
    assert_eq!(other.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&other.stderr);
    assert!(
        stderr.contains("other settings") && stderr.contains("iterations: 3 → 5"),
        "{stderr}"
    );
}

#[test]
fn replay_re_measures_the_recorded_answers_without_a_model() {
    let dir = tempfile::tempdir().unwrap();
    let dataset = measured_dataset(dir.path());
    let out = dir.path().join("run");
    let server = server(openai::in_order(vec![
        Response::chat(&[&answer(SLOW)], "stop"),
        Response::chat(&[&answer(FAST)], "stop"),
    ]));
    optimize(&dataset, &server.url(), &out, "1")
        .assert()
        .success();
    drop(server);
    let again = dir.path().join("again");
    let replay = afterburner()
        .args(["optimize", "--json", "--replay"])
        .arg(&out)
        .arg("--out")
        .arg(&again)
        .output()
        .unwrap();
    assert!(
        replay.status.success(),
        "{}",
        String::from_utf8_lossy(&replay.stderr)
    );
    let summary = json(&replay.stdout);
    assert_eq!(summary["figures"][0]["iterations"][1]["time"]["mean"], 1.0);
    assert!(events(&again, "llm").len() == 2 && events(&again, "measurement").len() >= 3);
    let finals = std::fs::read_to_string(again.join("final.jsonl")).unwrap();
    assert!(finals.contains("return sum(nums)"));
}

#[test]
fn bad_input_gets_an_error_that_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let dataset = measured_dataset(dir.path());
    let out = dir.path().join("run");
    let fail = |cmd: &mut assert_cmd::Command| {
        let o = cmd.output().unwrap();
        assert_eq!(
            o.status.code(),
            Some(2),
            "{}",
            String::from_utf8_lossy(&o.stdout)
        );
        String::from_utf8_lossy(&o.stderr).into_owned()
    };

    let unreachable =
        fail(optimize(&dataset, "http://127.0.0.1:9/v1", &out, "1").args(["--max-retries", "0"]));
    assert!(unreachable.contains("127.0.0.1:9"), "{unreachable}");

    let server = server(|_: &Request| Response::chat(&["x"], "stop"));
    let mut wrong_model = afterburner();
    wrong_model
        .args(["optimize", "--model", "gpt-9", "--dataset"])
        .arg(&dataset)
        .args(["--base-url", &server.url()])
        .arg("--out")
        .arg(&out);
    let err = fail(&mut wrong_model);
    assert!(err.contains("gpt-9") && err.contains("scripted"), "{err}");

    let err = fail(optimize(&dataset, &server.url(), &out, "1").args(["--language", "go"]));
    assert!(
        err.contains("cannot be judged in go") && err.contains("python"),
        "{err}"
    );

    let unmeasured = dir.path().join("unmeasured.jsonl");
    let mut record: Value =
        serde_json::from_str(std::fs::read_to_string(&dataset).unwrap().trim()).unwrap();
    for s in record["solutions"].as_array_mut().unwrap() {
        for field in ["passed", "time", "memory", "integral", "status"] {
            s.as_object_mut().unwrap().remove(field);
        }
    }
    std::fs::write(&unmeasured, format!("{record}\n")).unwrap();
    let err = fail(&mut optimize(&unmeasured, &server.url(), &out, "1"));
    assert!(err.contains("afterburner distribution"), "{err}");

    let err = fail(optimize(&dataset, &server.url(), &out, "1").args(["--extra-body", "[1]"]));
    assert!(err.contains("--extra-body must be a JSON object"), "{err}");
    let err = fail(optimize(&dataset, &server.url(), &out, "1").args(["--problems", "404"]));
    assert!(err.contains("no problem 404"), "{err}");
    assert_eq!(server.received().iter().filter(|r| r.is_chat()).count(), 0);
}

#[test]
fn several_samples_per_round_keep_the_best_even_from_a_server_that_ignores_n() {
    let dir = tempfile::tempdir().unwrap();
    let dataset = measured_dataset(dir.path());
    let out = dir.path().join("run");
    // Like llama-cpp-python's server: one choice whatever `n` asks for.
    let server = server(openai::in_order(
        [SLOW, FAST, WRONG]
            .iter()
            .map(|code| Response::chat(&[&answer(code)], "stop"))
            .collect(),
    ));
    let output = optimize(&dataset, &server.url(), &out, "0")
        .args(["--samples", "3"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let chats: Vec<Request> = server
        .received()
        .into_iter()
        .filter(|r| r.is_chat())
        .collect();
    assert_eq!(
        chats.len(),
        3,
        "one request asking for n = 3, then two single ones"
    );
    assert_eq!(chats[0].n(), Some(3));
    assert!(chats[1..].iter().all(|r| r.n().is_none()));
    let llm = events(&out, "llm");
    let answers = llm[0]["answers"].as_array().unwrap();
    assert_eq!(answers.len(), 3);
    // The single requests run side by side, so the answers arrive in any order.
    let best = events(&out, "decision")[0]["best_answer"].as_u64().unwrap() as usize;
    assert_eq!(
        answers[best]["parsed"]["code"], FAST,
        "the fast answer is the best of the three"
    );
    let finals = std::fs::read_to_string(out.join("final.jsonl")).unwrap();
    assert!(finals.contains("return sum(nums)\\n\""), "{finals}");
}

#[test]
fn a_given_first_version_is_measured_not_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let dataset = measured_dataset(dir.path());
    let starts = dir.path().join("starts.jsonl");
    let line = serde_json::json!({"problem_id": 9001, "code": SLOW, "language": "python"});
    std::fs::write(&starts, format!("{line}\n")).unwrap();
    let server = server(|_: &Request| Response::chat(&[&answer(FAST)], "stop"));
    let out = dir.path().join("run");
    let output = optimize(&dataset, &server.url(), &out, "1")
        .arg("--start")
        .arg(&starts)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let chats: Vec<Request> = server
        .received()
        .into_iter()
        .filter(|r| r.is_chat())
        .collect();
    assert_eq!(chats.len(), 1, "only the feedback round asks the model");
    assert!(
        chats[0].last_message().contains("spin += i"),
        "the given code is shown"
    );
    let decisions = events(&out, "decision");
    assert_eq!(
        decisions[0]["decision"]["reason"],
        "the given first version"
    );
    assert_eq!(decisions[0]["kept_code"], SLOW);
    assert_eq!(decisions[1]["decision"]["kept"], "new");

    // A reference start takes one of the problem's own Python solutions.
    let out = dir.path().join("reference");
    optimize(&dataset, &server.url(), &out, "0")
        .args(["--start", "reference"])
        .assert()
        .success();
    let record: Value =
        serde_json::from_str(std::fs::read_to_string(&dataset).unwrap().trim()).unwrap();
    let kept = events(&out, "decision")[0]["kept_code"].clone();
    let python: Vec<&Value> = record["solutions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| {
            s["language"]
                .as_str()
                .is_none_or(|l| l.starts_with("python"))
        })
        .map(|s| &s["code"])
        .collect();
    assert!(python.contains(&&kept), "{kept}");
}

#[test]
fn measurements_can_run_on_a_monolith_server() {
    let dir = tempfile::tempdir().unwrap();
    let dataset = measured_dataset(dir.path());
    let monolith = common::Serve::start(&[]);
    let server = server(openai::in_order(vec![
        Response::chat(&[&answer(SLOW)], "stop"),
        Response::chat(&[&answer(FAST)], "stop"),
    ]));
    let out = dir.path().join("run");
    let output = optimize(&dataset, &server.url(), &out, "1")
        .args(["--monolith", &monolith.url])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let summary = json(&output.stdout);
    let time = &summary["figures"][0]["iterations"];
    assert_eq!(time[0]["time"]["mean"], 0.0);
    assert_eq!(time[1]["time"]["mean"], 1.0);
}
