//! `.parquet` files (Hugging Face shards, `Dataset.to_parquet`, our own writer),
//! read batch by batch so a limit stops decoding early.

use std::fs::File;
use std::path::Path;

use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

use super::{rows, Collector, LoadError};

/// Rows per decoded batch: small enough that a limit of a few problems decodes little.
const BATCH_ROWS: usize = 256;

/// Reads the rows of `path` into `collector`, until it is full.
pub(super) fn read(path: &Path, collector: &mut Collector) -> Result<(), LoadError> {
    let parquet_error = |source| LoadError::Parquet {
        path: path.to_path_buf(),
        source,
    };
    let file = File::open(path).map_err(LoadError::io(path))?;
    let mut builder = ParquetRecordBatchReaderBuilder::try_new(file)
        .map_err(parquet_error)?
        .with_batch_size(BATCH_ROWS);
    if let Some(remaining) = collector.remaining() {
        builder = builder.with_limit(remaining);
    }
    let reader = builder.build().map_err(parquet_error)?;
    rows::read_batches(reader, path, collector)
}
