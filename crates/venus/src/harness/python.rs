//! The Python harness, composed the way the Venus evaluation composes it: the runner with
//! the solution substituted becomes the body of `running_solution()`, which runs once per
//! case with `sys.stdin` swapped for the case input and `sys.stdout` captured.
//!
//! Unlike the original evaluation, the solution's process never sees an expected output
//! and never decides anything: it only reports what `running_solution()` printed for each
//! case, in [`frames`](super::frames), and the record's `evaluate` judges those outputs in
//! a run of its own ([`evaluator`](super::evaluator)). Whatever the solution does to the
//! driver (rebinding names, reading its frames, writing to the real stdout, exiting early)
//! can only change the outputs it reports, never the verdict on them.
//!
//! The case inputs arrive on the real stdin as JSON, so the program stays the same for
//! every run and its compile cache entry is reused.

use serde::Serialize;

use crate::record::SUBMISSION_MARKER;

/// Standard-library names in scope for every solution, as in the Venus evaluation.
pub(crate) const HEADER: &str = "\
import sys, os, io, re, math, heapq, bisect, string, random, operator, itertools, functools, collections
from collections import deque, defaultdict, Counter, OrderedDict
from functools import lru_cache, cache, reduce, cmp_to_key
from itertools import accumulate, permutations, combinations, product
from heapq import heappush, heappop, heapify
from bisect import bisect_left, bisect_right, insort
from typing import List, Optional, Dict, Tuple, Set, Any
";

/// Marks the line on stderr that says which case raised.
const FAILURE_MARKER: &str = "__afterburner__ ";

/// Drives the cases and frames each output (see [`super::frames`]); `__ab_` names keep
/// clear of the solution's own. An output equal to the same case's previous one is sent
/// as `=`, so repeated rounds cost a few bytes each.
const DRIVER: &str = r#"
def __ab_main():
    import json as __ab_json, io as __ab_io, sys as __ab_sys, os as __ab_os, traceback as __ab_tb
    payload = __ab_json.loads(__ab_sys.stdin.buffer.read())
    inputs, rounds = payload["inputs"], payload["multiply"]
    real_in, real_out = __ab_sys.stdin, __ab_sys.stdout
    sink = real_out.buffer
    previous = [None] * len(inputs)
    for _ in range(rounds):
        for index, text in enumerate(inputs):
            __ab_sys.stdin = __ab_io.StringIO(text)
            captured = __ab_io.StringIO()
            __ab_sys.stdout = captured
            try:
                running_solution()
            except BaseException:
                __ab_sys.stdin, __ab_sys.stdout = real_in, real_out
                detail = __ab_tb.format_exc(limit=-3)[-2000:]
                __ab_sys.stderr.write("__afterburner__ " + __ab_json.dumps({"case": index, "detail": detail}) + "\n")
                __ab_sys.stderr.flush()
                sink.flush()
                __ab_os._exit(1)
            __ab_sys.stdin, __ab_sys.stdout = real_in, real_out
            got = captured.getvalue()
            if got == previous[index]:
                sink.write(b"@%d =\n" % index)
            else:
                previous[index] = got
                data = got.encode("utf-8", "replace")
                sink.write(b"@%d %d\n" % (index, len(data)))
                sink.write(data)
                sink.write(b"\n")
    sink.flush()


__ab_main()
"#;

/// Indents every non-empty line of `code` by `prefix`.
pub(crate) fn indent(code: &str, prefix: &str) -> String {
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

/// A Python string literal holding `text` (a JSON string is one: Python reads every
/// escape JSON writes, and serde_json writes no surrogate escapes).
pub(crate) fn python_literal(text: &str) -> String {
    serde_json::to_string(text).expect("a string serialises")
}

/// `running_solution()` for a runner that is nothing but the marker: the solution is a
/// whole program (APPS's standard-input problems), so each case runs it as `python3
/// solution.py` would — module-level code in a fresh namespace holding the common
/// header's names, `__name__` set to `"__main__"`, and `exit()` or `sys.exit()` (status
/// 0) ending the case normally. It is compiled once, on the first case.
fn whole_program(solution: &str) -> String {
    format!(
        r#"__ab_program = None


def running_solution():
    global __ab_program
    if __ab_program is None:
        __ab_program = compile({source}, "solution.py", "exec")
    namespace = {{"__name__": "__main__", "__builtins__": __builtins__}}
    exec({header}, namespace)
    try:
        exec(__ab_program, namespace)
    except SystemExit as end:
        if end.code not in (None, 0):
            raise
"#,
        source = python_literal(solution),
        header = python_literal(HEADER),
    )
}

/// The program that runs `solution` under `runner` over every case and reports its
/// outputs. It holds no evaluator and no expected output.
pub(crate) fn compose(runner: &str, solution: &str) -> String {
    if runner.trim() == SUBMISSION_MARKER {
        return format!("{HEADER}\n\n{}\n{DRIVER}", whole_program(solution));
    }
    let body = substitute(runner, solution);
    format!(
        "{HEADER}\n\ndef running_solution():\n{}\n    pass\n\n{DRIVER}",
        indent(&body, "    ")
    )
}

#[derive(Serialize)]
struct Payload<'a> {
    inputs: Vec<&'a str>,
    multiply: usize,
}

/// The stdin of a judging run: the case inputs and how often to repeat them.
pub(crate) fn payload<'a>(inputs: impl IntoIterator<Item = &'a str>, multiply: usize) -> Vec<u8> {
    serde_json::to_vec(&Payload {
        inputs: inputs.into_iter().collect(),
        multiply,
    })
    .expect("case inputs serialise")
}

/// The case that raised, as the driver reported it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub(crate) struct Failure {
    pub(crate) case: usize,
    pub(crate) detail: String,
}

/// Finds the driver's report of a raising case among whatever else went to stderr. The
/// solution can write such a line too; it only ever describes the solution's own failure.
pub(crate) fn failure(stderr: &str) -> Option<Failure> {
    stderr
        .lines()
        .rev()
        .find_map(|line| line.strip_prefix(FAILURE_MARKER))
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
    fn the_program_defines_running_solution_around_the_runner_and_holds_no_evaluator() {
        let program = compose(
            "x = int(input())\n==Code Submission==\nprint(Solution().twice(x))\n",
            "class Solution:\n    def twice(self, x):\n        return 2 * x\n",
        );
        assert!(program.contains(
            "def running_solution():\n    x = int(input())\n    class Solution:\n        def twice"
        ));
        assert!(program.contains("from collections import deque"));
        assert!(!program.contains("evaluate"));
    }

    #[test]
    fn a_runner_of_only_the_marker_runs_the_solution_as_a_whole_program() {
        let program = compose("==Code Submission==\n", "s = \"a\\\\b\"\nprint(s)\n");
        assert!(
            program.contains(r#"compile("s = \"a\\\\b\"\nprint(s)\n", "solution.py", "exec")"#),
            "{program}"
        );
        assert!(program.contains("except SystemExit"));
        assert!(!program.contains("evaluate"));
    }

    #[test]
    fn the_payload_holds_inputs_only() {
        let bytes = payload(["1 2\n", "3\n"], 4);
        let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(
            value,
            serde_json::json!({"inputs": ["1 2\n", "3\n"], "multiply": 4})
        );
    }

    #[test]
    fn failures_are_found_after_other_stderr_output() {
        let stderr = "debug print\n__afterburner__ {\"case\": 3, \"detail\": \"Traceback\"}\n";
        let f = failure(stderr).unwrap();
        assert_eq!((f.case, f.detail.as_str()), (3, "Traceback"));
        assert_eq!(failure("Traceback ...\n"), None);
    }
}
