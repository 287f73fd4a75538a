//! `POST /v1/evaluate`: a solution judged on a Venus problem and placed among the
//! problem's measured reference solutions.

mod common;

use afterburner_venus::Problem;
use serde_json::{json, Value};

/// A problem whose two passing references are far apart: one impossibly slow and large,
/// one impossibly fast and small, so a real passing candidate lands between them.
fn record() -> Value {
    json!({
        "problem_id": 77,
        "title": "Sum",
        "question_content": "Return the sum of the numbers.",
        "difficulty": "Medium",
        "test_case_evaluator": "def evaluate(expected_output, program_output):\n    return expected_output.split() == program_output.split()\n",
        "test_case_runners": {
            "python3": "import sys\nnums = list(map(int, sys.stdin.readline().split()))\n==Code Submission==\nprint(Solution().total(nums))\n"
        },
        "test_cases": serde_json::to_string(&json!([
            {"input": "1 2 3\n", "output": "6\n"},
            {"input": "10 -4\n", "output": "6\n"}
        ])).unwrap(),
        "solutions": [
            {"code": "slow", "passed": true, "time": 1.0e9, "memory": 1.0e12, "integral": 1.0e18},
            {"code": "fast", "passed": true, "time": 1.0e-6, "memory": 1.0, "integral": 1.0e-6},
            {"code": "broken", "passed": false, "time": 1.0, "memory": 1.0, "integral": 1.0}
        ]
    })
}

const RIGHT: &str = "class Solution:\n    def total(self, nums):\n        return sum(nums)\n";
const WRONG: &str = "class Solution:\n    def total(self, nums):\n        return max(nums)\n";

#[test]
fn a_solution_is_judged_and_placed_by_id_or_by_record() {
    let problem = Problem::from_value(record(), "test").unwrap();
    let server = common::start_with(common::config(), Some(vec![problem]));
    let url = server.at("/v1/evaluate");

    let (status, by_id) = common::post(&url, &json!({"problem_id": 77, "code": RIGHT}));
    assert_eq!(status, 200, "{by_id}");
    assert_eq!(by_id["verdict"], "passed", "{by_id}");
    // Only the two passing references count; the candidate beats the slow one only.
    assert_eq!(by_id["references"], 2);
    for metric in ["time_pct", "memory_pct", "integral_pct"] {
        assert_eq!(by_id[metric], 0.5, "{metric}: {by_id}");
    }
    assert!(by_id["metrics"]["cpu_ms"].as_f64().unwrap() > 0.0);

    let (status, by_record) = common::post(
        &url,
        &json!({"problem": record(), "code": WRONG, "language": "python"}),
    );
    assert_eq!(status, 200, "{by_record}");
    assert_eq!(by_record["verdict"], "wrong_answer", "{by_record}");
    assert_eq!(by_record["time_pct"], 0.0);

    let (status, unknown) = common::post(&url, &json!({"problem_id": 78, "code": RIGHT}));
    assert_eq!(status, 404, "{unknown}");
    let (status, both) = common::post(
        &url,
        &json!({"problem_id": 77, "problem": record(), "code": RIGHT}),
    );
    assert_eq!(status, 400, "{both}");
    let (status, no_runner) = common::post(
        &url,
        &json!({"problem_id": 77, "code": RIGHT, "language": "go"}),
    );
    assert_eq!(status, 400, "{no_runner}");
    assert!(
        no_runner["error"].as_str().unwrap().contains("runner"),
        "{no_runner}"
    );
}
