//! `.arrow` files: what `datasets`' `save_to_disk` writes (the Arrow IPC *stream*
//! format), or the IPC *file* format other tools write; told apart by the file
//! format's leading magic bytes.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use arrow_ipc::reader::{FileReader, StreamReader};

use super::{rows, Collector, LoadError};

/// The first bytes of an Arrow IPC file (not stream).
const FILE_MAGIC: &[u8; 6] = b"ARROW1";

/// Reads the rows of `path` into `collector`, until it is full.
pub(super) fn read(path: &Path, collector: &mut Collector) -> Result<(), LoadError> {
    let arrow_error = |source| LoadError::Arrow {
        path: path.to_path_buf(),
        source,
    };
    let mut file = File::open(path).map_err(LoadError::io(path))?;
    let mut magic = Vec::with_capacity(FILE_MAGIC.len());
    (&mut file)
        .take(FILE_MAGIC.len() as u64)
        .read_to_end(&mut magic)
        .map_err(LoadError::io(path))?;
    file.seek(SeekFrom::Start(0)).map_err(LoadError::io(path))?;
    let file = BufReader::new(file);
    if magic == FILE_MAGIC {
        let reader = FileReader::try_new(file, None).map_err(arrow_error)?;
        rows::read_batches(reader, path, collector)
    } else {
        let reader = StreamReader::try_new(file, None).map_err(arrow_error)?;
        rows::read_batches(reader, path, collector)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::record_batch;
    use arrow_ipc::writer::{FileWriter, StreamWriter};

    fn ids(path: &Path) -> Vec<String> {
        let mut collector = Collector::new(None);
        read(path, &mut collector).unwrap();
        collector
            .problems
            .iter()
            .map(|p| p.problem_id.to_string())
            .collect()
    }

    #[test]
    fn both_ipc_formats_are_read() {
        let batch = record_batch(&[4, 5]);
        let dir = tempfile::tempdir().unwrap();

        let stream = dir.path().join("stream.arrow");
        let mut writer =
            StreamWriter::try_new(File::create(&stream).unwrap(), &batch.schema()).unwrap();
        writer.write(&batch).unwrap();
        writer.write(&record_batch(&[6])).unwrap();
        writer.finish().unwrap();
        assert_eq!(ids(&stream), ["4", "5", "6"]);

        let file = dir.path().join("file.arrow");
        let mut writer =
            FileWriter::try_new(File::create(&file).unwrap(), &batch.schema()).unwrap();
        writer.write(&batch).unwrap();
        writer.finish().unwrap();
        assert_eq!(ids(&file), ["4", "5"]);
    }

    #[test]
    fn a_bad_row_is_named_by_its_row_in_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data.arrow");
        let batch = record_batch(&[1, 2]);
        let mut writer =
            StreamWriter::try_new(File::create(&path).unwrap(), &batch.schema()).unwrap();
        writer.write(&batch).unwrap();
        writer.write(&record_batch(&[-1])).unwrap();
        writer.finish().unwrap();
        let err = read(&path, &mut Collector::new(None))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("record row 2 (problem_id -1): test_cases: no test cases"),
            "{err}"
        );
    }

    #[test]
    fn garbage_is_reported_as_not_arrow() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data.arrow");
        std::fs::write(&path, b"hello").unwrap();
        let err = read(&path, &mut Collector::new(None))
            .unwrap_err()
            .to_string();
        assert!(err.contains("not a readable Arrow IPC file"), "{err}");
    }
}
