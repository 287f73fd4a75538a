//! Writing the tables: JSON Lines, verl's parquet, and LLaMA-Factory's
//! `dataset_info.json` (each entry names every column the rows have that it reads:
//! LLaMA-Factory turns unlisted columns into None). Every file is written beside its
//! target and renamed into place, so a failed export never leaves half a file.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::sync::Arc;

use afterburner_iof::instruction::Instruction;
use afterburner_venus::write::atomically;
use afterburner_venus::WriteError;
use arrow_json::ReaderBuilder;
use arrow_schema::{DataType, Field, Fields, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;
use serde_json::{json, Value};

use crate::split::Split;
use crate::summary::{FileSummary, Summary};
use crate::ExportError;

/// How a table is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// Parquet in verl's `RLHFDataset` columns.
    VerlParquet,
}

/// One output file's rows and how it is described.
#[derive(Debug, Clone)]
pub struct Table {
    /// The dataset's name (the `dataset_info.json` key for LLaMA-Factory tables).
    pub name: String,
    /// The file name.
    pub file: String,
    /// Train or test.
    pub split: Split,
    /// The goal, for tables of one goal.
    pub instruction: Option<Instruction>,
    /// How it is stored.
    pub format: Format,
    /// Its `dataset_info.json` entry, for LLaMA-Factory tables.
    pub info: Option<Value>,
    /// The rows.
    pub rows: Vec<Value>,
}

impl Table {
    /// A LLaMA-Factory alpaca table `<kind>_<goal>_<split>.jsonl` (ranking: DPO pairs).
    pub fn alpaca(
        kind: &str,
        instruction: Option<Instruction>,
        split: Split,
        ranking: bool,
    ) -> Table {
        let stem = match instruction {
            Some(i) => format!("{kind}_{}_{}", i.name(), split.name()),
            None => format!("{kind}_{}", split.name()),
        };
        let file = format!("{stem}.jsonl");
        let info = if ranking {
            json!({
                "file_name": file,
                "formatting": "alpaca",
                "ranking": true,
                "columns": {"prompt": "instruction", "chosen": "chosen", "rejected": "rejected", "system": "system"},
            })
        } else {
            json!({
                "file_name": file,
                "formatting": "alpaca",
                "columns": {"prompt": "instruction", "response": "output", "system": "system"},
            })
        };
        Table {
            name: format!("afterburner_{stem}"),
            file,
            split,
            instruction,
            format: Format::Jsonl,
            info: Some(info),
            rows: Vec::new(),
        }
    }

    /// verl's GRPO parquet `grpo_<split>.parquet`.
    pub fn verl(split: Split) -> Table {
        Table {
            name: format!("grpo_{}", split.name()),
            file: format!("grpo_{}.parquet", split.name()),
            split,
            instruction: None,
            format: Format::VerlParquet,
            info: None,
            rows: Vec::new(),
        }
    }

    /// TRL's GRPO rows `grpo_trl_<split>.jsonl`.
    pub fn trl(split: Split) -> Table {
        Table {
            name: format!("grpo_trl_{}", split.name()),
            file: format!("grpo_trl_{}.jsonl", split.name()),
            split,
            instruction: None,
            format: Format::Jsonl,
            info: None,
            rows: Vec::new(),
        }
    }
}

/// Writes every table with rows into `dir` (created if needed), adds the LLaMA-Factory
/// ones to `dir/dataset_info.json` (keeping its other entries), and sums up what was
/// written. Empty tables are listed with no file.
pub fn write_all(dir: &Path, tables: &[Table], skipped: usize) -> Result<Summary, ExportError> {
    std::fs::create_dir_all(dir).map_err(WriteError::io(dir))?;
    let mut files = Vec::new();
    let mut infos = BTreeMap::new();
    for table in tables {
        let written = !table.rows.is_empty();
        if written {
            let path = dir.join(&table.file);
            match table.format {
                Format::Jsonl => jsonl(&path, &table.rows)?,
                Format::VerlParquet => verl_parquet(&path, &table.rows)?,
            }
            if let Some(info) = &table.info {
                infos.insert(table.name.clone(), info.clone());
            }
        }
        files.push(FileSummary::of(table, written));
    }
    if !infos.is_empty() {
        dataset_info(dir, infos)?;
    }
    Ok(Summary::new(dir, files, skipped))
}

/// Writes `rows` as JSON Lines.
pub fn jsonl(path: &Path, rows: &[Value]) -> Result<(), ExportError> {
    Ok(atomically(path, |file: File| {
        let mut out = BufWriter::new(file);
        for row in rows {
            serde_json::to_writer(&mut out, row).map_err(|e| WriteError::io(path)(e.into()))?;
            out.write_all(b"\n").map_err(WriteError::io(path))?;
        }
        out.into_inner()
            .map_err(|e| WriteError::io(path)(e.into_error()))
    })?)
}

/// verl's columns: `data_source`, `prompt` (list of `{role, content}`), `ability`,
/// `reward_model {style, ground_truth}`, `extra_info {index, problem_id, instruction,
/// split, language}`.
fn verl_schema() -> Schema {
    let text = |name: &str| Field::new(name, DataType::Utf8, false);
    let message = Fields::from(vec![text("role"), text("content")]);
    Schema::new(vec![
        text("data_source"),
        Field::new(
            "prompt",
            DataType::List(Arc::new(Field::new(
                "item",
                DataType::Struct(message),
                false,
            ))),
            false,
        ),
        text("ability"),
        Field::new(
            "reward_model",
            DataType::Struct(Fields::from(vec![text("style"), text("ground_truth")])),
            false,
        ),
        Field::new(
            "extra_info",
            DataType::Struct(Fields::from(vec![
                Field::new("index", DataType::Int64, false),
                text("problem_id"),
                text("instruction"),
                text("split"),
                text("language"),
            ])),
            false,
        ),
    ])
}

/// Rows per Arrow batch (and parquet row group).
const ROWS_PER_BATCH: usize = 512;

/// Writes `rows` (in [`verl_schema`]'s shape) as parquet.
fn verl_parquet(path: &Path, rows: &[Value]) -> Result<(), ExportError> {
    let failed = |message: String| ExportError::Parquet {
        path: path.to_path_buf(),
        message,
    };
    let schema = Arc::new(verl_schema());
    // Self-contained rows repeat each problem's record once per goal: compression keeps
    // the file near one copy.
    let properties = WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::default()))
        .set_max_row_group_size(ROWS_PER_BATCH)
        .build();
    let mut writer = ArrowWriter::try_new(Vec::new(), Arc::clone(&schema), Some(properties))
        .map_err(|e| failed(e.to_string()))?;
    for chunk in rows.chunks(ROWS_PER_BATCH) {
        let mut decoder = ReaderBuilder::new(Arc::clone(&schema))
            .with_batch_size(ROWS_PER_BATCH)
            .build_decoder()
            .map_err(|e| failed(e.to_string()))?;
        decoder
            .serialize(chunk)
            .map_err(|e| failed(e.to_string()))?;
        if let Some(batch) = decoder.flush().map_err(|e| failed(e.to_string()))? {
            writer.write(&batch).map_err(|e| failed(e.to_string()))?;
        }
    }
    let bytes = writer.into_inner().map_err(|e| failed(e.to_string()))?;
    write_bytes(path, &bytes)
}

/// Writes `bytes` to `path`.
fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    Ok(atomically(path, |mut file: File| {
        file.write_all(bytes).map_err(WriteError::io(path))?;
        Ok(file)
    })?)
}

/// Adds `entries` to `dir/dataset_info.json`, keeping the entries already there.
fn dataset_info(dir: &Path, entries: BTreeMap<String, Value>) -> Result<(), ExportError> {
    let path = dir.join("dataset_info.json");
    let mut info = match std::fs::read_to_string(&path) {
        Ok(text) => match serde_json::from_str::<Value>(&text) {
            Ok(Value::Object(map)) => map,
            Ok(_) => {
                return Err(ExportError::DatasetInfo {
                    path,
                    message: "not a JSON object".into(),
                })
            }
            Err(e) => {
                return Err(ExportError::DatasetInfo {
                    path,
                    message: format!("not JSON ({e})"),
                })
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Default::default(),
        Err(e) => return Err(WriteError::io(&path)(e).into()),
    };
    info.extend(entries);
    let text = serde_json::to_string_pretty(&Value::Object(info)).expect("JSON serializes") + "\n";
    write_bytes(&path, text.as_bytes())
}
