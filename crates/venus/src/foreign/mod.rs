//! Records of other benchmarks, read as Venus problems.
//!
//! APPS (`codeparrot/apps`) and Mercury (`Elfsong/Mercury`) publish their problems in
//! layouts of their own. A record of either is recognised by its fields and rewritten
//! into the Venus record it means — a runner, an evaluator and test cases that judge a
//! solution the way the benchmark's own evaluation does — before the one validation
//! every record goes through ([`Problem::from_value`](crate::record::Problem::from_value)).
//! So `distribution`, `evaluate` and `optimize` work on them unchanged. The mappings are
//! documented in `docs/benchmarks.md`.

mod apps;
mod mercury;

use serde_json::{Map, Value};

/// What a record of another benchmark became.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Mapped {
    /// A Venus record (a Venus record is passed through as it is).
    Record(Value),
    /// A problem that cannot be judged (no usable tests, or it needs a package the
    /// sandbox does not have), with why. The loader leaves it out and says so.
    Unjudgeable {
        /// The problem's id, when one could be read.
        problem_id: Option<String>,
        /// Why it cannot be judged.
        reason: String,
    },
}

/// A field of a foreign record that does not fit its benchmark's schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldError {
    /// The field (`question`, `input_output`, …).
    pub(crate) field: String,
    /// What is wrong with it.
    pub(crate) message: String,
}

impl FieldError {
    fn new(field: &str, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.to_string(),
            message: message.into(),
        }
    }
}

/// The benchmark a record comes from, told by its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Schema {
    Venus,
    Apps,
    Mercury,
}

impl Schema {
    fn of(record: &Map<String, Value>) -> Schema {
        let has = |field: &str| record.contains_key(field);
        if has("question_content") {
            Schema::Venus
        } else if has("question") && has("input_output") {
            Schema::Apps
        } else if has("entry_point") && has("evaluate_offline") {
            Schema::Mercury
        } else {
            Schema::Venus
        }
    }
}

/// `value` as a Venus record: APPS and Mercury records are rewritten, anything else is
/// returned as it is (and validated as Venus afterwards).
pub(crate) fn to_venus(value: Value) -> Result<Mapped, FieldError> {
    let Value::Object(record) = value else {
        return Ok(Mapped::Record(value));
    };
    match Schema::of(&record) {
        Schema::Venus => Ok(Mapped::Record(Value::Object(record))),
        Schema::Apps => apps::to_venus(record),
        Schema::Mercury => mercury::to_venus(record),
    }
}

/// The problem id of a record, as text (for messages).
fn id_text(record: &Map<String, Value>, field: &str) -> Option<String> {
    match record.get(field)? {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        other => Some(other.to_string()),
    }
}

/// A text field that must be present.
fn required_text<'a>(record: &'a Map<String, Value>, field: &str) -> Result<&'a str, FieldError> {
    match record.get(field) {
        Some(Value::String(text)) => Ok(text),
        Some(other) => Err(FieldError::new(
            field,
            format!("expected a string, found {}", kind(other)),
        )),
        None => Err(FieldError::new(field, "missing (it is required)")),
    }
}

/// A text field that may be absent, null or empty.
fn optional_text<'a>(record: &'a Map<String, Value>, field: &str) -> Option<&'a str> {
    record
        .get(field)
        .and_then(Value::as_str)
        .filter(|text| !text.trim().is_empty())
}

/// JSON's name for the kind of `value`, for messages.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn records_are_told_apart_by_their_fields() {
        let venus = json!({"question_content": "x", "question": "y", "input_output": "{}"});
        assert_eq!(to_venus(venus.clone()), Ok(Mapped::Record(venus)));
        let other = json!({"title": "no known fields"});
        assert_eq!(to_venus(other.clone()), Ok(Mapped::Record(other)));
        let Value::Object(apps) = json!({"question": "q", "input_output": ""}) else {
            unreachable!()
        };
        assert_eq!(Schema::of(&apps), Schema::Apps);
        let Value::Object(mercury) = json!({"entry_point": "f", "evaluate_offline": ""}) else {
            unreachable!()
        };
        assert_eq!(Schema::of(&mercury), Schema::Mercury);
    }
}
