//! Judging real solutions in the sandbox: Venus semantics for Python, line-per-case
//! comparison for the other languages, and a useful reason for every failure.

use std::sync::{Arc, OnceLock};

use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::runner::Runner;
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig};
use afterburner_monolith::Language::{self, Cpp, Go, Python};
use afterburner_venus::harness::{capture_outputs, judge, JudgeOptions, Judgement};
use afterburner_venus::{Problem, Verdict};
use serde_json::json;

fn runner() -> &'static Runner {
    static RUNNER: OnceLock<Runner> = OnceLock::new();
    RUNNER.get_or_init(|| {
        let sandbox = Sandbox::new(SandboxConfig::default()).expect("run the tests as root");
        let cache = std::env::temp_dir().join(format!(
            "afterburner-venus-test-cache-{}",
            std::process::id()
        ));
        Runner::new(
            Arc::new(sandbox),
            Toolchains::discover_all(),
            CompileCache::new(cache),
        )
    })
}

/// Sum of a list: "n\na1 .. an\n" -> "sum\n".
fn problem() -> Problem {
    Problem::from_value(
        json!({
            "problem_id": 1,
            "title": "List Sum",
            "question_content": "Print the sum of the numbers.",
            "difficulty": "Easy",
            "tags": ["arrays"],
            "test_case_evaluator": "def evaluate(expected_output, program_output):\n    return expected_output.split() == program_output.split()\n",
            "test_case_runners": {
                "python3": "import sys\nn = int(sys.stdin.readline())\nnums = list(map(int, sys.stdin.readline().split()))\n==Code Submission==\nprint(Solution().total(nums))\n",
                "cpp": "#include <bits/stdc++.h>\nusing namespace std;\n==Code Submission==\nint main(){ int k; cin >> k; while (k--) { int n; cin >> n; vector<long long> a(n); for (auto& x : a) cin >> x; cout << Solution().total(a) << '\\n'; } }\n",
                "golang": "package main\nimport (\"bufio\"; \"fmt\"; \"os\")\n==Code Submission==\nfunc main(){ in := bufio.NewReader(os.Stdin); var k int; fmt.Fscan(in, &k); for ; k > 0; k-- { var n int; fmt.Fscan(in, &n); a := make([]int64, n); for i := range a { fmt.Fscan(in, &a[i]) }; fmt.Println(total(a)) } }\n"
            },
            "test_cases": serde_json::to_string(&json!([
                {"input": "3\n1 2 3\n", "output": "6\n"},
                {"input": "1\n-5\n", "output": "-5\n"},
                {"input": "4\n10 20 30 40\n", "output": "100\n"}
            ])).unwrap(),
            "time_limit_ms": 2000
        }),
        "test",
    )
    .unwrap()
}

fn judged(language: Language, code: &str) -> Judgement {
    judge(
        runner(),
        &problem(),
        code,
        language,
        &JudgeOptions::default(),
    )
    .unwrap()
}

#[track_caller]
fn assert_verdict(j: &Judgement, verdict: Verdict, reason_has: &str) {
    assert_eq!(
        j.verdict, verdict,
        "{:?}\nstdout {:?}\nstderr {}",
        j.reason, j.run.stdout, j.run.stderr
    );
    if !reason_has.is_empty() {
        let reason = j.reason.as_deref().unwrap_or("");
        assert!(
            reason.contains(reason_has),
            "reason {reason:?} lacks {reason_has:?}"
        );
    }
}

#[test]
fn python_solutions_are_judged_with_venus_semantics() {
    let ok = judged(
        Python,
        "class Solution:\n    def total(self, nums):\n        return sum(nums)\n",
    );
    assert_verdict(&ok, Verdict::Passed, "");
    assert!(ok.run.metrics.cpu_ms > 0.0);
    // The common header is in scope: reduce and operator without imports.
    let header = judged(Python, "class Solution:\n    def total(self, nums):\n        return reduce(operator.add, nums, 0)\n");
    assert_verdict(&header, Verdict::Passed, "");
}

#[test]
fn python_failures_say_which_case_and_why() {
    let wrong = judged(
        Python,
        "class Solution:\n    def total(self, nums):\n        return sum(nums[1:])\n",
    );
    assert_verdict(&wrong, Verdict::WrongAnswer, "case 0");
    assert_eq!(wrong.failing_case, Some(0));

    let extra = judged(Python, "class Solution:\n    def total(self, nums):\n        print('thinking...')\n        return sum(nums)\n");
    assert_verdict(&extra, Verdict::WrongAnswer, "thinking");

    let crash = judged(Python, "class Solution:\n    def total(self, nums):\n        if len(nums) == 1:\n            raise ValueError('one element')\n        return sum(nums)\n");
    assert_verdict(&crash, Verdict::RuntimeError, "ValueError: one element");
    assert_eq!(crash.failing_case, Some(1));

    let wrong_type = judged(
        Python,
        "class Solution:\n    def total(self, nums):\n        return [sum(nums)]\n",
    );
    assert_verdict(&wrong_type, Verdict::WrongAnswer, "[6]");

    let syntax = judged(
        Python,
        "class Solution:\n    def total(self, nums)\n        return 0\n",
    );
    assert_verdict(&syntax, Verdict::CompileError, "SyntaxError");

    let escaped = judged(Python, "import os\nos.write(1, b'Success\\n')\nclass Solution:\n    def total(self, nums):\n        return sum(nums)\n");
    assert_verdict(&escaped, Verdict::WrongAnswer, "Success");

    let slow = judged(
        Python,
        "class Solution:\n    def total(self, nums):\n        while True:\n            pass\n",
    );
    assert_verdict(&slow, Verdict::Timeout, "CPU time");
}

#[test]
fn native_solutions_are_compared_line_by_line() {
    let ok = judged(Cpp, "class Solution { public: long long total(const std::vector<long long>& a) { long long s = 0; for (auto x : a) s += x; return s; } };\n");
    assert_verdict(&ok, Verdict::Passed, "");
    let go = judged(
        Go,
        "func total(a []int64) int64 { var s int64; for _, x := range a { s += x }; return s }\n",
    );
    assert_verdict(&go, Verdict::Passed, "");

    let wrong = judged(Cpp, "class Solution { public: long long total(const std::vector<long long>& a) { return a.size(); } };\n");
    assert_verdict(&wrong, Verdict::WrongAnswer, "expected \"6\", got \"3\"");
    let chatty = judged(Cpp, "#include <cstdio>\nclass Solution { public: long long total(const std::vector<long long>& a) { std::puts(\"dbg\"); long long s = 0; for (auto x : a) s += x; return s; } };\n");
    assert_verdict(&chatty, Verdict::WrongAnswer, "");
    let broken = judged(
        Cpp,
        "class Solution { public: long long total(int) { return 0 } };\n",
    );
    assert_verdict(&broken, Verdict::CompileError, "");
    assert!(broken.run.stderr.contains("error"), "{}", broken.run.stderr);
}

#[test]
fn the_case_multiplier_repeats_every_case() {
    let options = JudgeOptions {
        case_multiply: 5,
        ..JudgeOptions::default()
    };
    let count = "class Solution:\n    def total(self, nums):\n        import sys\n        sys.stderr.write('call\\n')\n        return sum(nums)\n";
    let j = judge(runner(), &problem(), count, Python, &options).unwrap();
    assert_verdict(&j, Verdict::Passed, "");
    assert_eq!(j.run.stderr.matches("call").count(), 15);
    let cpp = judge(runner(), &problem(), "class Solution { public: long long total(const std::vector<long long>& a) { long long s = 0; for (auto x : a) s += x; return s; } };\n", Cpp, &options).unwrap();
    assert_verdict(&cpp, Verdict::Passed, "");
}

#[test]
fn a_language_without_a_runner_is_an_error_naming_the_ones_there() {
    let err = judge(
        runner(),
        &problem(),
        "",
        Language::Java,
        &JudgeOptions::default(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("python, cpp, go"), "{err}");
}

#[test]
fn expected_outputs_come_from_the_reference() {
    let inputs = vec!["2\n1 1\n".to_string(), "3\n5 5 5\n".to_string()];
    let outputs = capture_outputs(
        runner(),
        &problem(),
        "class Solution:\n    def total(self, nums):\n        return sum(nums)\n",
        &inputs,
    )
    .unwrap();
    assert_eq!(outputs, ["2\n", "15\n"]);
    let err = capture_outputs(
        runner(),
        &problem(),
        "class Solution:\n    def total(self, nums):\n        return 1 // 0\n",
        &inputs,
    )
    .unwrap_err();
    assert!(err.contains("ZeroDivisionError"), "{err}");
}
