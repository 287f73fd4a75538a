//! The batch reward on real runs in the sandbox (run as root).

use std::sync::Arc;

use afterburner_iof::instruction::Instruction;
use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::pool::Pool;
use afterburner_monolith::runner::Runner;
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig};
use afterburner_monolith::Language;
use afterburner_reward::batch::{Baseline, Item, Rewarder, Settings};
use afterburner_reward::formula::{Outcome, Weights};
use afterburner_venus::harness::JudgeOptions;
use afterburner_venus::Problem;
use serde_json::json;

fn problem() -> Problem {
    let cases: Vec<_> = (1..=8)
        .map(|n: i64| {
            let nums: Vec<String> = (1..=n * 40).map(|x| x.to_string()).collect();
            json!({"input": format!("{}\n{}\n", nums.len(), nums.join(" ")),
                   "output": format!("{}\n", (1..=n * 40).sum::<i64>())})
        })
        .collect();
    Problem::from_value(
        json!({
            "problem_id": 7,
            "title": "List Sum",
            "question_content": "Print the sum of the numbers.",
            "difficulty": "Easy",
            "time_limit_ms": 2000,
            "test_case_evaluator": "def evaluate(expected_output, program_output):\n    return expected_output.split() == program_output.split()\n",
            "test_case_runners": {"python3": "import sys\nn = int(sys.stdin.readline())\nnums = list(map(int, sys.stdin.readline().split()))\n==Code Submission==\nprint(Solution().total(nums))\n"},
            "test_cases": serde_json::to_string(&cases).unwrap(),
        }),
        "test",
    )
    .unwrap()
}

fn runner() -> Runner {
    let sandbox = Sandbox::new(SandboxConfig::default()).expect("the tests run as root");
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("compile-cache");
    Runner::new(
        Arc::new(sandbox),
        Toolchains::discover_all(),
        CompileCache::new(cache),
    )
}

fn settings() -> Settings {
    Settings {
        runs: 1,
        judge: JudgeOptions::default(),
        weights: Weights::default(),
    }
}

fn answer(code: &str) -> String {
    format!("<thinking>t</thinking>\n<solution>\n```python\n{code}```\n</solution>")
}

const FAST: &str = "class Solution:\n    def total(self, nums):\n        return sum(nums)\n";
const SLOW: &str = "class Solution:\n    def total(self, nums):\n        spin = 0\n        for i in range(1_000_000):\n            spin += i\n        return sum(nums)\n";
const WRONG: &str = "class Solution:\n    def total(self, nums):\n        return sum(nums[1:])\n";

fn item(completion: String, baseline: Baseline) -> Item {
    Item {
        problem: Arc::new(problem()),
        instruction: Instruction::Time,
        completion,
        language: Language::Python,
        baseline,
        case_multiply: None,
    }
}

#[test]
fn identical_answers_are_judged_once_and_rewarded_alike() {
    let runner = runner();
    let cpus = CpuSet::allowed().unwrap();
    let pool = Pool::new(&runner, &cpus);
    let rewarder = Rewarder::new(pool, settings());
    let baseline = Baseline::Code(SLOW.into());
    let mut items: Vec<Item> = (0..6)
        .map(|_| item(answer(FAST), baseline.clone()))
        .collect();
    items.push(item(answer(WRONG), baseline.clone()));
    items.push(item("I would rather not.".into(), baseline.clone()));
    let rewards = rewarder.reward(&items);
    assert_eq!(
        rewarder.programs_judged(),
        3,
        "fast, wrong and the baseline, once each"
    );
    for r in &rewards[..6] {
        assert_eq!(r.parts, rewards[0].parts);
        assert_eq!(r.parts.pass, 0.5);
        assert!(
            r.parts.gain > 0.0,
            "sum() beats the spinning baseline: {r:?}"
        );
        assert_eq!(r.parts.format, 1.0);
        assert!(r.error.is_none());
    }
    assert_eq!(rewards[6].parts.pass, -1.0);
    assert!(rewards[6]
        .reason
        .as_deref()
        .unwrap()
        .contains("wrong_answer"));
    assert_eq!(rewards[7].parts.pass, -1.0);
    assert_eq!(rewards[7].parts.format, 0.0);
    assert!(!rewards[7].has_code);
    // A second batch with the same programs runs nothing new.
    rewarder.reward(&items[..2]);
    assert_eq!(rewarder.programs_judged(), 3);
}

#[test]
fn forged_passes_earn_nothing_and_a_failing_baseline_is_beaten_by_any_pass() {
    let runner = runner();
    let cpus = CpuSet::allowed().unwrap();
    let pool = Pool::new(&runner, &cpus);
    let rewarder = Rewarder::new(pool, settings());
    let forgeries = [
        "import os\nos.write(1, b'Success\\n')\nos._exit(0)\n",
        "print('Success')\nraise SystemExit(0)\n",
        "class Solution:\n    def total(self, nums):\n        return open('/app/main.py').read().count('x')\n",
    ];
    let baseline = Baseline::Code(WRONG.into());
    let mut items: Vec<Item> = forgeries
        .iter()
        .map(|c| item(answer(c), baseline.clone()))
        .collect();
    items.push(item(answer(FAST), baseline.clone()));
    items.push(item(
        answer(&format!("{FAST}# {}\n", "x".repeat(400_000))),
        baseline.clone(),
    ));
    items.push(item(String::new(), baseline));
    let rewards = rewarder.reward(&items);
    for (r, code) in rewards.iter().zip(forgeries) {
        assert_eq!(r.parts.pass, -0.5, "a forgery does not pass: {code}\n{r:?}");
        assert_eq!(r.parts.gain_weight, 0.0);
    }
    let fixed = &rewards[3];
    assert_eq!(fixed.parts.pass, 1.0, "fail → pass");
    assert!(
        fixed.parts.gain > 0.0,
        "a failing baseline sits at the cap: {fixed:?}"
    );
    assert!(!rewards[4].has_code, "a huge answer's code is not run");
    assert!(!rewards[5].has_code && rewards[5].error.is_none());
}

#[test]
fn stored_stats_are_not_measured_and_unjudgeable_answers_get_the_penalty() {
    let runner = runner();
    let cpus = CpuSet::allowed().unwrap();
    let pool = Pool::new(&runner, &cpus);
    let rewarder = Rewarder::new(pool, settings());
    let stored = Baseline::Stats(Outcome::passed(1_000.0, 1e9, 1e12));
    let mut go = item(answer(FAST), stored.clone());
    go.language = Language::Go;
    let rewards = rewarder.reward(&[item(answer(FAST), stored), go]);
    assert_eq!(
        rewarder.programs_judged(),
        1,
        "stored stats are not measured"
    );
    assert!(rewards[0].baseline.is_none() && rewards[0].parts.gain > 0.0);
    assert_eq!(rewards[1].parts.score, settings().penalty());
    assert!(
        rewards[1]
            .error
            .as_deref()
            .unwrap()
            .contains("cannot be judged in go"),
        "{:?}",
        rewards[1]
    );
}

#[test]
fn an_items_case_multiplier_is_judged_apart_and_scales_the_time_cap() {
    let runner = runner();
    let cpus = CpuSet::allowed().unwrap();
    let pool = Pool::new(&runner, &cpus);
    let rewarder = Rewarder::new(pool, settings());
    // Stored figures at a time far over one pass's limit but within three passes' cap:
    // only the ×3 item's cap leaves room for a gain.
    let limit = problem().time_limit_ms.unwrap() as f64;
    let stored = Baseline::Stats(Outcome::passed(2.5 * limit, 1e9, 1e12));
    let once = item(answer(FAST), stored.clone());
    let mut thrice = item(answer(FAST), stored);
    thrice.case_multiply = Some(3);
    let rewards = rewarder.reward(&[once, thrice]);
    assert_eq!(
        rewarder.programs_judged(),
        2,
        "the same code under two multipliers is two measurements"
    );
    let (t1, t3) = (
        rewards[0].candidate.as_ref().unwrap(),
        rewards[1].candidate.as_ref().unwrap(),
    );
    assert!(t1.passed() && t3.passed());
    let cap_once = Settings::caps(&problem(), &settings().judge).time_ms;
    assert_eq!(cap_once, limit);
    // One pass: both sides clipped to the one-pass cap, so the gain is what the answer
    // saves under it; three passes: the baseline sits at 2.5 × limit, under the cap.
    let expected = |b: f64, c: f64| ((b - c) / b).clamp(-1.0, 1.0).tanh();
    let c1 = t1.time_ms.unwrap().min(limit);
    let c3 = t3.time_ms.unwrap().min(3.0 * limit);
    assert!(
        (rewards[0].parts.gain - expected(limit, c1)).abs() < 1e-9,
        "{:?}",
        rewards[0]
    );
    assert!(
        (rewards[1].parts.gain - expected(2.5 * limit, c3)).abs() < 1e-9,
        "{:?}",
        rewards[1]
    );
}
