//! Turning a dataset into the loop's tasks: the chosen problems, their solutions in the
//! run's language (the human distribution the scores compare with), and each problem's
//! first version when it is given rather than written by the model.

use std::collections::BTreeMap;
use std::path::Path;

use afterburner_litmus::score::Reference;
use afterburner_monolith::Language;
use afterburner_venus::Problem;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::engine::Task;
use crate::settings::Start;

/// A dataset or start file that cannot make the asked-for tasks.
#[derive(Debug, thiserror::Error)]
pub enum TaskError {
    /// `--problems` names problems the dataset does not have.
    #[error("the dataset has no problem {}", .0.join(", "))]
    UnknownProblems(Vec<String>),
    /// Nothing left to run.
    #[error("no problems selected (the dataset has {available})")]
    Empty {
        /// How many the dataset has.
        available: usize,
    },
    /// A problem has no runner in the language.
    #[error("problem {problem_id} cannot be judged in {language}: it has runners for {available}; choose one of those with --language")]
    NoRunner {
        /// The problem.
        problem_id: String,
        /// The language asked for.
        language: Language,
        /// The languages it has runners for.
        available: String,
    },
    /// The human solutions were never measured, so there is nothing to score against.
    #[error("problem {problem_id} has no measured {language} solutions to compare with; measure the dataset first: `afterburner distribution --dataset {dataset} --out measured.jsonl`, then optimize on measured.jsonl")]
    NotMeasured {
        /// The problem.
        problem_id: String,
        /// The language.
        language: Language,
        /// The dataset as named.
        dataset: String,
    },
    /// `--start reference` on a problem without solutions in the language.
    #[error("problem {problem_id} has no {language} solution to start from; use --start none")]
    NoReferenceToStartFrom {
        /// The problem.
        problem_id: String,
        /// The language.
        language: Language,
    },
    /// The start file is unreadable or malformed.
    #[error("start file {path}: {message}")]
    StartFile {
        /// The file.
        path: String,
        /// What is wrong, with the line.
        message: String,
    },
}

/// The problems named by `ids` (in that order), else the first `limit` (all when
/// `None`).
pub fn select(
    problems: Vec<Problem>,
    ids: &[String],
    limit: Option<usize>,
) -> Result<Vec<Problem>, TaskError> {
    let available = problems.len();
    let chosen: Vec<Problem> = if ids.is_empty() {
        problems
            .into_iter()
            .take(limit.unwrap_or(usize::MAX))
            .collect()
    } else {
        let unknown: Vec<String> = ids
            .iter()
            .filter(|id| !problems.iter().any(|p| p.problem_id.matches(id)))
            .cloned()
            .collect();
        if !unknown.is_empty() {
            return Err(TaskError::UnknownProblems(unknown));
        }
        ids.iter()
            .filter_map(|id| problems.iter().find(|p| p.problem_id.matches(id)).cloned())
            .take(limit.unwrap_or(usize::MAX))
            .collect()
    };
    if chosen.is_empty() {
        return Err(TaskError::Empty { available });
    }
    Ok(chosen)
}

/// Keeps only the solutions in `language` and checks the problem can be judged in it.
pub fn in_language(mut problem: Problem, language: Language) -> Result<Problem, TaskError> {
    check_runner(&problem, language)?;
    problem.solutions.retain(|s| s.language() == language);
    Ok(problem)
}

/// Checks `problem` can be judged in `language`.
pub fn check_runner(problem: &Problem, language: Language) -> Result<(), TaskError> {
    if problem.test_case_runners.get(language).is_none() {
        let available: Vec<&str> = problem
            .test_case_runners
            .languages()
            .iter()
            .map(|l| l.name())
            .collect();
        return Err(TaskError::NoRunner {
            problem_id: problem.problem_id.to_string(),
            language,
            available: available.join(", "),
        });
    }
    Ok(())
}

/// The tasks: each problem with its reference distribution (which must not be empty)
/// and its first version as `start` says (`file_starts` read by [`read_start_file`]).
pub fn tasks(
    problems: Vec<Problem>,
    language: Language,
    start: &Start,
    file_starts: &BTreeMap<String, String>,
    seed: u64,
    dataset: &str,
) -> Result<Vec<Task>, TaskError> {
    problems
        .into_iter()
        .map(|problem| {
            let problem = in_language(problem, language)?;
            let problem_id = problem.problem_id.to_string();
            let reference = Reference::of(&problem, language);
            if reference.is_empty() {
                return Err(TaskError::NotMeasured {
                    problem_id,
                    language,
                    dataset: dataset.to_string(),
                });
            }
            let start = match start {
                Start::None => None,
                Start::Reference => {
                    if problem.solutions.is_empty() {
                        return Err(TaskError::NoReferenceToStartFrom {
                            problem_id,
                            language,
                        });
                    }
                    let pick = seeded_index(seed, &problem_id, problem.solutions.len());
                    Some(problem.solutions[pick].code.clone())
                }
                Start::File { path, .. } => {
                    Some(file_starts.get(&problem_id).cloned().ok_or_else(|| {
                        TaskError::StartFile {
                            path: path.clone(),
                            message: format!("no line for problem {problem_id}"),
                        }
                    })?)
                }
            };
            Ok(Task {
                problem,
                reference,
                start,
            })
        })
        .collect()
}

/// A reproducible choice of one of `n` for a problem: the same seed picks the same
/// solution whatever else is in the run.
pub fn seeded_index(seed: u64, problem_id: &str, n: usize) -> usize {
    (seeded_rank(seed, problem_id) % n as u64) as usize
}

/// A number that orders `key` reproducibly under `seed`, whatever else is ordered with it.
pub fn seeded_rank(seed: u64, key: &str) -> u64 {
    let digest = Sha256::new()
        .chain_update(seed.to_le_bytes())
        .chain_update(key.as_bytes())
        .finalize();
    u64::from_le_bytes(digest[..8].try_into().expect("8 bytes"))
}

#[derive(Deserialize)]
struct StartLine {
    problem_id: serde_json::Value,
    code: String,
    #[serde(default)]
    language: Option<String>,
}

/// Reads `{problem_id, code, language}` lines; lines in another language than the
/// run's are an error (they would be judged in the wrong language).
pub fn read_start_file(
    path: &Path,
    language: Language,
) -> Result<BTreeMap<String, String>, TaskError> {
    let error = |message: String| TaskError::StartFile {
        path: path.display().to_string(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|e| error(e.to_string()))?;
    let mut starts = BTreeMap::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let line: StartLine = serde_json::from_str(line).map_err(|e| {
            error(format!(
                "line {}: expected {{problem_id, code, language}}: {e}",
                n + 1
            ))
        })?;
        if let Some(name) = &line.language {
            let theirs: Language = name
                .parse()
                .map_err(|e| error(format!("line {}: {e}", n + 1)))?;
            if theirs != language {
                return Err(error(format!(
                    "line {} is {theirs} code but the run is in {language} (--language)",
                    n + 1
                )));
            }
        }
        let id = match line.problem_id {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        };
        starts.insert(id, line.code);
    }
    Ok(starts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seeded_choice_is_stable_and_spreads() {
        assert_eq!(seeded_index(7, "12", 10), seeded_index(7, "12", 10));
        let picks: std::collections::BTreeSet<usize> = (0..50)
            .map(|p| seeded_index(7, &p.to_string(), 10))
            .collect();
        assert!(picks.len() > 5, "{picks:?}");
        let seeds: std::collections::BTreeSet<usize> =
            (0..50).map(|s| seeded_index(s, "12", 10)).collect();
        assert!(seeds.len() > 5);
    }

    #[test]
    fn a_start_file_in_another_language_or_malformed_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("starts.jsonl");
        std::fs::write(
            &path,
            "{\"problem_id\": 3, \"code\": \"x\", \"language\": \"cpp\"}\n",
        )
        .unwrap();
        let err = read_start_file(&path, Language::Python)
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 1 is cpp code"), "{err}");
        std::fs::write(&path, "{\"problem_id\": 3, \"code\": \"x\"}\n\nnot json\n").unwrap();
        let err = read_start_file(&path, Language::Python)
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 3"), "{err}");
        std::fs::write(&path, "{\"problem_id\": 3, \"code\": \"x\"}\n").unwrap();
        assert_eq!(read_start_file(&path, Language::Python).unwrap()["3"], "x");
    }
}
