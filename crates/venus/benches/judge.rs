//! What judging a Python solution costs beyond its own run: the record's `evaluate` runs
//! in a sandboxed run of its own, so the solution cannot reach it. Prints the median of
//! the solution's run and of the evaluation run over fresh solutions (none of whose
//! outputs were evaluated before), and the floor any sandboxed Python run has (an empty
//! program's round trip). The evaluation costs one more Python start; the target is on
//! what it costs beyond that floor.
//!
//! Run (as root): `cargo bench -p afterburner-venus --bench judge`

use std::sync::Arc;
use std::time::{Duration, Instant};

use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::runner::{RunRequest, Runner};
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig};
use afterburner_monolith::Language;
use afterburner_venus::harness::{conclude, prepare, Conclusion, JudgeOptions};
use afterburner_venus::{Problem, Verdict};
use serde_json::json;

const SOLUTIONS: usize = 30;
/// Most the evaluation run may take beyond an empty Python run.
const TARGET: Duration = Duration::from_millis(15);

/// Twenty cases of a list sum, judged by a whitespace-token evaluator.
fn problem() -> Problem {
    let cases: Vec<_> = (1..=20)
        .map(|n: i64| {
            let nums: Vec<String> = (1..=n * 50).map(|x| x.to_string()).collect();
            json!({"input": format!("{}\n{}\n", nums.len(), nums.join(" ")),
                   "output": format!("{}\n", (1..=n * 50).sum::<i64>())})
        })
        .collect();
    Problem::from_value(
        json!({
            "problem_id": 1,
            "title": "List Sum",
            "question_content": "Print the sum of the numbers.",
            "difficulty": "Easy",
            "test_case_evaluator": "def evaluate(expected_output, program_output):\n    return expected_output.split() == program_output.split()\n",
            "test_case_runners": {"python3": "import sys\nn = int(sys.stdin.readline())\nnums = list(map(int, sys.stdin.readline().split()))\n==Code Submission==\nprint(Solution().total(nums))\n"},
            "test_cases": serde_json::to_string(&cases).unwrap(),
        }),
        "bench",
    )
    .unwrap()
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn main() {
    let sandbox = Sandbox::new(SandboxConfig::default()).expect("run the bench as root");
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("compile-cache");
    let runner = Runner::new(
        Arc::new(sandbox),
        Toolchains::discover_all(),
        CompileCache::new(cache),
    );
    let problem = problem();
    let options = JudgeOptions {
        case_multiply: 8,
        ..JudgeOptions::default()
    };
    let (mut solving, mut evaluating, mut empty) = (Vec::new(), Vec::new(), Vec::new());
    let nothing = RunRequest::new(Language::Python, "pass\n");
    for i in 0..SOLUTIONS {
        // A different program each time, so nothing is reused between them.
        let code = format!(
            "class Solution:\n    def total(self, nums):\n        return sum(nums) + {i} - {i}\n"
        );
        let prepared = prepare(&problem, &code, Language::Python, &options).unwrap();
        let started = Instant::now();
        let run = runner.run(&prepared.request);
        solving.push(started.elapsed());
        let Conclusion::Evaluate(pending) = conclude(&prepared, run) else {
            panic!("a passing Python run needs its outputs evaluated");
        };
        let started = Instant::now();
        let evaluation = pending.request.as_ref().map(|r| runner.run(r));
        let judgement = pending.finish(evaluation);
        evaluating.push(started.elapsed());
        assert_eq!(judgement.verdict, Verdict::Passed, "{:?}", judgement.reason);
        let started = Instant::now();
        runner.run(&nothing);
        empty.push(started.elapsed());
    }
    let (solve, evaluate, floor) = (median(solving), median(evaluating), median(empty));
    println!("judging {SOLUTIONS} fresh Python solutions (20 cases x 8), median round trip:");
    println!(
        "  the solution's run          {:>8.1} ms",
        solve.as_secs_f64() * 1e3
    );
    println!(
        "  the evaluation run          {:>8.1} ms",
        evaluate.as_secs_f64() * 1e3
    );
    println!(
        "  an empty Python run (floor) {:>8.1} ms",
        floor.as_secs_f64() * 1e3
    );
    let beyond = evaluate.saturating_sub(floor);
    println!(
        "  evaluation beyond the floor {:>8.1} ms   target <= {} ms   {}",
        beyond.as_secs_f64() * 1e3,
        TARGET.as_millis(),
        if beyond <= TARGET { "met" } else { "MISSED" }
    );
}
