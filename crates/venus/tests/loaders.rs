//! The loaders and writers against files made by the real Python packages.
//!
//! `scripts/venus_fixtures.py` writes every layout with `datasets` and `pyarrow` (a
//! Hugging Face repository with and without a dataset card, the `data/` default
//! configuration, the hub cache, `save_to_disk` output, `to_json` and `to_parquet`
//! files); these tests load each one and check its content. The other way round, files
//! our writers produce are read back by `datasets` and `pyarrow` through the script's
//! check modes. The Python packages are required: `pip install datasets pyarrow`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use afterburner_venus::load::{load, Dataset, LoadError, LoadOptions, Split};
use afterburner_venus::{write, PerLanguage, Problem, ProblemId};
use serde_json::Value;

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/venus_fixtures.py")
}

/// Runs the fixture script; fails (never skips) when the Python packages are missing.
fn python(args: &[&str]) -> String {
    let probe = Command::new("python3")
        .args(["-c", "import datasets, pyarrow"])
        .output()
        .expect("python3 is not on PATH; install Python 3, then `pip install datasets pyarrow`");
    assert!(
        probe.status.success(),
        "python3 cannot import datasets/pyarrow: run `pip install datasets pyarrow`\n{}",
        String::from_utf8_lossy(&probe.stderr)
    );
    let output = Command::new("python3")
        .arg(script())
        .args(args)
        .output()
        .expect("python3 could not be started");
    assert!(
        output.status.success(),
        "venus_fixtures.py {args:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The fixtures folder, written once per test run.
fn fixtures() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("venus-fixtures");
        if dir.exists() {
            std::fs::remove_dir_all(&dir).unwrap();
        }
        python(&[dir.to_str().unwrap()]);
        dir
    })
}

fn load_all(path: &Path) -> Dataset {
    load(path, &LoadOptions::default())
        .unwrap_or_else(|e| panic!("loading {}: {e}", path.display()))
}

fn ids(split: &Split) -> Vec<String> {
    split
        .problems
        .iter()
        .map(|p| p.problem_id.to_string())
        .collect()
}

/// `config/split: ids` for every split, in order.
fn layout(dataset: &Dataset) -> Vec<String> {
    dataset
        .splits
        .iter()
        .map(|s| format!("{}/{}: {}", s.config, s.split, ids(s).join(" ")))
        .collect()
}

fn by_language(pairs: &[(&str, &str)]) -> PerLanguage {
    PerLanguage::ByLanguage(
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    )
}

/// The `python` rows of the fixtures, as the script builds them.
fn assert_python_rows(problems: &[Problem]) {
    let ids: Vec<ProblemId> = problems.iter().map(|p| p.problem_id.clone()).collect();
    let expected: Vec<ProblemId> = (1..=problems.len() as i64).map(ProblemId::Int).collect();
    assert_eq!(ids, expected);
    let two_sum = &problems[0];
    assert_eq!(two_sum.title, "Two Sum");
    assert_eq!(two_sum.difficulty, "Easy");
    assert_eq!(two_sum.tags, ["array", "hash-table"]);
    assert_eq!(
        two_sum.test_case_runners,
        PerLanguage::Single(
            "import sys\n==Code Submission==\nprint(Solution().twoSum([2, 7], 9))\n".into()
        )
    );
    assert!(matches!(&two_sum.code_prompt, Some(PerLanguage::Single(c)) if c.contains("twoSum")));
    assert!(two_sum.test_case_generator.is_some());
    assert_eq!(two_sum.test_cases.len(), 2);
    assert_eq!(two_sum.test_cases[1].input, "3 3\n6\n");
    assert_eq!(two_sum.solutions.len(), 3);
    let [accepted, failed, slow] = &two_sum.solutions[..] else {
        panic!("three solutions")
    };
    assert_eq!(accepted.status.as_deref(), Some("Accepted"));
    assert_eq!(
        (
            accepted.passed,
            accepted.time,
            accepted.memory,
            accepted.integral
        ),
        (Some(true), Some(12.5), Some(9000.0), Some(112500.0))
    );
    assert_eq!(
        (
            failed.passed,
            failed.time,
            failed.memory,
            failed.integral,
            &failed.status
        ),
        (Some(false), None, None, None, &None)
    );
    assert_eq!(slow.time, Some(30.0));

    let add = &problems[1];
    assert!(add.tags.is_empty() && add.code_prompt.is_none() && add.test_case_generator.is_none());
    assert!(add.solutions.is_empty());
    assert_eq!(add.test_cases.len(), 1);

    if let Some(stairs) = problems.get(2) {
        assert_eq!(stairs.title, "Climbing Stairs");
        assert_eq!(stairs.difficulty, "", "a null difficulty reads as empty");
        assert!(stairs.solutions.is_empty(), "null solutions read as none");
        assert_eq!(stairs.test_cases.len(), 3);
    }
}

/// The `multi` rows: text ids, runners and prompts as maps with null entries dropped.
fn assert_multi_rows(problems: &[Problem], prompts: bool) {
    assert_eq!(problems.len(), 2);
    let first = &problems[0];
    assert_eq!(first.problem_id, ProblemId::Text("lc-0001".into()));
    let PerLanguage::ByLanguage(runners) = &first.test_case_runners else {
        panic!("runners by language")
    };
    assert_eq!(runners.keys().collect::<Vec<_>>(), ["cpp", "python3"]);
    assert!(runners["cpp"].contains("#include <cstdio>"));
    if prompts {
        assert_eq!(
            first.code_prompt,
            Some(by_language(&[
                ("cpp", "class Solution {};\n"),
                ("python3", "class Solution: ...\n")
            ]))
        );
    }
    assert_eq!(first.solutions.len(), 2);
    assert_eq!(
        (
            first.solutions[1].passed,
            first.solutions[1].memory,
            first.solutions[1].time
        ),
        (None, Some(1.0), None)
    );
    let second = &problems[1];
    assert_eq!(
        second.test_case_runners,
        by_language(&[("golang", "package main\n==Code Submission==\n")])
    );
    assert_eq!(second.code_prompt, None);
    assert_eq!(second.test_cases.len(), 2);
    assert_eq!(second.tags, Vec::<String>::new());
}

#[test]
fn a_repository_with_a_dataset_card_follows_its_configs() {
    let repo = fixtures().join("repo_yaml");
    let dataset = load_all(&repo);
    assert_eq!(dataset.source, repo);
    assert_eq!(
        layout(&dataset),
        [
            "python/train: 1 2 3",
            "python/test: 4",
            "multi/train: lc-0001 lc-0002",
            "python_test_only/train: 4",
        ]
    );
    assert_python_rows(&dataset.splits[0].problems);
    assert_eq!(dataset.splits[1].problems[0].title, "Valid Parentheses");
    assert_eq!(dataset.splits[1].problems[0].test_cases.len(), 4);
    assert_multi_rows(&dataset.splits[2].problems, true);
    assert_eq!(dataset.problems().count(), 7);
}

#[test]
fn options_pick_a_config_a_split_and_a_limit() {
    let repo = fixtures().join("repo_yaml");
    let options = LoadOptions {
        config: Some("python".into()),
        split: Some("test".into()),
        limit: None,
    };
    assert_eq!(layout(&load(&repo, &options).unwrap()), ["python/test: 4"]);

    let options = LoadOptions {
        split: Some("train".into()),
        limit: Some(2),
        ..LoadOptions::default()
    };
    let dataset = load(&repo, &options).unwrap();
    assert_eq!(
        layout(&dataset),
        [
            "python/train: 1 2",
            "multi/train: lc-0001 lc-0002",
            "python_test_only/train: 4"
        ]
    );
    assert!(dataset.split("python", "train").is_some());

    let options = LoadOptions {
        config: Some("java".into()),
        ..LoadOptions::default()
    };
    let err = load(&repo, &options).unwrap_err();
    assert!(matches!(err, LoadError::UnknownConfig { .. }));
    assert!(
        err.to_string()
            .ends_with("no configuration `java`; it has python, multi, python_test_only"),
        "{err}"
    );

    let options = LoadOptions {
        config: Some("multi".into()),
        split: Some("test".into()),
        ..LoadOptions::default()
    };
    let err = load(&repo, &options).unwrap_err().to_string();
    assert!(
        err.ends_with("no split `test`; it has multi/train"),
        "{err}"
    );
}

#[test]
fn a_repository_without_a_card_is_read_from_file_names() {
    let dataset = load_all(&fixtures().join("repo_names"));
    assert_eq!(
        layout(&dataset),
        [
            "multi/train: lc-0001 lc-0002",
            "python/train: 1 2 3",
            "python/test: 4"
        ]
    );
    assert_python_rows(&dataset.splits[1].problems);
    assert_multi_rows(&dataset.splits[0].problems, true);
}

#[test]
fn the_data_folder_is_the_default_config() {
    let dataset = load_all(&fixtures().join("repo_default"));
    assert_eq!(
        layout(&dataset),
        ["default/train: 1 2 3", "default/test: 4"]
    );
    assert_python_rows(&dataset.splits[0].problems);
}

#[test]
fn the_hub_cache_is_read_through_refs_main_and_blob_links() {
    let cache = fixtures().join("hub");
    let repo = cache.join("datasets--org--venus");
    let main = repo.join("snapshots/aaaaaaaa0123456789abcdef0123456789abcdef");
    let expected = [
        "python/train: 1 2 3",
        "python/test: 4",
        "multi/train: lc-0001 lc-0002",
        "python_test_only/train: 4",
    ];
    for entry in [&cache, &repo, &repo.join("snapshots"), &main] {
        let dataset = load_all(entry);
        assert_eq!(layout(&dataset), expected, "from {}", entry.display());
        assert_python_rows(&dataset.splits[0].problems);
        // The multi shard stores runners as an Arrow map<string, string>.
        assert_multi_rows(&dataset.splits[2].problems, false);
    }
    assert!(
        std::fs::symlink_metadata(main.join("python/test-00000-of-00001.parquet"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    // The newer snapshot, not named by refs/main, is still readable when asked for.
    let stale = repo.join("snapshots/bbbbbbbb0123456789abcdef0123456789abcdef");
    assert_eq!(layout(&load_all(&stale)), ["python/train: 4"]);
}

#[test]
fn save_to_disk_folders_are_read_from_their_arrow_streams() {
    let dataset = load_all(&fixtures().join("saved_dict"));
    assert_eq!(
        layout(&dataset),
        ["default/train: 1 2 3", "default/test: 4"]
    );
    assert_python_rows(&dataset.splits[0].problems);

    let single = load_all(&fixtures().join("saved_single"));
    assert_eq!(layout(&single), ["default/train: lc-0001 lc-0002"]);
    assert_multi_rows(&single.splits[0].problems, true);
}

#[test]
fn files_from_to_json_and_to_parquet_are_read() {
    let jsonl = load_all(&fixtures().join("venus.jsonl"));
    assert_eq!(layout(&jsonl), ["default/train: 1 2 3 4"]);
    assert_python_rows(&jsonl.splits[0].problems);

    let json = load_all(&fixtures().join("venus.json"));
    assert_eq!(json.splits, jsonl.splits);

    let parquet = load_all(&fixtures().join("venus.parquet"));
    assert_eq!(layout(&parquet), ["default/train: lc-0001 lc-0002"]);
    assert_multi_rows(&parquet.splits[0].problems, true);

    let map = load_all(&fixtures().join("venus_map.parquet"));
    assert_multi_rows(&map.splits[0].problems, false);
    assert_eq!(
        map.splits[0].problems[0].test_case_runners,
        parquet.splits[0].problems[0].test_case_runners
    );

    let limited = load(
        &fixtures().join("venus.jsonl"),
        &LoadOptions {
            limit: Some(1),
            ..LoadOptions::default()
        },
    )
    .unwrap();
    assert_eq!(layout(&limited), ["default/train: 1"]);
}

#[test]
fn a_bad_record_in_a_real_shard_names_the_file_and_the_row() {
    let dir = tempfile::tempdir().unwrap();
    let mut problems = load_all(&fixtures().join("venus.jsonl"))
        .splits
        .remove(0)
        .problems;
    problems[2].test_case_runners = PerLanguage::Single("print(1)\n".into());
    let path = dir.path().join("bad.parquet");
    write::parquet(&path, &problems).unwrap();
    let err = load(&path, &LoadOptions::default())
        .unwrap_err()
        .to_string();
    assert!(err.starts_with(&path.display().to_string()), "{err}");
    assert!(
        err.contains("record row 2 (problem_id 3): test_case_runners"),
        "{err}"
    );
}

/// Writes `problems` with both writers, loads them back, and returns the two paths.
fn round_trip(problems: &[Problem], dir: &Path, name: &str) -> (PathBuf, PathBuf) {
    let jsonl = dir.join(format!("{name}.jsonl"));
    let parquet = dir.join(format!("{name}.parquet"));
    write::jsonl(&jsonl, problems).unwrap();
    write::parquet(&parquet, problems).unwrap();
    for path in [&jsonl, &parquet] {
        let back = load_all(path);
        assert_eq!(back.splits.len(), 1);
        assert_eq!(
            back.splits[0].problems,
            problems,
            "round trip through {}",
            path.display()
        );
    }
    (jsonl, parquet)
}

#[test]
fn written_files_load_back_equal_and_python_reads_them() {
    let dir = tempfile::tempdir().unwrap();
    let python_rows = load_all(&fixtures().join("venus.jsonl"))
        .splits
        .remove(0)
        .problems;
    let multi_rows = load_all(&fixtures().join("venus.parquet"))
        .splits
        .remove(0)
        .problems;
    let (jsonl, parquet) = round_trip(&python_rows, dir.path(), "python");
    round_trip(&multi_rows, dir.path(), "multi");

    let summary: Value =
        serde_json::from_str(&python(&["check-parquet", parquet.to_str().unwrap()])).unwrap();
    assert_eq!(summary["num_rows"], 4);
    assert_eq!(summary["pyarrow_num_rows"], 4);
    assert_eq!(summary["first_problem_id"], 1);
    assert_eq!(summary["solutions_row0"], 3);
    assert_eq!(summary["test_cases_row0_is_string"], true);
    assert_eq!(summary["first_solution_row0"]["status"], "Accepted");
    assert_eq!(summary["first_solution_row0"]["time"], 12.5);
    let columns: Vec<&str> = summary["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(
        columns,
        [
            "problem_id",
            "title",
            "question_content",
            "difficulty",
            "tags",
            "code_prompt",
            "test_case_generator",
            "test_case_evaluator",
            "test_case_runners",
            "test_cases",
            "solutions",
            "comparator",
            "time_limit_ms",
            // How the solutions were measured, as JSON text (null when not recorded).
            "measured_with"
        ]
    );
    let types = &summary["pyarrow_types"];
    assert_eq!(types["measured_with"], "string");
    assert_eq!(types["problem_id"], "int64");
    assert_eq!(types["test_cases"], "string");
    assert_eq!(types["test_case_runners"], "string");
    assert_eq!(types["time_limit_ms"], "int64");
    assert_eq!(types["tags"], "list<item: string>");
    assert_eq!(
        types["solutions"],
        "list<item: struct<code: string, passed: bool, time: double, memory: double, \
         integral: double, status: string, language: string, expected: string, name: string>>"
    );

    let multi = dir.path().join("multi.parquet");
    let summary: Value =
        serde_json::from_str(&python(&["check-parquet", multi.to_str().unwrap()])).unwrap();
    assert_eq!(summary["num_rows"], 2);
    assert_eq!(summary["first_problem_id"], "lc-0001");
    assert_eq!(summary["solutions_row0"], 2);
    assert_eq!(summary["pyarrow_types"]["problem_id"], "string");
    assert_eq!(
        summary["pyarrow_types"]["test_case_runners"],
        "struct<cpp: string, golang: string, python3: string>"
    );
    assert_eq!(
        summary["pyarrow_types"]["code_prompt"],
        "struct<cpp: string, python3: string>"
    );

    let summary: Value =
        serde_json::from_str(&python(&["check-jsonl", jsonl.to_str().unwrap()])).unwrap();
    assert_eq!(summary["num_rows"], 4);
    assert_eq!(summary["first_problem_id"], 1);
    assert_eq!(summary["solutions_row0"], 3);
    assert_eq!(summary["test_cases_row0_is_string"], true);
}
