//! Folders written by the `datasets` library's `save_to_disk`: a `DatasetDict` has
//! `dataset_dict.json` (`{"splits": ["train", "test"]}`) and one folder per split; each
//! `Dataset` folder has `state.json`, whose `_data_files` list its Arrow IPC stream
//! files in order.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{LoadError, SplitFiles};

/// The file that marks a `DatasetDict` folder.
pub(super) const DICT_FILE: &str = "dataset_dict.json";
/// The file that marks a `Dataset` folder.
pub(super) const STATE_FILE: &str = "state.json";

#[derive(Deserialize)]
struct DatasetDict {
    splits: Vec<String>,
}

#[derive(Deserialize)]
struct State {
    #[serde(rename = "_data_files")]
    data_files: Vec<DataFile>,
    #[serde(rename = "_split", default)]
    split: Option<String>,
}

#[derive(Deserialize)]
struct DataFile {
    filename: String,
}

/// One split per entry of `dataset_dict.json`, each read from its own folder.
pub(super) fn dataset_dict(root: &Path) -> Result<Vec<SplitFiles>, LoadError> {
    let dict: DatasetDict = read_json(&root.join(DICT_FILE))?;
    dict.splits
        .iter()
        .map(|split| dataset(&root.join(split), Some(split)))
        .collect()
}

/// The one split of a `Dataset` folder, named `split` (a DatasetDict's key), else as
/// `state.json` says, else `train`.
pub(super) fn dataset(folder: &Path, split: Option<&str>) -> Result<SplitFiles, LoadError> {
    let state_path = folder.join(STATE_FILE);
    let state: State = read_json(&state_path)?;
    let files: Vec<PathBuf> = state
        .data_files
        .iter()
        .map(|file| folder.join(&file.filename))
        .collect();
    if let Some(missing) = files.iter().find(|file| !file.is_file()) {
        return Err(LoadError::Metadata {
            path: state_path,
            message: format!("it lists {}, which is missing", missing.display()),
        });
    }
    let split = split
        .map(str::to_string)
        .or(state.split.filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "train".to_string());
    Ok(SplitFiles::new("default", &split, files))
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, LoadError> {
    let text = std::fs::read_to_string(path).map_err(LoadError::io(path))?;
    serde_json::from_str(&text).map_err(|e| LoadError::Metadata {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dict_lists_its_splits_and_each_its_files_in_order() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(DICT_FILE),
            r#"{"splits": ["train", "test"]}"#,
        )
        .unwrap();
        for (split, files) in [
            ("train", ["b.arrow", "a.arrow"].as_slice()),
            ("test", &["t.arrow"]),
        ] {
            let folder = dir.path().join(split);
            std::fs::create_dir(&folder).unwrap();
            let listed: Vec<String> = files
                .iter()
                .map(|f| format!(r#"{{"filename": "{f}"}}"#))
                .collect();
            let state = format!(
                r#"{{"_data_files": [{}], "_split": null, "_fingerprint": "x"}}"#,
                listed.join(",")
            );
            std::fs::write(folder.join(STATE_FILE), state).unwrap();
            for file in files {
                std::fs::write(folder.join(file), b"").unwrap();
            }
        }
        let plan = dataset_dict(dir.path()).unwrap();
        assert_eq!(plan.len(), 2);
        assert_eq!(
            (plan[0].split.as_str(), plan[1].split.as_str()),
            ("train", "test")
        );
        assert_eq!(
            plan[0].files,
            [
                dir.path().join("train/b.arrow"),
                dir.path().join("train/a.arrow")
            ]
        );
    }

    #[test]
    fn a_single_dataset_takes_its_split_from_state_json() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(STATE_FILE),
            r#"{"_data_files": [{"filename": "d.arrow"}], "_split": "test"}"#,
        )
        .unwrap();
        std::fs::write(dir.path().join("d.arrow"), b"").unwrap();
        assert_eq!(dataset(dir.path(), None).unwrap().split, "test");
    }

    #[test]
    fn missing_files_and_bad_metadata_are_named() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(STATE_FILE),
            r#"{"_data_files": [{"filename": "gone.arrow"}]}"#,
        )
        .unwrap();
        let err = dataset(dir.path(), None).unwrap_err().to_string();
        assert!(
            err.contains("state.json: it lists") && err.contains("gone.arrow, which is missing"),
            "{err}"
        );

        std::fs::write(dir.path().join(STATE_FILE), r#"{"files": []}"#).unwrap();
        let err = dataset(dir.path(), None).unwrap_err().to_string();
        assert!(
            err.contains("missing field `_data_files`") && err.contains("save_to_disk?"),
            "{err}"
        );
    }
}
