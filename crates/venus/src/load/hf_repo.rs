//! A Hugging Face dataset repository as it sits on disk (cloned, downloaded with
//! `huggingface-cli download`, or a hub cache snapshot): data files under the root,
//! grouped into configurations and splits by the README's `configs:` section when it
//! has one, else by their names (`{config}/{split}-NNNNN-of-NNNNN.parquet`, with
//! `data/` for the default configuration, or `{config}/{split}/*.parquet`).

use std::path::{Path, PathBuf};

use super::{glob, readme, Format, LoadError, SplitFiles};

/// Files that sit beside data but are metadata, never records.
const METADATA_FILES: [&str; 4] = [
    "dataset_info.json",
    "dataset_infos.json",
    "dataset_dict.json",
    "state.json",
];

/// How deep to look for data files (guards against symlink cycles).
const MAX_DEPTH: usize = 12;

/// The splits of the repository at `root` (empty when it holds no data file).
pub(super) fn plan(root: &Path) -> Result<Vec<SplitFiles>, LoadError> {
    let mut files = Vec::new();
    walk(root, "", 0, &mut files)?;
    files.sort();
    let readme = root.join("README.md");
    Ok(match readme::configs(&readme)? {
        Some(configs) if !configs.is_empty() => configs
            .into_iter()
            .flat_map(|config| {
                let (readme, files) = (&readme, &files);
                config.splits.into_iter().map(move |split| {
                    let matching = files
                        .iter()
                        .filter(|f| split.patterns.iter().any(|p| glob::matches(p, f)))
                        .map(|f| root.join(f))
                        .collect();
                    SplitFiles {
                        declared: Some((readme.clone(), split.patterns)),
                        ..SplitFiles::new(&config.name, &split.split, matching)
                    }
                })
            })
            .collect(),
        _ => by_names(root, &files),
    })
}

/// Collects the data files under `dir` as `/`-separated paths relative to the root.
fn walk(dir: &Path, prefix: &str, depth: usize, out: &mut Vec<String>) -> Result<(), LoadError> {
    if depth > MAX_DEPTH {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir).map_err(LoadError::io(dir))? {
        let entry = entry.map_err(LoadError::io(dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        // Follows symlinks: hub cache snapshots link every file into blobs/.
        let Ok(metadata) = std::fs::metadata(&path) else {
            tracing::warn!(path = %path.display(), "skipping a dangling link");
            continue;
        };
        let relative = format!("{prefix}{name}");
        if metadata.is_dir() {
            walk(&path, &format!("{relative}/"), depth + 1, out)?;
        } else if Format::from_extension(&path).is_some()
            && !METADATA_FILES.contains(&name.as_str())
        {
            out.push(relative);
        }
    }
    Ok(())
}

/// Groups files by the Hugging Face naming conventions; `files` are sorted, so the
/// shards of a split stay in shard order.
fn by_names(root: &Path, files: &[String]) -> Vec<SplitFiles> {
    let mut plan: Vec<SplitFiles> = Vec::new();
    for file in files {
        let parts: Vec<&str> = file.split('/').collect();
        let (config, rest) = match parts.as_slice() {
            [_] => ("default", &parts[..]),
            ["data", rest @ ..] => ("default", rest),
            [config, rest @ ..] => (*config, rest),
            [] => continue,
        };
        let split = match rest {
            [name] => split_of(name),
            [folder, ..] => folder.to_string(),
            [] => continue,
        };
        let path: PathBuf = root.join(file);
        match plan
            .iter_mut()
            .find(|s| s.config == config && s.split == split)
        {
            Some(existing) => existing.files.push(path),
            None => plan.push(SplitFiles::new(config, &split, vec![path])),
        }
    }
    plan.sort_by(|a, b| {
        (
            a.config != "default",
            &a.config,
            split_rank(&a.split),
            &a.split,
        )
            .cmp(&(
                b.config != "default",
                &b.config,
                split_rank(&b.split),
                &b.split,
            ))
    });
    plan
}

/// The split a file name stands for: its stem without a `-NNNNN-of-NNNNN` shard suffix.
fn split_of(name: &str) -> String {
    let stem = name.split_once('.').map_or(name, |(stem, _)| stem);
    let parts: Vec<&str> = stem.rsplitn(4, '-').collect();
    let numeric = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [total, "of", index, split] if numeric(total) && numeric(index) => split.to_string(),
        _ => stem.to_string(),
    }
}

/// The usual split order: train, validation, test, then the rest by name.
fn split_rank(split: &str) -> u8 {
    match split {
        "train" => 0,
        "validation" | "valid" | "dev" => 1,
        "test" => 2,
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_names_drop_the_shard_suffix() {
        assert_eq!(split_of("train-00000-of-00002.parquet"), "train");
        assert_eq!(split_of("my-test-00001-of-00002.parquet"), "my-test");
        assert_eq!(split_of("test.jsonl"), "test");
        assert_eq!(split_of("train-final.parquet"), "train-final");
    }

    fn touch(root: &Path, files: &[&str]) {
        for file in files {
            let path = root.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, b"").unwrap();
        }
    }

    fn summary(plan: &[SplitFiles], root: &Path) -> Vec<String> {
        plan.iter()
            .map(|s| {
                let files: Vec<String> = s
                    .files
                    .iter()
                    .map(|f| f.strip_prefix(root).unwrap().display().to_string())
                    .collect();
                format!("{}/{}: {}", s.config, s.split, files.join(" "))
            })
            .collect()
    }

    #[test]
    fn names_give_configs_and_splits_with_shards_in_order() {
        let dir = tempfile::tempdir().unwrap();
        touch(
            dir.path(),
            &[
                "python/test-00000-of-00001.parquet",
                "python/train-00001-of-00002.parquet",
                "python/train-00000-of-00002.parquet",
                "data/validation.jsonl",
                "cpp/train/part-1.parquet",
                "cpp/train/part-0.parquet",
                ".git/x.parquet",
                "python/dataset_info.json",
                "notes.txt",
            ],
        );
        let plan = plan(dir.path()).unwrap();
        assert_eq!(
            summary(&plan, dir.path()),
            [
                "default/validation: data/validation.jsonl",
                "cpp/train: cpp/train/part-0.parquet cpp/train/part-1.parquet",
                "python/train: python/train-00000-of-00002.parquet python/train-00001-of-00002.parquet",
                "python/test: python/test-00000-of-00001.parquet",
            ]
        );
    }

    #[test]
    fn the_card_decides_when_it_has_configs() {
        let dir = tempfile::tempdir().unwrap();
        touch(
            dir.path(),
            &["x/a-1.parquet", "x/a-0.parquet", "x/b.parquet"],
        );
        let card = "---\nconfigs:\n- config_name: one\n  data_files:\n  - split: test\n    path: x/a-*\n  - split: gone\n    path: y/*\n---\n";
        std::fs::write(dir.path().join("README.md"), card).unwrap();
        let plan = plan(dir.path()).unwrap();
        assert_eq!(
            summary(&plan, dir.path()),
            ["one/test: x/a-0.parquet x/a-1.parquet", "one/gone: "]
        );
        assert_eq!(
            plan[1].declared,
            Some((dir.path().join("README.md"), vec!["y/*".to_string()]))
        );
    }
}
