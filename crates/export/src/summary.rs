//! What an export wrote: each file with its rows, and the counts per split and goal.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::split::Split;
use crate::write::Table;

/// One table of an export.
#[derive(Debug, Clone, Serialize)]
pub struct FileSummary {
    /// The dataset's name.
    pub name: String,
    /// The file, when it was written (a table without rows is not).
    pub file: Option<String>,
    /// Train or test.
    pub split: Split,
    /// The goal of a one-goal table.
    pub instruction: Option<String>,
    /// Its rows.
    pub rows: usize,
    /// Rows per goal (GRPO tables hold every goal).
    pub by_instruction: BTreeMap<String, usize>,
}

impl FileSummary {
    /// The summary of `table`; `written` says whether its file exists.
    pub fn of(table: &Table, written: bool) -> FileSummary {
        let mut by_instruction = BTreeMap::new();
        for row in &table.rows {
            let goal = table
                .instruction
                .map(|i| i.name().to_string())
                .or_else(|| row["instruction"].as_str().map(str::to_string))
                .or_else(|| {
                    row["extra_info"]["instruction"]
                        .as_str()
                        .map(str::to_string)
                })
                .unwrap_or_else(|| "any".into());
            *by_instruction.entry(goal).or_insert(0) += 1;
        }
        FileSummary {
            name: table.name.clone(),
            file: written.then(|| table.file.clone()),
            split: table.split,
            instruction: table.instruction.map(|i| i.name().to_string()),
            rows: table.rows.len(),
            by_instruction,
        }
    }
}

/// Everything an export wrote.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// The output folder.
    pub out: String,
    /// Every table, written or empty.
    pub files: Vec<FileSummary>,
    /// Rows per split, then per goal.
    pub counts: BTreeMap<Split, BTreeMap<String, usize>>,
    /// Problems left out: no runner in the language, or no measured, passing solution.
    pub skipped: usize,
}

impl Summary {
    /// The summary of `files` written into `dir`.
    pub fn new(dir: &Path, files: Vec<FileSummary>, skipped: usize) -> Summary {
        let mut counts: BTreeMap<Split, BTreeMap<String, usize>> = BTreeMap::new();
        for file in &files {
            let split = counts.entry(file.split).or_default();
            for (goal, rows) in &file.by_instruction {
                *split.entry(goal.clone()).or_insert(0) += rows;
            }
        }
        Summary {
            out: dir.display().to_string(),
            files,
            counts,
            skipped,
        }
    }
}
