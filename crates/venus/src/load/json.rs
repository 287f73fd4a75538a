//! `.json` files: a top-level array of records, or an object holding one list of
//! records under some key (as some exports wrap them). Records are labelled `index N`
//! (counting from 0, as in the array).

use std::path::Path;

use serde_json::Value;

use super::{Collector, LoadError};

/// Reads the records of `path` into `collector`, until it is full.
pub(super) fn read(path: &Path, collector: &mut Collector) -> Result<(), LoadError> {
    let text = std::fs::read_to_string(path).map_err(LoadError::io(path))?;
    let value: Value = serde_json::from_str(&text).map_err(|source| LoadError::Json {
        path: path.to_path_buf(),
        location: "the file".to_string(),
        source,
    })?;
    let records = records(value).map_err(|message| LoadError::JsonShape {
        path: path.to_path_buf(),
        message,
    })?;
    for (index, record) in records.into_iter().enumerate() {
        if collector.is_full() {
            break;
        }
        collector.push(record, path, &format!("index {index}"))?;
    }
    Ok(())
}

/// The list of records in a parsed file, or what is wrong with its shape.
fn records(value: Value) -> Result<Vec<Value>, String> {
    match value {
        Value::Array(items) => Ok(items),
        Value::Object(map) => {
            let mut lists: Vec<(String, Vec<Value>)> = map
                .into_iter()
                .filter_map(|(key, v)| match v {
                    Value::Array(items) if items.iter().all(Value::is_object) => Some((key, items)),
                    _ => None,
                })
                .collect();
            match lists.len() {
                1 => Ok(lists.remove(0).1),
                0 => Err(
                    "the top-level object holds no list of records; expected an array \
                          of records, or an object with one list of records under a key"
                        .to_string(),
                ),
                _ => {
                    let keys: Vec<&str> = lists.iter().map(|(k, _)| k.as_str()).collect();
                    Err(format!(
                        "the top-level object holds several lists of records ({}); keep one, \
                         or convert the file to .jsonl",
                        keys.join(", ")
                    ))
                }
            }
        }
        _ => Err(
            "the top level is neither an array nor an object; expected an array of \
                  records"
                .to_string(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::record_json;

    fn write(text: &str) -> tempfile::NamedTempFile {
        let file = tempfile::Builder::new().suffix(".json").tempfile().unwrap();
        std::fs::write(file.path(), text).unwrap();
        file
    }

    fn ids(text: &str) -> Vec<String> {
        let file = write(text);
        let mut collector = Collector::new(None);
        read(file.path(), &mut collector).unwrap();
        collector
            .problems
            .iter()
            .map(|p| p.problem_id.to_string())
            .collect()
    }

    #[test]
    fn an_array_or_an_object_with_one_list_is_read() {
        let (a, b) = (record_json(1), record_json(2));
        assert_eq!(ids(&format!("[{a}, {b}]")), ["1", "2"]);
        assert_eq!(
            ids(&format!(
                "{{\"version\": 3, \"tags\": [\"x\"], \"problems\": [{b}, {a}]}}"
            )),
            ["2", "1"]
        );
    }

    #[test]
    fn other_shapes_say_what_is_expected() {
        let a = record_json(1);
        let file = write(&format!("{{\"train\": [{a}], \"test\": [{a}]}}"));
        let err = read(file.path(), &mut Collector::new(None))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("several lists of records (test, train)"),
            "{err}"
        );

        let file = write("42");
        let err = read(file.path(), &mut Collector::new(None))
            .unwrap_err()
            .to_string();
        assert!(err.contains("neither an array nor an object"), "{err}");

        let file = write(&format!("[{a}, {{\"problem_id\": 5}}]"));
        let err = read(file.path(), &mut Collector::new(None))
            .unwrap_err()
            .to_string();
        assert!(err.contains("record index 1 (problem_id 5)"), "{err}");
    }
}
