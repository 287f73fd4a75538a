//! The Hugging Face hub cache: `<cache>/datasets--org--name/` holds `refs/main` (the
//! commit the `main` branch pointed to when downloaded), `snapshots/<commit>/` (the
//! repository's files, as symlinks) and `blobs/` (their content). This module picks
//! the snapshot to read; the snapshot itself is then an ordinary repository folder.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::LoadError;

/// The snapshot to read when `dir` is a hub cache folder: the cache root (with one
/// `datasets--*` repository), a `datasets--org--name` folder, or its `snapshots/`
/// folder. `None` when `dir` is none of these (a snapshot folder itself is read as
/// a plain repository).
pub(super) fn snapshot(dir: &Path) -> Result<Option<PathBuf>, LoadError> {
    if dir.join("snapshots").is_dir() {
        return pick(dir).map(Some);
    }
    if dir.file_name().is_some_and(|name| name == "snapshots") {
        if let Some(repo) = dir.parent() {
            return pick(repo).map(Some);
        }
    }
    let mut repos: Vec<PathBuf> = subfolders(dir)?
        .into_iter()
        .filter(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with("datasets--") && path.join("snapshots").is_dir()
        })
        .collect();
    match repos.len() {
        0 => Ok(None),
        1 => pick(&repos.remove(0)).map(Some),
        _ => {
            let names: Vec<String> = repos
                .iter()
                .filter_map(|p| Some(p.file_name()?.to_string_lossy().into_owned()))
                .collect();
            Err(LoadError::Snapshot {
                path: dir.to_path_buf(),
                message: format!(
                    "this hub cache holds several datasets ({}); pass one of their folders",
                    names.join(", ")
                ),
            })
        }
    }
}

/// The snapshot of `repo` named by `refs/main`, else the only or the newest one.
fn pick(repo: &Path) -> Result<PathBuf, LoadError> {
    let snapshots = repo.join("snapshots");
    if let Ok(main) = std::fs::read_to_string(repo.join("refs").join("main")) {
        let named = snapshots.join(main.trim());
        if !main.trim().is_empty() && named.is_dir() {
            return Ok(named);
        }
        tracing::warn!(
            repo = %repo.display(),
            commit = main.trim(),
            "refs/main names a snapshot that is not downloaded; using the newest one"
        );
    }
    let mut candidates: Vec<(SystemTime, PathBuf)> = subfolders(&snapshots)?
        .into_iter()
        .map(|path| {
            let modified = std::fs::metadata(&path)
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH);
            (modified, path)
        })
        .collect();
    candidates.sort();
    match candidates.pop() {
        Some((_, newest)) => {
            if !candidates.is_empty() {
                tracing::info!(snapshot = %newest.display(), "several snapshots and no refs/main; using the newest");
            }
            Ok(newest)
        }
        None => Err(LoadError::Snapshot {
            path: repo.to_path_buf(),
            message: "no snapshot under snapshots/; download the dataset again".to_string(),
        }),
    }
}

fn subfolders(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let mut folders = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(LoadError::io(dir))? {
        let path = entry.map_err(LoadError::io(dir))?.path();
        if path.is_dir() {
            folders.push(path);
        }
    }
    folders.sort();
    Ok(folders)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo_with(snapshots: &[&str]) -> tempfile::TempDir {
        let cache = tempfile::tempdir().unwrap();
        for snapshot in snapshots {
            let dir = cache
                .path()
                .join("datasets--org--venus/snapshots")
                .join(snapshot);
            std::fs::create_dir_all(dir).unwrap();
        }
        cache
    }

    #[test]
    fn refs_main_wins_and_every_entry_folder_leads_to_it() {
        let cache = repo_with(&["aaa", "bbb"]);
        let repo = cache.path().join("datasets--org--venus");
        std::fs::create_dir_all(repo.join("refs")).unwrap();
        std::fs::write(repo.join("refs/main"), "aaa\n").unwrap();
        let expected = repo.join("snapshots/aaa");
        assert_eq!(snapshot(cache.path()).unwrap(), Some(expected.clone()));
        assert_eq!(snapshot(&repo).unwrap(), Some(expected.clone()));
        assert_eq!(
            snapshot(&repo.join("snapshots")).unwrap(),
            Some(expected.clone())
        );
        assert_eq!(snapshot(&expected).unwrap(), None);
    }

    #[test]
    fn without_refs_the_only_snapshot_is_used() {
        let cache = repo_with(&["ccc"]);
        let repo = cache.path().join("datasets--org--venus");
        assert_eq!(snapshot(&repo).unwrap(), Some(repo.join("snapshots/ccc")));
    }

    #[test]
    fn an_empty_repo_or_a_shared_cache_says_what_to_pass() {
        let cache = repo_with(&[]);
        std::fs::create_dir_all(cache.path().join("datasets--org--venus/snapshots")).unwrap();
        let err = snapshot(&cache.path().join("datasets--org--venus"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("no snapshot under snapshots/"), "{err}");

        let cache = repo_with(&[]);
        for name in ["datasets--a--x", "datasets--b--y"] {
            std::fs::create_dir_all(cache.path().join(name).join("snapshots/1")).unwrap();
        }
        let err = snapshot(cache.path()).unwrap_err().to_string();
        assert!(
            err.contains("several datasets (datasets--a--x, datasets--b--y)"),
            "{err}"
        );
    }
}
