//! The Python harness, composed the way the Afterburner evaluation composes it: the
//! runner with the solution substituted becomes the body of `running_solution()`, which
//! runs once per case with `sys.stdin` swapped for the case input and `sys.stdout`
//! captured; the record's `evaluate` judges each case, and a final line says `Success`.
//!
//! The cases arrive on the real stdin as JSON, so the program itself stays the same for
//! every run and its compile cache entry is reused.

use serde::Serialize;

use crate::record::{TestCase, SUBMISSION_MARKER};

/// Standard-library names in scope for every solution, as in the Venus evaluation.
const HEADER: &str = "\
import sys, os, io, re, math, heapq, bisect, string, random, operator, itertools, functools, collections
from collections import deque, defaultdict, Counter, OrderedDict
from functools import lru_cache, cache, reduce, cmp_to_key
from itertools import accumulate, permutations, combinations, product
from heapq import heappush, heappop, heapify
from bisect import bisect_left, bisect_right, insort
from typing import List, Optional, Dict, Tuple, Set, Any
";

/// Drives the cases; `__ab_` names keep clear of the solution's own.
const DRIVER: &str = r#"
def __ab_main():
    import json as __ab_json, io as __ab_io, sys as __ab_sys, traceback as __ab_tb
    payload = __ab_json.loads(__ab_sys.stdin.buffer.read())
    cases, rounds, capture = payload["cases"], payload["multiply"], payload["capture"]
    real_in, real_out = __ab_sys.stdin, __ab_sys.stdout
    outputs = []

    def report(index, kind, detail):
        __ab_sys.stderr.write("__afterburner__ " + __ab_json.dumps({"case": index, "kind": kind, "detail": detail}) + "\n")
        real_out.write("Failed\n")

    for _ in range(rounds):
        for index, case in enumerate(cases):
            __ab_sys.stdin = __ab_io.StringIO(case["input"])
            captured = __ab_io.StringIO()
            __ab_sys.stdout = captured
            try:
                running_solution()
            except BaseException:
                __ab_sys.stdin, __ab_sys.stdout = real_in, real_out
                report(index, "exception", __ab_tb.format_exc(limit=-3)[-2000:])
                return
            __ab_sys.stdin, __ab_sys.stdout = real_in, real_out
            got = captured.getvalue()
            if capture:
                outputs.append(got)
                continue
            try:
                accepted = evaluate(case["output"], got)
            except BaseException as error:
                report(index, "wrong_answer", "the evaluator rejected the output: %r; output was %r" % (error, got[:300]))
                return
            if accepted is not True:
                report(index, "wrong_answer", "expected %r, got %r" % (case["output"][:300], got[:300]))
                return
    if capture:
        real_out.write(__ab_json.dumps(outputs))
    else:
        real_out.write("Success\n")


__ab_main()
"#;

/// Indents every non-empty line of `code` by `prefix`.
fn indent(code: &str, prefix: &str) -> String {
    code.lines()
        .map(|line| {
            if line.trim().is_empty() {
                String::new()
            } else {
                format!("{prefix}{line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Replaces the marker line of `runner` by `solution`, indented like the marker.
pub(crate) fn substitute(runner: &str, solution: &str) -> String {
    let mut out = Vec::new();
    for line in runner.lines() {
        if line.trim() == SUBMISSION_MARKER {
            let margin: String = line.chars().take_while(|c| c.is_whitespace()).collect();
            out.push(indent(solution, &margin));
        } else {
            out.push(line.to_string());
        }
    }
    out.join("\n") + "\n"
}

/// The whole judging program for `solution` under `runner` and `evaluator`.
pub(crate) fn compose(runner: &str, evaluator: &str, solution: &str) -> String {
    let body = substitute(runner, solution);
    format!(
        "{HEADER}\n{evaluator}\n\n\ndef running_solution():\n{}\n    pass\n\n{DRIVER}",
        indent(&body, "    ")
    )
}

#[derive(Serialize)]
struct Payload<'a> {
    cases: &'a [TestCase],
    multiply: usize,
    capture: bool,
}

/// The stdin of a judging run: the cases, how often to repeat them, and whether to
/// capture outputs (to compute expected outputs) instead of judging.
pub(crate) fn payload(cases: &[TestCase], multiply: usize, capture: bool) -> Vec<u8> {
    serde_json::to_vec(&Payload {
        cases,
        multiply,
        capture,
    })
    .expect("test cases serialise")
}

/// What the harness reported about a failing case.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub(crate) struct Failure {
    pub(crate) case: usize,
    pub(crate) kind: String,
    pub(crate) detail: String,
}

/// Finds the harness's failure report among whatever else the program wrote to stderr.
pub(crate) fn failure(stderr: &str) -> Option<Failure> {
    stderr
        .lines()
        .rev()
        .find_map(|line| line.strip_prefix("__afterburner__ "))
        .and_then(|json| serde_json::from_str(json).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_solution_takes_the_markers_place_and_indentation() {
        let runner = "import sys\nif True:\n    ==Code Submission==\nprint(1)\n";
        let done = substitute(runner, "def f():\n    return 2\n");
        assert_eq!(
            done,
            "import sys\nif True:\n    def f():\n        return 2\nprint(1)\n"
        );
    }

    #[test]
    fn the_program_defines_running_solution_around_the_runner() {
        let program = compose(
            "x = int(input())\n==Code Submission==\nprint(Solution().twice(x))\n",
            "def evaluate(expected_output, program_output):\n    return expected_output.strip() == program_output.strip()\n",
            "class Solution:\n    def twice(self, x):\n        return 2 * x\n",
        );
        assert!(program.contains(
            "def running_solution():\n    x = int(input())\n    class Solution:\n        def twice"
        ));
        assert!(program.contains("from collections import deque"));
        assert!(program.contains("def evaluate("));
    }

    #[test]
    fn failures_are_found_after_other_stderr_output() {
        let stderr = "debug print\n__afterburner__ {\"case\": 3, \"kind\": \"wrong_answer\", \"detail\": \"expected '1', got '2'\"}\n";
        let f = failure(stderr).unwrap();
        assert_eq!((f.case, f.kind.as_str()), (3, "wrong_answer"));
        assert_eq!(failure("Traceback ...\n"), None);
    }
}
