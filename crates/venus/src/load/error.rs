//! The one error type of loading: every variant names the file (and, through
//! [`RecordError`], the record and field) and says what to do.

use std::path::{Path, PathBuf};

use crate::record::RecordError;

/// Why a source could not be loaded; each variant names the file and what to do.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The path does not exist.
    #[error("{} does not exist; give a .jsonl/.json/.parquet file or a dataset folder", path.display())]
    NotFound {
        /// The path asked for.
        path: PathBuf,
    },
    /// A file or folder could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A folder holds nothing this crate can read.
    #[error(
        "no parquet shards or .jsonl/.json/.arrow files found under {}; expected a Hugging Face \
         dataset folder, a hub cache folder, a save_to_disk folder, or a .jsonl/.json/.parquet file",
        path.display()
    )]
    NoData {
        /// The folder.
        path: PathBuf,
    },
    /// A file whose extension names no supported format.
    #[error("{}: unknown file type; expected a .jsonl, .json, .parquet or .arrow file", path.display())]
    UnsupportedFile {
        /// The file.
        path: PathBuf,
    },
    /// A JSON or JSONL file that is not valid JSON.
    #[error("{}: {location} is not valid JSON: {source}", path.display())]
    Json {
        /// The file.
        path: PathBuf,
        /// Where in the file (`line 3`, or `the file`).
        location: String,
        /// The parser's error.
        source: serde_json::Error,
    },
    /// A JSON file whose top level holds no list of records.
    #[error("{}: {message}", path.display())]
    JsonShape {
        /// The file.
        path: PathBuf,
        /// What was found and what is expected.
        message: String,
    },
    /// A parquet file that cannot be decoded.
    #[error("{}: not a readable parquet file: {source}", path.display())]
    Parquet {
        /// The file.
        path: PathBuf,
        /// The decoder's error.
        source: ::parquet::errors::ParquetError,
    },
    /// An Arrow IPC file that cannot be decoded.
    #[error("{}: not a readable Arrow IPC file: {source}", path.display())]
    Arrow {
        /// The file.
        path: PathBuf,
        /// The decoder's error.
        source: arrow_schema::ArrowError,
    },
    /// A column whose Arrow type cannot hold a Venus field.
    #[error(
        "{}: column `{column}` has type {data_type}, which no Venus field uses; \
         store text as string and lists as list columns",
        path.display()
    )]
    Column {
        /// The file.
        path: PathBuf,
        /// The column (a path such as `solutions.item.time` for nested ones).
        column: String,
        /// Its Arrow type, printed.
        data_type: String,
    },
    /// A record that does not fit the Venus schema.
    #[error("{}: {source}", path.display())]
    Record {
        /// The file.
        path: PathBuf,
        /// The record, the field and what is wrong.
        source: RecordError,
    },
    /// A README.md whose YAML header cannot be read.
    #[error("{}: YAML header: {message}; see the `configs:` section of the Hugging Face dataset card docs", path.display())]
    Readme {
        /// The README.md.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A split declared in README.md whose patterns match no file.
    #[error(
        "{}: config `{config}` split `{split}` lists {patterns:?}, which match no file; \
         download the missing shards, load another configuration, or fix `data_files` in \
         the YAML header",
        path.display()
    )]
    NoFilesMatch {
        /// The README.md.
        path: PathBuf,
        /// The configuration.
        config: String,
        /// The split.
        split: String,
        /// Its `data_files` patterns.
        patterns: Vec<String>,
    },
    /// A `save_to_disk` metadata file (`dataset_dict.json`, `state.json`) that is malformed.
    #[error("{}: {message}; was this folder written by `datasets` save_to_disk?", path.display())]
    Metadata {
        /// The metadata file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A hub cache folder from which no snapshot can be chosen.
    #[error("{}: {message}", path.display())]
    Snapshot {
        /// The cache folder.
        path: PathBuf,
        /// What is wrong and what to pass instead.
        message: String,
    },
    /// The configuration asked for does not exist.
    #[error("{}: no configuration `{asked}`; it has {}", path.display(), available.join(", "))]
    UnknownConfig {
        /// The source.
        path: PathBuf,
        /// The configuration asked for.
        asked: String,
        /// Those that exist.
        available: Vec<String>,
    },
    /// The split asked for does not exist (in the chosen configuration).
    #[error("{}: no split `{asked}`; it has {}", path.display(), available.join(", "))]
    UnknownSplit {
        /// The source.
        path: PathBuf,
        /// The split asked for.
        asked: String,
        /// Those that exist, as `config/split`.
        available: Vec<String>,
    },
}

impl LoadError {
    /// Wraps an I/O error on `path`.
    pub(super) fn io(path: &Path) -> impl FnOnce(std::io::Error) -> LoadError + '_ {
        move |source| LoadError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}
