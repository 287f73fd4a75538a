//! Running the record's `evaluate` where the solution cannot reach it: a sandboxed Python
//! run of its own that gets the expected outputs and the outputs a solution reported, and
//! answers, for each pair, whether `evaluate(expected_output, program_output)` returned
//! `True`.
//!
//! Its answers are kept in a [`Checked`] cache shared by every run of the same prepared
//! solution, so repeated measurements of a deterministic solution need no second
//! evaluation.

use std::collections::HashMap;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::python::HEADER;

/// Calls `evaluate` on every pair; what the evaluator prints goes nowhere, so only the
/// final list reaches stdout.
const DRIVER: &str = r#"
def __ab_check():
    import json as __ab_json, io as __ab_io, sys as __ab_sys
    checks = __ab_json.loads(__ab_sys.stdin.buffer.read())["checks"]
    real_out = __ab_sys.stdout
    answers = []
    for expected, got in checks:
        __ab_sys.stdout = __ab_io.StringIO()
        try:
            accepted = evaluate(expected, got)
        except BaseException as error:
            answers.append("the evaluator rejected the output: %r; output was %r" % (error, got[:300]))
            continue
        finally:
            __ab_sys.stdout = real_out
        answers.append(True if accepted is True else "expected %r, got %r" % (expected[:300], got[:300]))
    real_out.write(__ab_json.dumps(answers))
    real_out.flush()


__ab_check()
"#;

/// The evaluation program for the record's `evaluator` source.
pub(crate) fn compose(evaluator: &str) -> String {
    format!("{HEADER}\n{evaluator}\n\n{DRIVER}")
}

#[derive(Serialize)]
struct Payload<'a> {
    checks: Vec<(&'a str, &'a str)>,
}

/// The stdin of an evaluation run: `(expected, output)` pairs.
pub(crate) fn payload<'a>(checks: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<u8> {
    serde_json::to_vec(&Payload {
        checks: checks.into_iter().collect(),
    })
    .expect("outputs serialise")
}

/// The evaluator's answer on one output.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub(crate) enum Answer {
    /// `evaluate` returned `True` (always `true` on the wire).
    Accepted(bool),
    /// Why it did not.
    Rejected(String),
}

impl Answer {
    pub(crate) fn accepted(&self) -> bool {
        matches!(self, Answer::Accepted(true))
    }
}

/// Reads an evaluation run's answers, one per pair sent.
pub(crate) fn answers(stdout: &str, expected: usize) -> Result<Vec<Answer>, String> {
    let answers: Vec<Answer> = serde_json::from_str(stdout)
        .map_err(|e| format!("the evaluation printed something unreadable ({e})"))?;
    if answers.len() != expected {
        return Err(format!(
            "the evaluation answered {} of {expected} outputs",
            answers.len()
        ));
    }
    Ok(answers)
}

/// Answers already known, by (evaluator, expected output, output).
#[derive(Debug, Default)]
pub(crate) struct Checked {
    answers: Mutex<HashMap<[u8; 32], Answer>>,
}

impl Checked {
    /// The key of one pair: a digest of its three parts, each length-prefixed so no two
    /// different triples share an encoding.
    pub(crate) fn key(evaluator: &str, expected: &str, output: &str) -> [u8; 32] {
        let mut digest = Sha256::new();
        for part in [evaluator, expected, output] {
            digest.update((part.len() as u64).to_le_bytes());
            digest.update(part.as_bytes());
        }
        digest.finalize().into()
    }

    pub(crate) fn get(&self, key: &[u8; 32]) -> Option<Answer> {
        self.answers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(key)
            .cloned()
    }

    pub(crate) fn insert(&self, key: [u8; 32], answer: Answer) {
        self.answers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, answer);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_must_match_the_pairs_sent() {
        let read = answers(r#"[true, "expected '1', got '2'"]"#, 2).unwrap();
        assert!(read[0].accepted());
        assert_eq!(read[1], Answer::Rejected("expected '1', got '2'".into()));
        assert!(!Answer::Accepted(false).accepted());
        assert!(answers("[true]", 2).unwrap_err().contains("1 of 2"));
        assert!(answers("debug\n[true]", 1).is_err());
    }

    #[test]
    fn keys_tell_apart_parts_that_concatenate_alike() {
        assert_ne!(Checked::key("ab", "c", ""), Checked::key("a", "bc", ""));
        assert_eq!(Checked::key("e", "1", "1"), Checked::key("e", "1", "1"));
    }

    #[test]
    fn the_program_calls_the_records_evaluate() {
        let program = compose("def evaluate(expected_output, program_output):\n    return True\n");
        assert!(program.contains("def evaluate("));
        assert!(program.contains("evaluate(expected, got)"));
        let sent: serde_json::Value = serde_json::from_slice(&payload([("1\n", "2\n")])).unwrap();
        assert_eq!(sent, serde_json::json!({"checks": [["1\n", "2\n"]]}));
    }
}
