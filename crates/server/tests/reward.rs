//! The reward over HTTP: `POST /v1/reward` and OpenRLHF's `POST /get_reward`, against a
//! real server measuring in the sandbox.

mod common;

use afterburner_venus::Problem;
use serde_json::{json, Value};

fn record() -> Value {
    let cases: Vec<Value> = (1..=6)
        .map(|n: i64| {
            let nums: Vec<String> = (1..=n * 30).map(|x| x.to_string()).collect();
            json!({"input": format!("{}\n", nums.join(" ")), "output": format!("{}\n", (1..=n * 30).sum::<i64>())})
        })
        .collect();
    json!({
        "problem_id": 88,
        "title": "Sum",
        "question_content": "Return the sum of the numbers.",
        "difficulty": "Easy",
        "time_limit_ms": 2000,
        "test_case_evaluator": "def evaluate(expected_output, program_output):\n    return expected_output.split() == program_output.split()\n",
        "test_case_runners": {
            "python3": "import sys\nnums = list(map(int, sys.stdin.readline().split()))\n==Code Submission==\nprint(Solution().total(nums))\n"
        },
        "test_cases": serde_json::to_string(&cases).unwrap(),
    })
}

const FAST: &str = "class Solution:\n    def total(self, nums):\n        return sum(nums)\n";
const SLOW: &str = "class Solution:\n    def total(self, nums):\n        spin = 0\n        for i in range(1_000_000):\n            spin += i\n        return sum(nums)\n";

fn answer(code: &str) -> String {
    format!("<thinking>t</thinking>\n<solution>\n```python\n{code}```\n</solution>")
}

#[test]
fn a_batch_gets_one_reward_with_its_parts_per_answer() {
    let problem = Problem::from_value(record(), "test").unwrap();
    let server = common::start_with(common::config(), Some(vec![problem]));
    let item = |completion: &str| json!({"problem_id": 88, "instruction": "time", "completion": completion, "language": "python", "baseline_code": SLOW});
    let body = json!({"items": [
        item(&answer(FAST)),
        item(&answer(FAST)),
        item("no code at all"),
        {"problem": record(), "instruction": "memory", "completion": answer(FAST), "baseline_stats": {"passed": false, "time_ms": 0.0, "memory_kb": 0.0, "integral_kb_ms": 0.0}},
        {"problem_id": 404, "instruction": "time", "completion": answer(FAST), "baseline_code": SLOW},
    ]});
    let (status, out) = common::post(&server.at("/v1/reward"), &body);
    assert_eq!(status, 200, "{out}");
    let rewards = out["rewards"].as_array().unwrap();
    assert_eq!(rewards.len(), 5);
    assert_eq!(
        rewards[0], rewards[1],
        "identical answers, identical rewards"
    );
    assert_eq!(rewards[0]["pass"], 0.5);
    assert!(rewards[0]["gain"].as_f64().unwrap() > 0.0, "{}", rewards[0]);
    assert_eq!(rewards[0]["candidate"]["verdict"], "passed");
    assert_eq!(rewards[0]["baseline"]["verdict"], "passed");
    assert_eq!(rewards[2]["pass"], -1.0);
    assert_eq!(rewards[2]["has_code"], false);
    assert_eq!(
        rewards[3]["pass"], 1.0,
        "an inline problem against a failing stored baseline"
    );
    assert!(rewards[4]["error"]
        .as_str()
        .unwrap()
        .contains("not in the loaded set"));
    assert_eq!(rewards[4]["score"], -0.25);

    for bad in [
        json!({"items": [{"problem_id": 88}]}),
        json!({"answers": []}),
        json!([1, 2]),
    ] {
        let (status, out) = common::post(&server.at("/v1/reward"), &bad);
        assert_eq!(status, 400, "{bad} → {out}");
    }
}

#[test]
fn openrlhf_gets_an_answer_for_every_sample() {
    let problem = Problem::from_value(record(), "test").unwrap();
    let server = common::start_with(common::config(), Some(vec![problem]));
    let label = json!({"problem_id": 88, "instruction": "time", "language": "python", "baseline_code": SLOW}).to_string();
    let prompt = "<|im_start|>user\nMake it faster.<|im_end|>\n<|im_start|>assistant\n";
    let body = json!({
        "query": [format!("{prompt}{}<|im_end|>", answer(FAST)), format!("{prompt}hmm"), "anything".to_string()],
        "prompts": [prompt, prompt, "x"],
        "labels": [label.clone(), label, "not a label".to_string()],
    });
    let (status, out) = common::post(&server.at("/get_reward"), &body);
    assert_eq!(status, 200, "{out}");
    let rewards = out["rewards"].as_array().unwrap();
    assert_eq!(rewards.len(), 3);
    assert!(rewards[0].as_f64().unwrap() > 0.45, "{out}");
    assert_eq!(
        out["extra_logs"]["format"][0], 1.0,
        "the end-of-turn token OpenRLHF decodes after the answer is not part of it"
    );
    assert_eq!(out["scores"], json!([1.0, 0.0, 0.0]));
    assert_eq!(out["extra_logs"]["error"], json!([0.0, 0.0, 1.0]));
    assert_eq!(
        rewards[2], -0.25,
        "a sample that cannot be judged gets the penalty"
    );

    let (status, _) = common::post_raw(&server.at("/get_reward"), b"{not json");
    assert_eq!(status, 400);
}

#[test]
fn a_batch_over_the_limit_is_refused() {
    let server = common::start(common::config());
    let item = json!({"problem": record(), "instruction": "time", "completion": "x", "baseline_code": FAST});
    let items = vec![item; afterburner_server::api::reward::MAX_REWARD_BATCH + 1];
    let (status, out) = common::post(&server.at("/v1/reward"), &json!({ "items": items }));
    assert_eq!(status, 400, "{out}");
    assert!(out.to_string().contains("at most"), "{out}");
}

/// The count of answered `POST /v1/runs` requests in a server's `/metrics`.
fn runs_answered(server: &common::TestServer) -> u64 {
    let text = ureq::get(&server.at("/metrics"))
        .call()
        .unwrap()
        .into_string()
        .unwrap();
    text.lines()
        .filter(|line| line.starts_with("afterburner_http_requests_total{route=\"/v1/runs\""))
        .filter_map(|line| line.rsplit(' ').next()?.parse::<u64>().ok())
        .sum()
}

#[test]
fn a_reward_front_end_measures_on_its_fleet() {
    let member = common::start(common::config());
    let problem = Problem::from_value(record(), "test").unwrap();
    let front = common::start_with(
        afterburner_server::ServerConfig {
            reward_fleet: vec![member.url().parse().unwrap()],
            ..common::config()
        },
        Some(vec![problem]),
    );
    assert_eq!(runs_answered(&member), 0);
    let body = json!({"items": [{"problem_id": 88, "instruction": "time", "completion": answer(FAST), "language": "python", "baseline_code": SLOW}]});
    let (status, out) = common::post(&front.at("/v1/reward"), &body);
    assert_eq!(status, 200, "{out}");
    let reward = &out["rewards"][0];
    assert_eq!(reward["pass"], 0.5, "{reward}");
    assert!(reward["gain"].as_f64().unwrap() > 0.0, "{reward}");
    assert!(
        runs_answered(&member) >= 2,
        "the baseline and the answer ran on the fleet's server"
    );
}

#[test]
fn a_reward_fleet_that_does_not_answer_stops_the_start() {
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", silent.local_addr().unwrap());
    drop(silent);
    let config = afterburner_server::ServerConfig {
        reward_fleet: vec![url.parse().unwrap()],
        ..common::config()
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let started = runtime.block_on(afterburner_server::Server::start(
        config,
        common::runner(),
        None,
    ));
    let error = started.err().expect("no server without its reward fleet");
    assert!(error.to_string().contains(&url), "{error}");
}

#[test]
fn a_label_with_code_and_stored_figures_measures_the_code_unless_told_otherwise() {
    let stats = json!({"passed": true, "time_ms": 1.0e6, "memory_kb": 1.0, "integral_kb_ms": 1.0});
    let body = json!({"items": [
        {"problem": record(), "instruction": "time", "completion": answer(FAST), "baseline_code": SLOW, "baseline_stats": stats, "case_multiplier": 2},
        {"problem": record(), "instruction": "time", "completion": answer(FAST), "baseline_code": SLOW, "case_multiplier": 0},
    ]});
    let measured = common::start(common::config());
    let (status, out) = common::post(&measured.at("/v1/reward"), &body);
    assert_eq!(status, 200, "{out}");
    assert_eq!(out["rewards"][0]["baseline"]["verdict"], "passed", "{out}");
    assert!(out["rewards"][1]["error"]
        .as_str()
        .unwrap()
        .contains("at least 1"));
    measured.stop();

    let stored = common::start(afterburner_server::ServerConfig {
        reward_baseline: afterburner_reward::batch::BaselinePreference::Stored,
        ..common::config()
    });
    let (status, out) = common::post(&stored.at("/v1/reward"), &body);
    assert_eq!(status, 200, "{out}");
    let reward = &out["rewards"][0];
    assert!(
        reward["baseline"].is_null(),
        "the stored figures are used: {reward}"
    );
    assert_eq!(reward["pass"], 0.5, "{reward}");
}
