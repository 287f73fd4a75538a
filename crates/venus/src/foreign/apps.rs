//! APPS records (`codeparrot/apps`: `problem_id`, `question`, `solutions`,
//! `input_output`, `difficulty`, `url`, `starter_code`) as Venus problems.
//!
//! APPS has two kinds of problem. A standard-input problem's solution is a whole
//! program: each case's input is its stdin and its stdout is compared with the expected
//! output the lenient way APPS's own evaluation compares them. A call-based problem
//! (`fn_name` in `input_output`) calls that function — a method of `Solution` when the
//! solution defines the class, else a top-level function — with each case's JSON
//! argument list, and compares the return value with the expected one (or with the
//! expected list's single element, as APPS also accepts).

use serde_json::{json, Map, Value};

use super::{id_text, optional_text, required_text, FieldError, Mapped};
use crate::harness::python::python_literal;
use crate::record::SUBMISSION_MARKER;

/// The evaluator of standard-input problems: APPS's comparison, in its order.
const STDIO_EVALUATOR: &str = r#"
def _lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


def _numbers(lines):
    try:
        return [float(token) for line in lines for token in line.split()]
    except ValueError:
        return None


def evaluate(expected_output, program_output):
    # APPS accepts an output when, in this order: the lines match once stripped of
    # surrounding white space (blank lines dropped); each line holds the same tokens;
    # every token is a number and they are close (relative 1e-5, absolute 1e-8, as
    # numpy.allclose); or the lines hold the same sets of tokens.
    want, got = _lines(expected_output), _lines(program_output)
    if want == got:
        return True
    if [line.split() for line in want] == [line.split() for line in got]:
        return True
    a, b = _numbers(want), _numbers(got)
    if a is not None and b is not None and len(a) == len(b) and a:
        if all(abs(x - y) <= 1e-8 + 1e-5 * abs(y) for x, y in zip(b, a)):
            return True
    as_sets = lambda lines: sorted(sorted(set(line.split())) for line in lines)
    return len(want) == len(got) and as_sets(want) == as_sets(got)
"#;

/// The evaluator of call-based problems: equal values, or the expected list's single
/// element (tuples arrive as lists, as APPS turns them into lists before comparing).
const CALL_EVALUATOR: &str = r#"
import json


def evaluate(expected_output, program_output):
    try:
        got = json.loads(program_output)
    except ValueError:
        return False
    want = json.loads(expected_output)
    if got == want:
        return True
    return isinstance(want, list) and len(want) > 0 and got == want[0]
"#;

/// The runner of call-based problems: the arguments come as one JSON list on stdin.
fn call_runner(function: &str) -> String {
    let name = python_literal(function);
    format!(
        "import json\n{SUBMISSION_MARKER}\n\
         __apps_args = json.loads(sys.stdin.read())\n\
         try:\n    __apps_call = getattr(Solution(), {name})\n\
         except NameError:\n    __apps_call = locals()[{name}]\n\
         __apps_result = __apps_call(*__apps_args)\n\
         try:\n    sys.stdout.write(json.dumps(__apps_result))\n\
         except (TypeError, ValueError):\n    sys.stdout.write(repr(__apps_result))\n"
    )
}

/// The cases of `input_output`, and the function name of a call-based problem.
struct Cases {
    inputs: Vec<Value>,
    outputs: Vec<Value>,
    function: Option<String>,
}

/// Reads `input_output`, or says why the problem cannot be judged.
fn cases(record: &Map<String, Value>) -> Result<Cases, String> {
    let parsed = match record.get("input_output") {
        Some(Value::String(text)) if text.trim().is_empty() => {
            return Err("`input_output` is empty: the problem has no tests".into())
        }
        Some(Value::String(text)) => serde_json::from_str::<Value>(text)
            .map_err(|e| format!("`input_output` is not valid JSON: {e}"))?,
        Some(Value::Object(object)) => Value::Object(object.clone()),
        Some(other) => {
            return Err(format!(
                "`input_output` is {}, not a JSON string",
                super::kind(other)
            ))
        }
        None => return Err("`input_output` is missing".into()),
    };
    let list = |field: &str| match parsed.get(field) {
        Some(Value::Array(items)) => Ok(items.clone()),
        _ => Err(format!("`input_output` has no `{field}` list")),
    };
    let (inputs, outputs) = (list("inputs")?, list("outputs")?);
    if inputs.is_empty() || inputs.len() != outputs.len() {
        return Err(format!(
            "`input_output` has {} inputs and {} outputs; it needs as many of each, at least one",
            inputs.len(),
            outputs.len()
        ));
    }
    let function = match parsed.get("fn_name") {
        Some(Value::String(name)) if is_identifier(name) => Some(name.clone()),
        Some(Value::String(name)) => {
            return Err(format!("`fn_name` {name:?} is not a Python identifier"))
        }
        _ => None,
    };
    Ok(Cases {
        inputs,
        outputs,
        function,
    })
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// A standard-input case's text: a string, or a list of lines joined by newlines.
fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Array(lines) => lines
            .iter()
            .map(|line| line.as_str().map(str::to_string))
            .collect::<Option<Vec<_>>>()
            .map(|lines| lines.join("\n")),
        _ => None,
    }
}

/// The record's human solutions (a JSON string list of programs; empty or unreadable
/// means none).
fn solutions(record: &Map<String, Value>, id: &str) -> Vec<Value> {
    let programs: Vec<String> = match record.get("solutions") {
        Some(Value::String(text)) if !text.trim().is_empty() => {
            serde_json::from_str(text).unwrap_or_else(|e| {
                tracing::warn!(problem_id = id, "APPS `solutions` is not a JSON list of strings ({e}); the problem has no references");
                Vec::new()
            })
        }
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|item| item.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    programs
        .into_iter()
        .enumerate()
        .map(|(i, code)| json!({"code": code, "name": format!("solution {i}")}))
        .collect()
}

/// Rewrites one APPS record as a Venus record.
pub(super) fn to_venus(record: Map<String, Value>) -> Result<Mapped, FieldError> {
    let problem_id = record
        .get("problem_id")
        .cloned()
        .ok_or_else(|| FieldError::new("problem_id", "missing (it is required)"))?;
    let id = id_text(&record, "problem_id").unwrap_or_default();
    let question = required_text(&record, "question")?;
    let cases = match cases(&record) {
        Ok(cases) => cases,
        Err(reason) => {
            return Ok(Mapped::Unjudgeable {
                problem_id: Some(id),
                reason,
            })
        }
    };
    let (runner, evaluator, test_cases) = match &cases.function {
        Some(function) => {
            let test_cases: Vec<Value> = cases
                .inputs
                .iter()
                .zip(&cases.outputs)
                .map(|(input, output)| {
                    let arguments = match input {
                        Value::Array(_) => input.clone(),
                        single => Value::Array(vec![single.clone()]),
                    };
                    json!({"input": arguments.to_string(), "output": output.to_string()})
                })
                .collect();
            (call_runner(function), CALL_EVALUATOR, test_cases)
        }
        None => {
            let mut test_cases = Vec::new();
            for (i, (input, output)) in cases.inputs.iter().zip(&cases.outputs).enumerate() {
                match (text_of(input), text_of(output)) {
                    (Some(input), Some(output)) => {
                        test_cases.push(json!({"input": input, "output": output}))
                    }
                    _ => {
                        return Ok(Mapped::Unjudgeable {
                            problem_id: Some(id),
                            reason: format!(
                            "case {i} of `input_output` is not text (a string or a list of lines)"
                        ),
                        })
                    }
                }
            }
            (
                format!("{SUBMISSION_MARKER}\n"),
                STDIO_EVALUATOR,
                test_cases,
            )
        }
    };
    let mut venus = json!({
        "problem_id": problem_id,
        "title": format!("APPS {id}"),
        "question_content": question,
        "difficulty": optional_text(&record, "difficulty").unwrap_or_default(),
        "tags": ["apps"],
        "test_case_evaluator": evaluator,
        "test_case_runners": runner,
        "test_cases": test_cases,
        "solutions": solutions(&record, &id),
    });
    if let Some(starter) = optional_text(&record, "starter_code") {
        venus["code_prompt"] = Value::String(starter.to_string());
    }
    Ok(Mapped::Record(venus))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Problem;

    fn record(input_output: Value) -> Map<String, Value> {
        let Value::Object(map) = json!({
            "problem_id": 12,
            "question": "Print the sum.",
            "solutions": "[\"print(sum(map(int, input().split())))\"]",
            "input_output": input_output,
            "difficulty": "interview",
            "url": "https://example.org/12",
            "starter_code": ""
        }) else {
            unreachable!()
        };
        map
    }

    fn problem(mapped: Mapped) -> Problem {
        let Mapped::Record(value) = mapped else {
            panic!("{mapped:?}")
        };
        Problem::from_value(value, "row 0").unwrap()
    }

    #[test]
    fn a_standard_input_problem_runs_the_solution_as_a_whole_program() {
        let io = json!({"inputs": ["1 2\n", ["3 4", "5"]], "outputs": ["3\n", ["7", ""]]});
        let p = problem(to_venus(record(Value::String(io.to_string()))).unwrap());
        assert_eq!(p.problem_id.to_string(), "12");
        assert_eq!(p.difficulty, "interview");
        assert_eq!(p.test_cases[1].input, "3 4\n5");
        assert_eq!(p.test_cases[1].output, "7\n");
        assert_eq!(p.solutions.len(), 1);
        assert!(p.code_prompt.is_none());
        let runner = p
            .test_case_runners
            .get(afterburner_monolith::Language::Python);
        assert_eq!(runner, Some("==Code Submission==\n"));
    }

    #[test]
    fn a_call_based_problem_passes_json_arguments() {
        let io = json!({"fn_name": "add", "inputs": [[1, 2], 5], "outputs": [[3], 5]});
        let p = problem(to_venus(record(Value::String(io.to_string()))).unwrap());
        assert_eq!(p.test_cases[0].input, "[1,2]");
        assert_eq!(p.test_cases[1].input, "[5]");
        assert_eq!(p.test_cases[0].output, "[3]");
        let runner = p
            .test_case_runners
            .get(afterburner_monolith::Language::Python);
        assert!(runner.unwrap().contains("getattr(Solution(), \"add\")"));
    }

    #[test]
    fn problems_without_usable_tests_are_unjudgeable_with_a_reason() {
        for (io, says) in [
            (json!(""), "has no tests"),
            (json!("{not json"), "not valid JSON"),
            (
                json!("{\"inputs\": [\"1\"], \"outputs\": []}"),
                "1 inputs and 0 outputs",
            ),
            (json!("{\"inputs\": [3], \"outputs\": [\"3\"]}"), "not text"),
            (
                json!("{\"fn_name\": \"x; import os\", \"inputs\": [[1]], \"outputs\": [1]}"),
                "not a Python identifier",
            ),
        ] {
            match to_venus(record(io)).unwrap() {
                Mapped::Unjudgeable { problem_id, reason } => {
                    assert_eq!(problem_id.as_deref(), Some("12"));
                    assert!(reason.contains(says), "{reason}");
                }
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn empty_or_unreadable_solution_lists_leave_no_references() {
        let io = Value::String(json!({"inputs": ["1\n"], "outputs": ["1\n"]}).to_string());
        for solutions in [json!(""), json!("[not json"), json!("[]")] {
            let mut r = record(io.clone());
            r.insert("solutions".into(), solutions);
            assert!(problem(to_venus(r).unwrap()).solutions.is_empty());
        }
    }

    #[test]
    fn a_question_that_is_not_text_is_a_schema_error() {
        let mut r = record(json!("{}"));
        r.insert("question".into(), json!(3));
        assert_eq!(to_venus(r).unwrap_err().field, "question");
    }
}
