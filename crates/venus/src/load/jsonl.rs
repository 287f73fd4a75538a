//! `.jsonl` files: one record per line, blank lines skipped; records are labelled
//! `line N` (counting from 1, blank lines included) so an editor jumps straight there.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use super::{Collector, LoadError};

/// Reads the records of `path` into `collector`, until it is full.
pub(super) fn read(path: &Path, collector: &mut Collector) -> Result<(), LoadError> {
    let file = File::open(path).map_err(LoadError::io(path))?;
    for (index, line) in BufReader::new(file).lines().enumerate() {
        if collector.is_full() {
            break;
        }
        let line = line.map_err(LoadError::io(path))?;
        if line.trim().is_empty() {
            continue;
        }
        let label = format!("line {}", index + 1);
        let value = serde_json::from_str(&line).map_err(|source| LoadError::Json {
            path: path.to_path_buf(),
            location: label.clone(),
            source,
        })?;
        collector.push(value, path, &label)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::record_json;

    fn write(text: &str) -> tempfile::NamedTempFile {
        let file = tempfile::Builder::new()
            .suffix(".jsonl")
            .tempfile()
            .unwrap();
        std::fs::write(file.path(), text).unwrap();
        file
    }

    #[test]
    fn blank_lines_are_skipped_and_the_limit_stops_reading() {
        let text = format!(
            "{}\n\n   \n{}\n{}\n",
            record_json(1),
            record_json(2),
            record_json(3)
        );
        let file = write(&text);
        let mut collector = Collector::new(Some(2));
        read(file.path(), &mut collector).unwrap();
        let ids: Vec<String> = collector
            .problems
            .iter()
            .map(|p| p.problem_id.to_string())
            .collect();
        assert_eq!(ids, ["1", "2"]);
    }

    #[test]
    fn errors_name_the_file_and_the_line() {
        let file = write(&format!("{}\n\n{{not json\n", record_json(1)));
        let err = read(file.path(), &mut Collector::new(None))
            .unwrap_err()
            .to_string();
        assert!(err.contains(&file.path().display().to_string()), "{err}");
        assert!(err.contains("line 3 is not valid JSON"), "{err}");

        let bad = record_json(9).replace("\"question_content\"", "\"question\"");
        let file = write(&format!("{}\n{bad}\n", record_json(1)));
        let err = read(file.path(), &mut Collector::new(None))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("record line 2 (problem_id 9): question_content: missing"),
            "{err}"
        );
    }
}
