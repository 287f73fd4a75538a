//! Mercury records (`Elfsong/Mercury`: `id`, `slug_name`, `difficulty`,
//! `pretty_content`, `prompt`, `entry_point`, `convert_offline`, `evaluate_offline`,
//! `test_cases`, `solutions` as `{solution, runtime}`) as Venus problems.
//!
//! Mercury judges a case by converting its stored `input` and `expected` with the
//! record's `convert_offline`, calling `Solution().<entry_point>(*inputs)`, and asking
//! the record's `evaluate_offline(inputs, outputs, expected)`. Here the solution's run
//! converts the input and calls the method; it reports the return value and the
//! arguments afterwards (in-place problems are judged on them) as tagged JSON, since
//! linked lists, trees, tuples and sets have no JSON form of their own. The evaluator,
//! in a run of its own, rebuilds those values, converts the expected output the same
//! way and asks `evaluate_offline`. Mercury silences `print` in solutions; so does the
//! runner. Records whose code needs `lctk` or `sortedcontainers` (not in the sandbox)
//! cannot be judged and are left out.

use serde_json::{json, Map, Value};

use super::{id_text, optional_text, required_text, FieldError, Mapped};
use crate::harness::python::python_literal;
use crate::record::SUBMISSION_MARKER;

/// The classes Mercury puts in every solution's scope, and the tagged-JSON codec both
/// sides share: `__ab_plain` turns a value into JSON-able data, `__ab_rich` back.
const SHARED: &str = r#"
import json as __ab_json


class ListNode(object):
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode(object):
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def __ab_plain(value, depth=0):
    if depth > 200:
        raise ValueError("value nested too deeply")
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else {"__float__": repr(value)}
    if isinstance(value, list):
        return [__ab_plain(v, depth + 1) for v in value]
    if isinstance(value, tuple):
        return {"__tuple__": [__ab_plain(v, depth + 1) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"__set__": sorted((__ab_plain(v, depth + 1) for v in value), key=repr)}
    if isinstance(value, dict):
        return {"__dict__": [[__ab_plain(k, depth + 1), __ab_plain(v, depth + 1)] for k, v in value.items()]}
    if type(value).__name__ == "ListNode":
        values, seen = [], set()
        while value is not None and id(value) not in seen and len(values) < 1000000:
            seen.add(id(value))
            values.append(__ab_plain(value.val, depth + 1))
            value = value.next
        return {"__list_node__": values, "cycle": value is not None}
    if type(value).__name__ == "TreeNode":
        order, queue, index = [], [value], 0
        while index < len(queue) and len(order) < 1000000:
            node = queue[index]
            index += 1
            if node is None:
                order.append(None)
                continue
            order.append(__ab_plain(node.val, depth + 1))
            queue.append(node.left)
            queue.append(node.right)
        while order and order[-1] is None:
            order.pop()
        return {"__tree_node__": order}
    return {"__repr__": repr(value)}


def __ab_rich(value):
    if isinstance(value, list):
        return [__ab_rich(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "__float__" in value:
        return float(value["__float__"])
    if "__tuple__" in value:
        return tuple(__ab_rich(v) for v in value["__tuple__"])
    if "__set__" in value:
        return set(__ab_rich(v) for v in value["__set__"])
    if "__dict__" in value:
        return {__ab_rich(k): __ab_rich(v) for k, v in value["__dict__"]}
    if "__list_node__" in value:
        head = None
        for item in reversed(value["__list_node__"]):
            head = ListNode(__ab_rich(item), head)
        return head
    if "__tree_node__" in value:
        items = value["__tree_node__"]
        if not items:
            return None
        nodes = [None if v is None else TreeNode(__ab_rich(v)) for v in items]
        children = iter(nodes[1:])
        for node in nodes:
            if node is not None:
                node.left = next(children, None)
                node.right = next(children, None)
        return nodes[0]
    if "__repr__" in value:
        return value["__repr__"]
    return value
"#;

/// Names Mercury puts in scope that the common header lacks.
const EXTRA_IMPORTS: &str = "\
import copy
from math import floor, ceil, factorial, sqrt, inf
from sys import maxsize
from itertools import zip_longest
";

/// The runner: the record's `convert_offline`, the solution, then the case's input
/// converted and the method called. The run never holds the expected output: the
/// conversion gets `None` in its place (or the input, for a `convert_offline` that
/// cannot take `None`).
fn runner(convert: &str, entry_point: &str) -> String {
    format!(
        "{SHARED}\n{EXTRA_IMPORTS}\n{convert}\n\n\
         def print(*args, **kwargs):\n    pass\n\n\
         {SUBMISSION_MARKER}\n\
         __ab_raw = __ab_json.loads(sys.stdin.read())\n\
         try:\n    __ab_inputs = convert_offline((__ab_raw, None))[0]\n\
         except Exception:\n    __ab_inputs = convert_offline((__ab_raw, __ab_json.loads(__ab_json.dumps(__ab_raw))))[0]\n\
         __ab_outputs = getattr(Solution(), {entry})(*__ab_inputs)\n\
         sys.stdout.write(__ab_json.dumps({{\"inputs\": __ab_plain(list(__ab_inputs)), \"outputs\": __ab_plain(__ab_outputs)}}))\n",
        entry = python_literal(entry_point),
    )
}

/// The evaluator: the expected output and the case's own inputs converted here, the
/// reported values rebuilt, and the record's `evaluate_offline` asked. The arguments
/// the solution reports count only when it returned nothing — the in-place problems,
/// judged on what the solution did to its arguments; otherwise the inputs are the
/// evaluator's own, so a solution cannot pass by reporting other inputs for its answer.
fn evaluator(convert: &str, evaluate: &str) -> String {
    format!(
        "{SHARED}\n{EXTRA_IMPORTS}\n{convert}\n\n{evaluate}\n\n\
         def evaluate(expected_output, program_output):\n\
         \x20   case = __ab_json.loads(expected_output)\n\
         \x20   inputs, expected = convert_offline((case[\"input\"], case[\"expected\"]))\n\
         \x20   try:\n\
         \x20       reported = __ab_json.loads(program_output)\n\
         \x20       outputs = __ab_rich(reported[\"outputs\"])\n\
         \x20       if outputs is None:\n\
         \x20           inputs = __ab_rich(reported[\"inputs\"])\n\
         \x20   except (ValueError, KeyError, TypeError):\n\
         \x20       return False\n\
         \x20   return bool(evaluate_offline(inputs, outputs, expected))\n"
    )
}

/// Packages the sandbox does not have, which some Mercury records import.
const MISSING_PACKAGES: [&str; 2] = ["lctk", "sortedcontainers"];

/// Rewrites one Mercury record as a Venus record.
pub(super) fn to_venus(record: Map<String, Value>) -> Result<Mapped, FieldError> {
    let id_field = if record.contains_key("id") {
        "id"
    } else {
        "slug_name"
    };
    let problem_id = record
        .get(id_field)
        .cloned()
        .ok_or_else(|| FieldError::new("id", "missing, and so is `slug_name`"))?;
    let id = id_text(&record, id_field);
    let entry_point = required_text(&record, "entry_point")?;
    let convert = required_text(&record, "convert_offline")?;
    let evaluate = required_text(&record, "evaluate_offline")?;
    let unjudgeable = |reason: String| {
        Ok(Mapped::Unjudgeable {
            problem_id: id.clone(),
            reason,
        })
    };
    if !convert.contains("def convert_offline") || !evaluate.contains("def evaluate_offline") {
        return unjudgeable(
            "`convert_offline` or `evaluate_offline` does not define its function".into(),
        );
    }
    if let Some(package) = MISSING_PACKAGES
        .iter()
        .find(|p| convert.contains(*p) || evaluate.contains(*p))
    {
        return unjudgeable(format!(
            "its judging code needs `{package}`, which the sandbox does not have"
        ));
    }
    let cases: Vec<Value> = match record.get("test_cases") {
        Some(Value::String(text)) => match serde_json::from_str(text) {
            Ok(cases) => cases,
            Err(e) => return unjudgeable(format!("`test_cases` is not a JSON list: {e}")),
        },
        Some(Value::Array(cases)) => cases.clone(),
        _ => return unjudgeable("`test_cases` is missing".into()),
    };
    let mut test_cases = Vec::with_capacity(cases.len());
    for (i, case) in cases.iter().enumerate() {
        let (Some(input), Some(expected)) = (case.get("input"), case.get("expected")) else {
            return unjudgeable(format!(
                "case {i} of `test_cases` lacks `input` or `expected`"
            ));
        };
        test_cases.push(json!({
            "input": input.to_string(),
            "output": json!({"input": input, "expected": expected}).to_string(),
        }));
    }
    if test_cases.is_empty() {
        return unjudgeable("`test_cases` is empty".into());
    }
    let statement = match record.get("pretty_content") {
        Some(Value::Array(parts)) => parts
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("\n\n"),
        Some(Value::String(text)) => text.clone(),
        _ => String::new(),
    };
    let solutions: Vec<Value> = match record.get("solutions") {
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let code = item
                    .get("solution")
                    .or_else(|| item.get("code"))?
                    .as_str()?;
                Some(json!({"code": code, "name": format!("solution {i}")}))
            })
            .collect(),
        _ => Vec::new(),
    };
    let mut venus = json!({
        "problem_id": problem_id,
        "title": optional_text(&record, "slug_name").unwrap_or_default(),
        "question_content": statement,
        "difficulty": optional_text(&record, "difficulty").unwrap_or_default(),
        "tags": ["mercury"],
        "test_case_evaluator": evaluator(convert, evaluate),
        "test_case_runners": runner(convert, entry_point),
        "test_cases": test_cases,
        "solutions": solutions,
    });
    if let Some(prompt) = optional_text(&record, "prompt") {
        venus["code_prompt"] = Value::String(prompt.to_string());
    }
    if let Some(generator) = optional_text(&record, "generator_code") {
        venus["test_case_generator"] = Value::String(generator.to_string());
    }
    Ok(Mapped::Record(venus))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Problem;

    fn record() -> Map<String, Value> {
        let Value::Object(map) = json!({
            "id": 7,
            "slug_name": "add-two",
            "difficulty": "Easy",
            "pretty_content": ["Add a and b.", "Example: 1 + 2 = 3"],
            "prompt": "class Solution:\n    def add(self, a: int, b: int) -> int:\n        ",
            "entry_point": "add",
            "convert_offline": "def convert_offline(case):\n    return case\n",
            "evaluate_offline": "def evaluate_offline(inputs, outputs, expected):\n    return outputs == expected\n",
            "test_cases": "[{\"input\": [1, 2], \"expected\": 3}]",
            "solutions": [{"solution": "class Solution:\n    def add(self, a, b):\n        return a + b\n", "runtime": "40ms"}],
            "generator_code": "def generate_test_case():\n    return [1, 2]\n"
        }) else {
            unreachable!()
        };
        map
    }

    #[test]
    fn a_record_maps_to_a_judgeable_problem() {
        let Mapped::Record(value) = to_venus(record()).unwrap() else {
            panic!()
        };
        let p = Problem::from_value(value, "row 0").unwrap();
        assert_eq!(p.problem_id.to_string(), "7");
        assert_eq!(p.title, "add-two");
        assert_eq!(p.question_content, "Add a and b.\n\nExample: 1 + 2 = 3");
        assert_eq!(p.test_cases[0].input, "[1,2]");
        let expected: Value = serde_json::from_str(&p.test_cases[0].output).unwrap();
        assert_eq!(expected, json!({"input": [1, 2], "expected": 3}));
        assert_eq!(p.solutions.len(), 1);
        assert!(p.test_case_evaluator.contains("def evaluate_offline"));
        assert!(p.test_case_generator.is_some());
    }

    #[test]
    fn records_needing_missing_packages_or_without_cases_are_unjudgeable() {
        let mut r = record();
        r.insert(
            "convert_offline".into(),
            json!("import lctk\ndef convert_offline(case):\n    return case\n"),
        );
        assert!(
            matches!(to_venus(r).unwrap(), Mapped::Unjudgeable { reason, .. } if reason.contains("lctk"))
        );
        let mut r = record();
        r.insert("test_cases".into(), json!("[]"));
        assert!(
            matches!(to_venus(r).unwrap(), Mapped::Unjudgeable { reason, .. } if reason.contains("empty"))
        );
        let mut r = record();
        r.insert("entry_point".into(), json!(3));
        assert_eq!(to_venus(r).unwrap_err().field, "entry_point");
    }
}
