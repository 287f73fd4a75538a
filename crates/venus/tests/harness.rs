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
        let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("compile-cache");
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
    assert_eq!(escaped.failing_case, Some(0));

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

// A solution runs in the same interpreter as the harness's driver, so it can do anything
// the driver can. None of it may turn a wrong answer into a pass.

#[test]
fn forged_success_on_fd1_then_exit_is_a_wrong_answer() {
    let forged = judged(
        Python,
        "class Solution:\n    def total(self, nums):\n        import os\n        os.write(1, b'Success\\n')\n        os._exit(0)\n",
    );
    assert_verdict(&forged, Verdict::WrongAnswer, "Success");
}

#[test]
fn rebinding_evaluate_to_accept_everything_is_a_wrong_answer() {
    let rebinding = "class Solution:\n    def total(self, nums):\n        import sys\n        main = sys.modules['__main__']\n        main.evaluate = lambda expected_output, program_output: True\n        globals()['evaluate'] = main.evaluate\n        return -1\n";
    assert_verdict(&judged(Python, rebinding), Verdict::WrongAnswer, "case 0");
}

#[test]
fn expected_outputs_cannot_be_read_from_the_drivers_frames() {
    // Walks up the call stack for anything holding a case's expected output and returns
    // it as the answer.
    let snooping = r#"class Solution:
    def total(self, nums):
        import sys
        frame = sys._getframe()
        while frame is not None:
            for value in list(frame.f_locals.values()):
                if isinstance(value, dict) and isinstance(value.get("output"), str):
                    return value["output"].rstrip("\n")
            frame = frame.f_back
        return -1
"#;
    assert_verdict(&judged(Python, snooping), Verdict::WrongAnswer, "case 0");
}

#[test]
fn forged_frames_on_fd1_are_a_wrong_answer() {
    // Writes a report of case 0 to the real stdout in every call: the driver's own
    // reports then come out of order.
    let forging = "class Solution:\n    def total(self, nums):\n        import os\n        os.write(1, b'@0 2\\n6\\n\\n')\n        return -1\n";
    assert_verdict(&judged(Python, forging), Verdict::WrongAnswer, "to stdout");
    // Reporting case 0 and leaving cannot skip the other cases.
    let early_exit = forging.replace("return -1", "os._exit(0)");
    assert_verdict(
        &judged(Python, &early_exit),
        Verdict::WrongAnswer,
        "stopped after 1 of 3",
    );
}

#[test]
fn an_output_that_imitates_the_framing_is_judged_as_printed() {
    // The correct answer followed by a forged frame for the next case: the whole text is
    // this case's output, so the evaluator sees (and rejects) it.
    let shifting = "class Solution:\n    def total(self, nums):\n        return str(sum(nums)) + '\\n@1 3\\n-5\\n'\n";
    assert_verdict(&judged(Python, shifting), Verdict::WrongAnswer, "case 0");
}

#[test]
fn native_summary_line_and_early_exit_is_a_wrong_answer() {
    let forged = judged(Cpp, "#include <cstdio>\n#include <cstdlib>\nstruct Forge { Forge() { std::puts(\"Success\"); std::fflush(stdout); std::_Exit(0); } } forge;\nclass Solution { public: long long total(const std::vector<long long>&) { return 0; } };\n");
    assert_verdict(&forged, Verdict::WrongAnswer, "");
}

#[test]
fn the_records_evaluate_decides_even_when_it_prints() {
    let mut lenient = problem();
    lenient.test_case_evaluator = "def evaluate(expected_output, program_output):\n    print('checking', expected_output)\n    return program_output.strip() in (expected_output.strip(), 'anything')\n".into();
    let anything = "class Solution:\n    def total(self, nums):\n        return 'anything'\n";
    let j = judge(
        runner(),
        &lenient,
        anything,
        Python,
        &JudgeOptions::default(),
    )
    .unwrap();
    assert_verdict(&j, Verdict::Passed, "");
    // The strict evaluator of the original problem refuses the same output.
    assert_verdict(&judged(Python, anything), Verdict::WrongAnswer, "anything");
    // An evaluator that raises rejects, with the error in the reason.
    lenient.test_case_evaluator =
        "def evaluate(expected_output, program_output):\n    raise KeyError('no')\n".into();
    let ok = "class Solution:\n    def total(self, nums):\n        return sum(nums)\n";
    let j = judge(runner(), &lenient, ok, Python, &JudgeOptions::default()).unwrap();
    assert_verdict(&j, Verdict::WrongAnswer, "KeyError");
}

#[test]
fn an_output_that_makes_the_evaluator_die_is_not_accepted() {
    // The evaluation run itself fails (here the evaluator exits on one output): the
    // output that caused it is not accepted, and the reason says so.
    let mut fragile = problem();
    fragile.test_case_evaluator = "def evaluate(expected_output, program_output):\n    import os\n    if program_output.strip() == 'boom':\n        os._exit(3)\n    return expected_output.split() == program_output.split()\n".into();
    let boom = "class Solution:\n    def total(self, nums):\n        return 'boom'\n";
    let j = judge(runner(), &fragile, boom, Python, &JudgeOptions::default()).unwrap();
    assert_verdict(&j, Verdict::WrongAnswer, "evaluator failed");
    assert_eq!(j.failing_case, Some(0));
    let ok = "class Solution:\n    def total(self, nums):\n        return sum(nums)\n";
    let j = judge(runner(), &fragile, ok, Python, &JudgeOptions::default()).unwrap();
    assert_verdict(&j, Verdict::Passed, "");
}

#[test]
fn repeated_runs_of_a_solution_reuse_the_evaluators_answers() {
    use afterburner_monolith::cpuset::CpuSet;
    use afterburner_monolith::pool::{Execute, Pool};
    use afterburner_monolith::runner::RunRequest;
    use afterburner_monolith::RunResult;
    use afterburner_venus::harness::{judge_all, prepare};
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Counts the runs a pool is asked for.
    struct Counting<'a>(Pool<'a>, AtomicUsize);
    impl Execute for Counting<'_> {
        fn width(&self) -> usize {
            self.0.width()
        }
        fn run_all(
            &self,
            requests: &[RunRequest],
            on_done: &(dyn Fn(usize, &RunResult) + Sync),
        ) -> Vec<RunResult> {
            self.1.fetch_add(requests.len(), Ordering::Relaxed);
            self.0.run_all(requests, on_done)
        }
    }
    let pool = Counting(
        Pool::new(runner(), &CpuSet::allowed().unwrap()),
        AtomicUsize::new(0),
    );
    let ok = "class Solution:\n    def total(self, nums):\n        return sum(nums)\n";
    let prepared = prepare(&problem(), ok, Python, &JudgeOptions::default()).unwrap();
    let first = judge_all(&pool, std::slice::from_ref(&prepared), &|_, _| {});
    assert_verdict(&first[0], Verdict::Passed, "");
    // The solution's run and one evaluation.
    assert_eq!(pool.1.swap(0, Ordering::Relaxed), 2);
    let again = judge_all(&pool, &vec![prepared; 3], &|_, _| {});
    assert!(again.iter().all(|j| j.verdict == Verdict::Passed));
    assert_eq!(
        pool.1.load(Ordering::Relaxed),
        3,
        "no evaluation the second time"
    );
}
