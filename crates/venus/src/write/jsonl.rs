//! JSONL: one problem per line, as [`Problem`]'s serde form (the `test_cases` field
//! as a JSON string, absent optional fields left out).

use std::io::{BufWriter, Write};
use std::path::Path;

use super::{atomically, WriteError};
use crate::record::Problem;

/// Writes `problems` to `path` as JSON Lines, replacing any file there.
pub fn jsonl(path: &Path, problems: &[Problem]) -> Result<(), WriteError> {
    atomically(path, |file| {
        let mut out = BufWriter::new(file);
        for problem in problems {
            serde_json::to_writer(&mut out, problem).map_err(|source| WriteError::Json {
                path: path.to_path_buf(),
                problem_id: problem.problem_id.to_string(),
                source,
            })?;
            out.write_all(b"\n").map_err(WriteError::io(path))?;
        }
        out.into_inner()
            .map_err(|e| WriteError::io(path)(e.into_error()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn one_line_per_problem_with_cases_as_a_json_string() {
        let value = json!({
            "problem_id": 5,
            "question_content": "q",
            "test_case_evaluator": "def evaluate(a, b): return a == b\n",
            "test_case_runners": "==Code Submission==\n",
            "test_cases": [{"input": "1\n", "output": "1\n"}],
        });
        let problem = Problem::from_value(value, "test").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        jsonl(&path, &[problem.clone(), problem.clone()]).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        let first: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
        assert!(first["test_cases"].is_string());
        assert_eq!(Problem::from_value(first, "line 1").unwrap(), problem);
    }
}
