//! Writing problems as JSONL or parquet, in the shapes the public Venus data uses, so
//! that `datasets`, `pyarrow` and our own [`load`](crate::load::load) read them back.
//!
//! ```no_run
//! # fn demo(problems: &[afterburner_venus::Problem]) -> Result<(), afterburner_venus::WriteError> {
//! use std::path::Path;
//! afterburner_venus::write::parquet(Path::new("venus.parquet"), problems)?;
//! afterburner_venus::write::jsonl(Path::new("venus.jsonl"), problems)?;
//! # Ok(()) }
//! ```
//!
//! Both writers go through a temporary file beside the target, renamed into place when
//! complete, so a failed write never leaves a truncated file where a good one was.

mod jsonl;
mod parquet;

pub use self::jsonl::jsonl;
pub use self::parquet::parquet;

use std::fs::File;
use std::path::{Path, PathBuf};

/// Why problems could not be written; each variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The file could not be created, written or moved into place.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The file being written.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A problem could not be encoded as JSON.
    #[error("{}: cannot encode problem {problem_id} as JSON: {source}", path.display())]
    Json {
        /// The file being written.
        path: PathBuf,
        /// The problem at fault.
        problem_id: String,
        /// The encoder's error.
        source: serde_json::Error,
    },
    /// The Arrow columns could not be assembled.
    #[error("{}: cannot build the Arrow columns: {source}", path.display())]
    Arrow {
        /// The file being written.
        path: PathBuf,
        /// The error.
        source: arrow_schema::ArrowError,
    },
    /// The parquet encoder failed.
    #[error("{}: cannot encode parquet: {source}", path.display())]
    Parquet {
        /// The file being written.
        path: PathBuf,
        /// The encoder's error.
        source: ::parquet::errors::ParquetError,
    },
    /// A value that the file's column type cannot hold.
    #[error("{}: problem {problem_id}: {field} = {value} does not fit in a signed 64-bit integer", path.display())]
    OutOfRange {
        /// The file being written.
        path: PathBuf,
        /// The problem at fault.
        problem_id: String,
        /// The field.
        field: &'static str,
        /// The value.
        value: u64,
    },
}

impl WriteError {
    /// Turns an I/O error on `path` into a [`WriteError::Io`] naming it.
    pub fn io(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
        move |source| WriteError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// Runs `write` on a temporary file beside `path`, then renames it to `path`; on
/// failure the temporary file is removed and `path` is left as it was.
pub fn atomically(
    path: &Path,
    write: impl FnOnce(File) -> Result<File, WriteError>,
) -> Result<(), WriteError> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let partial = path.with_file_name(format!(".{name}.partial-{}", std::process::id()));
    let result = File::create(&partial)
        .map_err(WriteError::io(path))
        .and_then(write)
        .and_then(|file| file.sync_all().map_err(WriteError::io(path)))
        .and_then(|()| std::fs::rename(&partial, path).map_err(WriteError::io(path)));
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_partial_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        std::fs::write(&path, "old").unwrap();
        let result = atomically(&path, |mut file| {
            file.write_all(b"half").unwrap();
            Err(WriteError::io(&path)(std::io::Error::other("disk full")))
        });
        assert!(result
            .unwrap_err()
            .to_string()
            .contains("out.jsonl: disk full"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_is_named() {
        let err = atomically(Path::new("/no/such/dir/x.parquet"), Ok).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("cannot write /no/such/dir/x.parquet"),
            "{err}"
        );
    }
}
