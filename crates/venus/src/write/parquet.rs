//! Parquet in the public Venus data's column types, readable by
//! `datasets.load_dataset("parquet", ...)`, `pyarrow` and [`load`](crate::load::load):
//!
//! | column | type |
//! | --- | --- |
//! | `problem_id` | int64 when every id is an integer, else string |
//! | `title`, `question_content`, `difficulty`, `test_case_evaluator` | string |
//! | `tags` | list<string> |
//! | `code_prompt`, `test_case_runners` | string when every value is one string, else struct of one nullable string per language key (a single string goes under `python3`) |
//! | `test_case_generator`, `comparator` | nullable string |
//! | `test_cases` | string (the JSON list, as in the public data) |
//! | `solutions` | list<struct{code: string, passed: bool, time: double, memory: double, integral: double, status, language, expected, name: string}>, nulls where absent |
//! | `time_limit_ms` | nullable int64 |
//! | `measured_with` | nullable string (the JSON object) |
//!
//! The column types are decided over all problems, then rows are written in row groups
//! of [`ROWS_PER_GROUP`] so no string column nears Arrow's 2 GiB offset limit.

use std::collections::BTreeSet;
use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use arrow_array::builder::{ListBuilder, OffsetBufferBuilder, StringBuilder};
use arrow_array::{
    ArrayRef, BooleanArray, Float64Array, Int64Array, ListArray, RecordBatch, StringArray,
    StructArray,
};
use arrow_schema::{ArrowError, DataType, Field, Fields, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;

use super::{atomically, WriteError};
use crate::record::{PerLanguage, Problem, ProblemId, Solution};

/// Problems per row group (and per Arrow batch).
const ROWS_PER_GROUP: usize = 256;

/// Writes `problems` to `path` as parquet, replacing any file there.
pub fn parquet(path: &Path, problems: &[Problem]) -> Result<(), WriteError> {
    let layout = Layout::of(problems);
    let schema = layout.schema();
    let arrow_error = |source| WriteError::Arrow {
        path: path.to_path_buf(),
        source,
    };
    let parquet_error = |source| WriteError::Parquet {
        path: path.to_path_buf(),
        source,
    };
    let properties = WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::default()))
        .set_max_row_group_size(ROWS_PER_GROUP)
        .build();
    atomically(path, |file: File| {
        let mut writer =
            ArrowWriter::try_new(file, schema.clone(), Some(properties)).map_err(parquet_error)?;
        for chunk in problems.chunks(ROWS_PER_GROUP) {
            let columns = layout.columns(chunk, path)?;
            let batch = RecordBatch::try_new(schema.clone(), columns).map_err(arrow_error)?;
            writer.write(&batch).map_err(parquet_error)?;
        }
        writer.into_inner().map_err(parquet_error)
    })
}

/// The column types, decided over every problem so that all row groups agree.
struct Layout {
    int_ids: bool,
    code_prompt: Shape,
    runners: Shape,
}

/// How a [`PerLanguage`] column is stored.
enum Shape {
    /// Every value is one string (or absent).
    Text,
    /// A struct with one string field per language key, in this order.
    ByLanguage(Vec<String>),
}

impl Layout {
    fn of(problems: &[Problem]) -> Layout {
        Layout {
            int_ids: problems
                .iter()
                .all(|p| matches!(p.problem_id, ProblemId::Int(_))),
            code_prompt: Shape::of(problems.iter().filter_map(|p| p.code_prompt.as_ref())),
            runners: Shape::of(problems.iter().map(|p| &p.test_case_runners)),
        }
    }

    fn schema(&self) -> SchemaRef {
        let text = |name: &str| Field::new(name, DataType::Utf8, true);
        let id_type = if self.int_ids {
            DataType::Int64
        } else {
            DataType::Utf8
        };
        Arc::new(Schema::new(vec![
            Field::new("problem_id", id_type, true),
            text("title"),
            text("question_content"),
            text("difficulty"),
            Field::new("tags", DataType::List(item(DataType::Utf8)), true),
            Field::new("code_prompt", self.code_prompt.data_type(), true),
            text("test_case_generator"),
            text("test_case_evaluator"),
            Field::new("test_case_runners", self.runners.data_type(), true),
            text("test_cases"),
            Field::new(
                "solutions",
                DataType::List(item(DataType::Struct(solution_fields()))),
                true,
            ),
            text("comparator"),
            Field::new("time_limit_ms", DataType::Int64, true),
            text("measured_with"),
        ]))
    }

    /// The columns of `problems`, in schema order.
    fn columns(&self, problems: &[Problem], path: &Path) -> Result<Vec<ArrayRef>, WriteError> {
        let ids: ArrayRef = if self.int_ids {
            Arc::new(Int64Array::from_iter(problems.iter().map(
                |p| match p.problem_id {
                    ProblemId::Int(n) => Some(n),
                    ProblemId::Text(_) => None,
                },
            )))
        } else {
            text(problems.iter().map(|p| Some(p.problem_id.to_string())))
        };
        let mut tags = ListBuilder::new(StringBuilder::new()).with_field(item(DataType::Utf8));
        for problem in problems {
            tags.values().extend(problem.tags.iter().map(Some));
            tags.append(true);
        }
        let cases = problems
            .iter()
            .map(|p| {
                serde_json::to_string(&p.test_cases)
                    .map(Some)
                    .map_err(|source| WriteError::Json {
                        path: path.to_path_buf(),
                        problem_id: p.problem_id.to_string(),
                        source,
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let limits = problems
            .iter()
            .map(|p| {
                p.time_limit_ms
                    .map(|ms| {
                        i64::try_from(ms).map_err(|_| WriteError::OutOfRange {
                            path: path.to_path_buf(),
                            problem_id: p.problem_id.to_string(),
                            field: "time_limit_ms",
                            value: ms,
                        })
                    })
                    .transpose()
            })
            .collect::<Result<Vec<_>, _>>()?;
        let measured_with = problems
            .iter()
            .map(|p| {
                p.measured_with
                    .as_ref()
                    .map(serde_json::to_string)
                    .transpose()
                    .map_err(|source| WriteError::Json {
                        path: path.to_path_buf(),
                        problem_id: p.problem_id.to_string(),
                        source,
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let arrow_error = |source| WriteError::Arrow {
            path: path.to_path_buf(),
            source,
        };
        Ok(vec![
            ids,
            text(problems.iter().map(|p| Some(&p.title))),
            text(problems.iter().map(|p| Some(&p.question_content))),
            text(problems.iter().map(|p| Some(&p.difficulty))),
            Arc::new(tags.finish()),
            self.code_prompt
                .column(problems.iter().map(|p| p.code_prompt.as_ref()))
                .map_err(arrow_error)?,
            text(problems.iter().map(|p| p.test_case_generator.as_ref())),
            text(problems.iter().map(|p| Some(&p.test_case_evaluator))),
            self.runners
                .column(problems.iter().map(|p| Some(&p.test_case_runners)))
                .map_err(arrow_error)?,
            text(cases),
            solutions(problems).map_err(arrow_error)?,
            text(problems.iter().map(|p| p.comparator.map(|c| c.to_string()))),
            Arc::new(Int64Array::from(limits)),
            text(measured_with),
        ])
    }
}

impl Shape {
    fn of<'a>(values: impl Iterator<Item = &'a PerLanguage>) -> Shape {
        let mut keys = BTreeSet::new();
        let mut any_map = false;
        for value in values {
            match value {
                PerLanguage::Single(_) => {
                    keys.insert(
                        PerLanguage::key(afterburner_monolith::Language::Python).to_string(),
                    );
                }
                PerLanguage::ByLanguage(map) => {
                    any_map = true;
                    keys.extend(map.keys().cloned());
                }
            }
        }
        // A struct needs at least one field; maps that are all empty stay text (null).
        if any_map && !keys.is_empty() {
            Shape::ByLanguage(keys.into_iter().collect())
        } else {
            Shape::Text
        }
    }

    fn data_type(&self) -> DataType {
        match self {
            Shape::Text => DataType::Utf8,
            Shape::ByLanguage(keys) => DataType::Struct(language_fields(keys)),
        }
    }

    fn column<'a>(
        &self,
        values: impl Iterator<Item = Option<&'a PerLanguage>>,
    ) -> Result<ArrayRef, ArrowError> {
        let values: Vec<Option<&PerLanguage>> = values.collect();
        let Shape::ByLanguage(keys) = self else {
            return Ok(text(values.iter().map(|v| match v {
                Some(PerLanguage::Single(code)) => Some(code),
                _ => None,
            })));
        };
        let python = PerLanguage::key(afterburner_monolith::Language::Python);
        let children: Vec<ArrayRef> = keys
            .iter()
            .map(|key| {
                text(values.iter().map(|v| match v {
                    Some(PerLanguage::Single(code)) if key == python => Some(code),
                    Some(PerLanguage::ByLanguage(map)) => map.get(key),
                    _ => None,
                }))
            })
            .collect();
        let present: Vec<bool> = values.iter().map(Option::is_some).collect();
        let nulls = present.contains(&false).then(|| present.into());
        let array = StructArray::try_new(language_fields(keys), children, nulls)?;
        Ok(Arc::new(array))
    }
}

fn language_fields(keys: &[String]) -> Fields {
    keys.iter()
        .map(|key| Field::new(key, DataType::Utf8, true))
        .collect()
}

/// The element field of a list column (named `item`, as pyarrow names it).
fn item(data_type: DataType) -> Arc<Field> {
    Arc::new(Field::new("item", data_type, true))
}

fn solution_fields() -> Fields {
    let text = |name: &str| Field::new(name, DataType::Utf8, true);
    let number = |name: &str| Field::new(name, DataType::Float64, true);
    Fields::from(vec![
        text("code"),
        Field::new("passed", DataType::Boolean, true),
        number("time"),
        number("memory"),
        number("integral"),
        text("status"),
        text("language"),
        text("expected"),
        text("name"),
    ])
}

/// The `solutions` column: every problem's solutions flattened into one struct array,
/// cut into lists by offsets.
fn solutions(problems: &[Problem]) -> Result<ArrayRef, ArrowError> {
    let all: Vec<&Solution> = problems.iter().flat_map(|p| &p.solutions).collect();
    let number = |f: fn(&Solution) -> Option<f64>| -> ArrayRef {
        Arc::new(Float64Array::from_iter(all.iter().map(|s| f(s))))
    };
    let children: Vec<ArrayRef> = vec![
        text(all.iter().map(|s| Some(&s.code))),
        Arc::new(BooleanArray::from_iter(all.iter().map(|s| s.passed))),
        number(|s| s.time),
        number(|s| s.memory),
        number(|s| s.integral),
        text(all.iter().map(|s| s.status.as_ref())),
        text(all.iter().map(|s| s.language.map(|l| l.name()))),
        text(all.iter().map(|s| s.expected.map(|v| v.name()))),
        text(all.iter().map(|s| s.name.as_ref())),
    ];
    let values = StructArray::try_new(solution_fields(), children, None)?;
    let mut offsets = OffsetBufferBuilder::new(problems.len());
    for problem in problems {
        offsets.push_length(problem.solutions.len());
    }
    let list = ListArray::try_new(
        item(DataType::Struct(solution_fields())),
        offsets.finish(),
        Arc::new(values),
        None,
    )?;
    Ok(Arc::new(list))
}

fn text<T: AsRef<str>>(values: impl IntoIterator<Item = Option<T>>) -> ArrayRef {
    Arc::new(StringArray::from_iter(values))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{load, LoadOptions};
    use serde_json::json;

    fn problem(id: serde_json::Value, runners: serde_json::Value) -> Problem {
        let value = json!({
            "problem_id": id,
            "question_content": "q",
            "test_case_evaluator": "def evaluate(a, b): return a == b\n",
            "test_case_runners": runners,
            "test_cases": [{"input": "1\n", "output": "1\n"}],
            "solutions": [{"code": "x = 1\n", "language": "go", "expected": "wrong_answer", "name": "w.go"}],
            "comparator": "float:0.001",
            "time_limit_ms": 2000
        });
        Problem::from_value(value, "test").unwrap()
    }

    #[test]
    fn ids_are_int64_only_when_all_are_integers() {
        let runner = json!("==Code Submission==\n");
        let ints = [
            problem(json!(1), runner.clone()),
            problem(json!(2), runner.clone()),
        ];
        assert_eq!(
            Layout::of(&ints).schema().field(0).data_type(),
            &DataType::Int64
        );
        let mixed = [
            problem(json!(1), runner.clone()),
            problem(json!("b"), runner),
        ];
        assert_eq!(
            Layout::of(&mixed).schema().field(0).data_type(),
            &DataType::Utf8
        );
    }

    #[test]
    fn runners_are_a_struct_of_every_key_when_any_is_a_map() {
        let single = problem(json!(1), json!("==Code Submission==\n"));
        let map = problem(json!(2), json!({"cpp": "==Code Submission==\n"}));
        let layout = Layout::of(&[single.clone(), map.clone()]);
        let DataType::Struct(fields) = layout.runners.data_type() else {
            panic!("not a struct")
        };
        let names: Vec<&str> = fields.iter().map(|f| f.name().as_str()).collect();
        assert_eq!(names, ["cpp", "python3"]);
        assert!(matches!(Layout::of(&[single]).runners, Shape::Text));
    }

    #[test]
    fn every_field_survives_a_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("all.parquet");
        let mut problems: Vec<Problem> = (0..600)
            .map(|i| {
                problem(
                    json!(format!("p{i}")),
                    json!({"python3": "==Code Submission==\n", "cpp": "==Code Submission==\n"}),
                )
            })
            .collect();
        problems[7].solutions[0].passed = Some(true);
        problems[7].solutions[0].time = Some(1.25);
        problems[8].tags = vec!["a".into(), "b".into()];
        problems[9].code_prompt = Some(PerLanguage::ByLanguage(
            [("java".to_string(), "class S {}".to_string())].into(),
        ));
        problems[10].comparator = None;
        problems[10].time_limit_ms = None;
        problems[11].measured_with = Some(crate::MeasuredWith {
            runs: 16,
            case_multiply: 4,
            sample_hz: 20_000,
            cpus: 2,
            cpu_model: Some("AMD EPYC 7B13".into()),
            toolchains: [("python".to_string(), "Python 3.11.2".to_string())].into(),
            isolation: Some("full, cgroup v2, memory from cgroup-members".into()),
            servers: Vec::new(),
            calibration_us: Some(181_250),
            afterburner: "0.1.0".into(),
            measured_at: "2025-03-04T05:06:07Z".into(),
        });
        parquet(&path, &problems).unwrap();
        let loaded = load(&path, &LoadOptions::default()).unwrap();
        assert_eq!(loaded.splits[0].problems, problems);
    }

    #[test]
    fn an_unstorable_time_limit_is_an_error_naming_the_problem() {
        let mut p = problem(json!(3), json!("==Code Submission==\n"));
        p.time_limit_ms = Some(u64::MAX);
        let dir = tempfile::tempdir().unwrap();
        let err = parquet(&dir.path().join("x.parquet"), &[p])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("problem 3: time_limit_ms = 18446744073709551615 does not fit"),
            "{err}"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
