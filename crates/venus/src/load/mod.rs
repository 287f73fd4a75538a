//! Loading Venus problems from whatever a user has on disk.
//!
//! One entry point, [`load`], finds out what `path` is — a `.jsonl`, `.json`, `.parquet`
//! or `.arrow` file, a Hugging Face dataset repository, the hub cache, or a
//! `save_to_disk` folder — and returns its problems as named splits. Each layout module
//! only works out *which files* make up *which split* (a [`SplitFiles`] plan); the
//! format modules only read one file into problems. Every record goes through
//! [`Problem::from_value`], so validation and its error messages are the same for every
//! source.
//!
//! ```no_run
//! use afterburner_venus::load::{load, LoadOptions};
//! use std::path::Path;
//!
//! let options = LoadOptions { split: Some("test".into()), ..LoadOptions::default() };
//! let dataset = load(Path::new("venus/"), &options)?;
//! for problem in dataset.problems() {
//!     println!("{} {}", problem.problem_id, problem.title);
//! }
//! # Ok::<(), afterburner_venus::load::LoadError>(())
//! ```

mod arrow_ipc;
mod collector;
mod error;
mod glob;
mod hf_repo;
mod hub_cache;
mod json;
mod jsonl;
mod parquet;
mod readme;
mod rows;
mod save_to_disk;

use std::path::{Path, PathBuf};

use crate::record::Problem;
use collector::Collector;
pub use error::LoadError;

/// Problems as named splits, in the order the source lists them.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// The path that was loaded (as given by the caller).
    pub source: PathBuf,
    /// Its splits, each with the problems of its files concatenated in order.
    pub splits: Vec<Split>,
}

impl Dataset {
    /// Every problem of every split, split after split.
    pub fn problems(&self) -> impl Iterator<Item = &Problem> {
        self.splits.iter().flat_map(|split| split.problems.iter())
    }

    /// The split of configuration `config` named `split`, if loaded.
    pub fn split(&self, config: &str, split: &str) -> Option<&Split> {
        self.splits
            .iter()
            .find(|s| s.config == config && s.split == split)
    }
}

/// One split (such as `train` or `test`) of one configuration (such as `python`).
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    /// The configuration name; `default` when the source has none.
    pub config: String,
    /// The split name; `train` for a single file.
    pub split: String,
    /// Its problems, in file order.
    pub problems: Vec<Problem>,
    /// Records of another benchmark's layout (APPS, Mercury) that were left out because
    /// they cannot be judged, with why.
    pub skipped: Vec<Skipped>,
}

/// A record left out of a split, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Where it is: the file and the record (`train.jsonl line 3`).
    pub record: String,
    /// Its problem id, when one could be read.
    pub problem_id: Option<String>,
    /// Why it cannot be judged.
    pub reason: String,
}

/// What to load from a source that holds several configurations or splits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadOptions {
    /// Only this configuration (all when `None`).
    pub config: Option<String>,
    /// Only splits of this name (all when `None`).
    pub split: Option<String>,
    /// At most this many problems per split, the first ones in file order.
    pub limit: Option<usize>,
}

/// Loads the problems at `path`, whatever its layout (see the module docs).
pub fn load(path: &Path, options: &LoadOptions) -> Result<Dataset, LoadError> {
    let plan = select(plan(path)?, options, path)?;
    let splits = plan
        .into_iter()
        .map(|split| read_split(split, options.limit))
        .collect::<Result<_, _>>()?;
    Ok(Dataset {
        source: path.to_path_buf(),
        splits,
    })
}

/// The files of one split, read in order and concatenated.
#[derive(Debug, Clone, PartialEq, Eq)]
struct SplitFiles {
    config: String,
    split: String,
    files: Vec<PathBuf>,
    /// Where the split was declared, when from README patterns (for the error when
    /// they match nothing): the README and its patterns.
    declared: Option<(PathBuf, Vec<String>)>,
}

impl SplitFiles {
    fn new(config: &str, split: &str, files: Vec<PathBuf>) -> SplitFiles {
        SplitFiles {
            config: config.to_string(),
            split: split.to_string(),
            files,
            declared: None,
        }
    }
}

/// Works out the layout of `path` and which files make up which split.
fn plan(path: &Path) -> Result<Vec<SplitFiles>, LoadError> {
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(LoadError::NotFound {
                path: path.to_path_buf(),
            })
        }
        Err(e) => return Err(LoadError::io(path)(e)),
    };
    if metadata.is_file() {
        Format::of(path)?;
        return Ok(vec![SplitFiles::new(
            "default",
            "train",
            vec![path.to_path_buf()],
        )]);
    }
    let plan = if path.join(save_to_disk::DICT_FILE).is_file() {
        tracing::debug!(path = %path.display(), "save_to_disk DatasetDict folder");
        save_to_disk::dataset_dict(path)?
    } else if path.join(save_to_disk::STATE_FILE).is_file() {
        tracing::debug!(path = %path.display(), "save_to_disk Dataset folder");
        vec![save_to_disk::dataset(path, None)?]
    } else if let Some(snapshot) = hub_cache::snapshot(path)? {
        tracing::debug!(snapshot = %snapshot.display(), "hub cache snapshot");
        hf_repo::plan(&snapshot)?
    } else {
        hf_repo::plan(path)?
    };
    if plan.is_empty() {
        return Err(LoadError::NoData {
            path: path.to_path_buf(),
        });
    }
    Ok(plan)
}

/// Keeps the configuration and split asked for, or says what exists.
fn select(
    plan: Vec<SplitFiles>,
    options: &LoadOptions,
    path: &Path,
) -> Result<Vec<SplitFiles>, LoadError> {
    let mut plan = plan;
    if let Some(config) = &options.config {
        let available = distinct(plan.iter().map(|s| s.config.clone()));
        plan.retain(|s| &s.config == config);
        if plan.is_empty() {
            return Err(LoadError::UnknownConfig {
                path: path.to_path_buf(),
                asked: config.clone(),
                available,
            });
        }
    }
    if let Some(split) = &options.split {
        let available = distinct(plan.iter().map(|s| format!("{}/{}", s.config, s.split)));
        plan.retain(|s| &s.split == split);
        if plan.is_empty() {
            return Err(LoadError::UnknownSplit {
                path: path.to_path_buf(),
                asked: split.clone(),
                available,
            });
        }
    }
    Ok(plan)
}

fn distinct(names: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen = Vec::new();
    for name in names {
        if !seen.contains(&name) {
            seen.push(name);
        }
    }
    seen
}

fn read_split(split: SplitFiles, limit: Option<usize>) -> Result<Split, LoadError> {
    if split.files.is_empty() {
        if let Some((readme, patterns)) = split.declared {
            return Err(LoadError::NoFilesMatch {
                path: readme,
                config: split.config,
                split: split.split,
                patterns,
            });
        }
    }
    let mut collector = Collector::new(limit);
    for file in &split.files {
        if collector.is_full() {
            break;
        }
        match Format::of(file)? {
            Format::Jsonl => jsonl::read(file, &mut collector)?,
            Format::Json => json::read(file, &mut collector)?,
            Format::Parquet => parquet::read(file, &mut collector)?,
            Format::Arrow => arrow_ipc::read(file, &mut collector)?,
        }
    }
    tracing::debug!(
        config = %split.config,
        split = %split.split,
        problems = collector.problems.len(),
        "split loaded"
    );
    Ok(Split {
        config: split.config,
        split: split.split,
        problems: collector.problems,
        skipped: collector.skipped,
    })
}

/// The file formats, told apart by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Jsonl,
    Json,
    Parquet,
    Arrow,
}

impl Format {
    fn from_extension(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "json" => Some(Format::Json),
            "parquet" => Some(Format::Parquet),
            "arrow" => Some(Format::Arrow),
            _ => None,
        }
    }

    fn of(path: &Path) -> Result<Format, LoadError> {
        Format::from_extension(path).ok_or_else(|| LoadError::UnsupportedFile {
            path: path.to_path_buf(),
        })
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use serde_json::json;

    const EVALUATOR: &str = "def evaluate(expected_output, program_output):\n    return True\n";
    const RUNNER: &str = "import sys\n==Code Submission==\n";

    /// A valid one-line JSON record with this id.
    pub(in crate::load) fn record_json(id: i64) -> String {
        json!({
            "problem_id": id,
            "question_content": format!("Problem {id}"),
            "test_case_evaluator": EVALUATOR,
            "test_case_runners": RUNNER,
            "test_cases": "[{\"input\": \"1\\n\", \"output\": \"1\\n\"}]",
        })
        .to_string()
    }

    /// A batch of minimal records; a negative id gets no test cases (an invalid record).
    pub(in crate::load) fn record_batch(ids: &[i64]) -> arrow_array::RecordBatch {
        use arrow_array::{ArrayRef, Int64Array, StringArray};
        use std::sync::Arc;
        let text = |f: &dyn Fn(i64) -> String| -> ArrayRef {
            Arc::new(StringArray::from_iter_values(ids.iter().map(|&id| f(id))))
        };
        arrow_array::RecordBatch::try_from_iter([
            (
                "problem_id",
                Arc::new(Int64Array::from(ids.to_vec())) as ArrayRef,
            ),
            ("question_content", text(&|id| format!("Problem {id}"))),
            ("test_case_evaluator", text(&|_| EVALUATOR.to_string())),
            ("test_case_runners", text(&|_| RUNNER.to_string())),
            (
                "test_cases",
                text(&|id| {
                    let case = json!([{"input": "1\n", "output": "1\n"}]);
                    if id < 0 {
                        "[]".to_string()
                    } else {
                        case.to_string()
                    }
                }),
            ),
        ])
        .unwrap()
    }

    #[test]
    fn formats_are_told_by_extension() {
        assert_eq!(Format::of(Path::new("a/x.JSONL")).unwrap(), Format::Jsonl);
        assert_eq!(Format::of(Path::new("x.parquet")).unwrap(), Format::Parquet);
        let err = Format::of(Path::new("x.csv")).unwrap_err().to_string();
        assert!(err.contains("x.csv") && err.contains(".parquet"), "{err}");
    }

    fn plan_of(pairs: &[(&str, &str)]) -> Vec<SplitFiles> {
        pairs
            .iter()
            .map(|(c, s)| SplitFiles::new(c, s, vec![]))
            .collect()
    }

    #[test]
    fn selecting_an_absent_config_or_split_lists_what_exists() {
        let plan = plan_of(&[("python", "train"), ("python", "test"), ("cpp", "train")]);
        let options = LoadOptions {
            config: Some("java".into()),
            ..LoadOptions::default()
        };
        let err = select(plan.clone(), &options, Path::new("repo"))
            .unwrap_err()
            .to_string();
        assert_eq!(err, "repo: no configuration `java`; it has python, cpp");

        let options = LoadOptions {
            config: Some("cpp".into()),
            split: Some("test".into()),
            ..LoadOptions::default()
        };
        let err = select(plan.clone(), &options, Path::new("repo"))
            .unwrap_err()
            .to_string();
        assert_eq!(err, "repo: no split `test`; it has cpp/train");

        let options = LoadOptions {
            split: Some("train".into()),
            ..LoadOptions::default()
        };
        let kept = select(plan, &options, Path::new("repo")).unwrap();
        assert_eq!(kept, plan_of(&[("python", "train"), ("cpp", "train")]));
    }

    #[test]
    fn a_missing_path_says_what_to_give() {
        let err = load(Path::new("/no/such/venus"), &LoadOptions::default()).unwrap_err();
        assert!(matches!(err, LoadError::NotFound { .. }));
        assert!(err.to_string().contains(".jsonl/.json/.parquet"));
    }

    #[test]
    fn an_empty_folder_says_which_layouts_are_expected() {
        let dir = tempfile::tempdir().unwrap();
        let err = load(dir.path(), &LoadOptions::default())
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("no parquet shards"), "{err}");
        assert!(err.contains("save_to_disk folder"), "{err}");
    }
}
