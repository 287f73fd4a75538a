//! Where the records of one split end up: each is validated into a [`Problem`] (with
//! the file named in errors), until the caller's limit is reached. Records of other
//! benchmarks are rewritten as Venus records first ([`crate::foreign`]); those that
//! cannot be judged are set aside with the reason.

use std::path::Path;

use super::{LoadError, Skipped};
use crate::foreign::{self, Mapped};
use crate::record::{Problem, RecordError};

/// Turns the records of one split into problems, stopping at the limit.
pub(super) struct Collector {
    pub(super) problems: Vec<Problem>,
    pub(super) skipped: Vec<Skipped>,
    limit: Option<usize>,
}

impl Collector {
    pub(super) fn new(limit: Option<usize>) -> Collector {
        Collector {
            problems: Vec::new(),
            skipped: Vec::new(),
            limit,
        }
    }

    pub(super) fn is_full(&self) -> bool {
        self.remaining() == Some(0)
    }

    /// How many more problems the limit allows (`None`: no limit).
    pub(super) fn remaining(&self) -> Option<usize> {
        self.limit
            .map(|limit| limit.saturating_sub(self.problems.len()))
    }

    /// Validates one record; `label` says where it is in `path` (`line 3`, `row 0`).
    pub(super) fn push(
        &mut self,
        mut value: serde_json::Value,
        path: &Path,
        label: &str,
    ) -> Result<(), LoadError> {
        // Exports write absent optional fields as null (pandas, arrow); null means absent.
        drop_nulls(&mut value);
        let problem_id = value.get("problem_id").map(|id| match id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        });
        let record_error = |field: String, message: String| LoadError::Record {
            path: path.to_path_buf(),
            source: RecordError {
                record: label.to_string(),
                problem_id: problem_id.clone(),
                field,
                message,
            },
        };
        let value = match foreign::to_venus(value) {
            Ok(Mapped::Record(value)) => value,
            Ok(Mapped::Unjudgeable { problem_id, reason }) => {
                self.skipped.push(Skipped {
                    record: format!("{} {label}", path.display()),
                    problem_id,
                    reason,
                });
                return Ok(());
            }
            Err(e) => return Err(record_error(e.field, e.message)),
        };
        let problem = Problem::from_value(value, label).map_err(|source| LoadError::Record {
            path: path.to_path_buf(),
            source,
        })?;
        self.problems.push(problem);
        Ok(())
    }
}

/// Removes object members whose value is null, at every depth.
fn drop_nulls(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            map.values_mut().for_each(drop_nulls);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::record_json;
    use serde_json::json;

    #[test]
    fn nulls_are_dropped_from_objects_at_every_depth_but_kept_in_lists() {
        let mut value = json!({"a": null, "b": {"c": null, "d": 1}, "e": [null, {"f": null}]});
        drop_nulls(&mut value);
        assert_eq!(value, json!({"b": {"d": 1}, "e": [null, {}]}));
    }

    #[test]
    fn the_limit_counts_valid_problems() {
        let mut collector = Collector::new(Some(1));
        assert_eq!(collector.remaining(), Some(1));
        let record = serde_json::from_str(&record_json(1)).unwrap();
        collector
            .push(record, Path::new("x.jsonl"), "line 1")
            .unwrap();
        assert!(collector.is_full());
        assert_eq!(Collector::new(None).remaining(), None);
    }
}
