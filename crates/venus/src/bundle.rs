//! Problem sets kept as source folders (the bundled set under `data/`): reading them,
//! generating their cases and building Venus records from them.
//!
//! A set is a folder with `problems/<slug>/` folders laid out as `data/afterburner/FORMAT.md`
//! describes. Building runs each generator (twice, to prove it deterministic) and the
//! reference solution in the sandbox; the records are written beside the sources.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use afterburner_monolith::runner::{RunRequest, Runner};
use afterburner_monolith::{Language, Status};
use serde::Deserialize;

use crate::harness::capture_outputs;
use crate::record::{Comparator, PerLanguage, Problem, ProblemId, Solution, TestCase, Verdict};

/// The file a built set's records are written to, inside the set's folder.
pub const BUILT_FILE: &str = "afterburner.jsonl";

/// Most bytes a generator (or the reference, for outputs) may print: large cases near
/// the constraints are big.
pub const GENERATED_BYTES: u64 = 256 * 1024 * 1024;

/// Whether `dir` is a source set (it has a `problems/` folder).
pub fn is_source_set(dir: &Path) -> bool {
    dir.join("problems").is_dir()
}

/// A problem of a source set that cannot be read or built.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    /// A file could not be read.
    #[error("{path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// `problem.json` does not fit its schema.
    #[error("{path}: {message}")]
    Meta {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The generator or the reference failed.
    #[error("problem {slug}: {message}")]
    Build {
        /// The problem's folder name.
        slug: String,
        /// What failed.
        message: String,
    },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    problem_id: i64,
    title: String,
    difficulty: String,
    tags: Vec<String>,
    seed: u64,
    time_limit_ms: u64,
    #[serde(default)]
    comparator: Option<Comparator>,
    solutions: Vec<MetaSolution>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaSolution {
    file: String,
    expected: Verdict,
}

/// One problem as its source folder holds it.
#[derive(Debug, Clone)]
pub struct SourceProblem {
    /// The folder name.
    pub slug: String,
    meta: Meta,
    statement: String,
    starters: BTreeMap<Language, String>,
    runners: BTreeMap<Language, String>,
    evaluator: String,
    generator: String,
    solutions: Vec<Solution>,
}

fn read(path: &Path) -> Result<String, BundleError> {
    fs::read_to_string(path).map_err(|source| BundleError::Read {
        path: path.to_path_buf(),
        source,
    })
}

const EXTENSIONS: [(Language, &str); 6] = [
    (Language::Python, "py"),
    (Language::Cpp, "cpp"),
    (Language::Java, "java"),
    (Language::JavaScript, "js"),
    (Language::Go, "go"),
    (Language::Rust, "rs"),
];

/// Reads `<prefix>.<ext>` for every language that has one.
fn per_language(dir: &Path, prefix: &str) -> Result<BTreeMap<Language, String>, BundleError> {
    let mut found = BTreeMap::new();
    for (language, ext) in EXTENSIONS {
        let path = dir.join(format!("{prefix}.{ext}"));
        if path.exists() {
            found.insert(language, read(&path)?);
        }
    }
    Ok(found)
}

impl SourceProblem {
    /// The problem id its `problem.json` gives.
    pub fn problem_id(&self) -> i64 {
        self.meta.problem_id
    }

    /// Reads one problem folder.
    pub fn read(dir: &Path) -> Result<SourceProblem, BundleError> {
        let slug = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let meta_path = dir.join("problem.json");
        let meta: Meta =
            serde_json::from_str(&read(&meta_path)?).map_err(|e| BundleError::Meta {
                path: meta_path.clone(),
                message: e.to_string(),
            })?;
        let mut solutions = Vec::new();
        for entry in &meta.solutions {
            let path = dir.join(&entry.file);
            let language = Language::from_path(&path).ok_or_else(|| BundleError::Meta {
                path: meta_path.clone(),
                message: format!("cannot tell the language of {}", entry.file),
            })?;
            solutions.push(Solution {
                code: read(&path)?,
                passed: None,
                time: None,
                memory: None,
                integral: None,
                status: None,
                language: Some(language),
                expected: Some(entry.expected),
                name: Some(entry.file.clone()),
            });
        }
        let runners = per_language(dir, "runner")?;
        for solution in &solutions {
            if !runners.contains_key(&solution.language()) {
                return Err(BundleError::Meta {
                    path: meta_path.clone(),
                    message: format!(
                        "{} is {} but there is no runner.{}",
                        solution.name.as_deref().unwrap_or("a solution"),
                        solution.language(),
                        EXTENSIONS
                            .iter()
                            .find(|(l, _)| *l == solution.language())
                            .map_or("", |(_, e)| e)
                    ),
                });
            }
        }
        Ok(SourceProblem {
            statement: read(&dir.join("statement.md"))?,
            starters: per_language(dir, "starter")?,
            runners,
            evaluator: read(&dir.join("evaluator.py"))?,
            generator: read(&dir.join("generator.py"))?,
            solutions,
            meta,
            slug,
        })
    }

    /// The Venus record without cases (they come from [`build`]).
    fn record(&self, cases: Vec<TestCase>) -> Problem {
        let by_key = |map: &BTreeMap<Language, String>| -> PerLanguage {
            if map.len() == 1 && map.contains_key(&Language::Python) {
                PerLanguage::Single(map[&Language::Python].clone())
            } else {
                PerLanguage::ByLanguage(
                    map.iter()
                        .map(|(l, code)| (PerLanguage::key(*l).to_string(), code.clone()))
                        .collect(),
                )
            }
        };
        Problem {
            problem_id: ProblemId::Int(self.meta.problem_id),
            title: self.meta.title.clone(),
            question_content: self.statement.clone(),
            difficulty: self.meta.difficulty.clone(),
            tags: self.meta.tags.clone(),
            code_prompt: (!self.starters.is_empty()).then(|| by_key(&self.starters)),
            test_case_generator: Some(self.generator.clone()),
            test_case_evaluator: self.evaluator.clone(),
            test_case_runners: by_key(&self.runners),
            test_cases: cases,
            solutions: self.solutions.clone(),
            comparator: self.meta.comparator,
            time_limit_ms: Some(self.meta.time_limit_ms),
            measured_with: None,
        }
    }

    /// The reference: the first Python solution labelled `passed`.
    fn reference(&self) -> Option<&Solution> {
        self.solutions
            .iter()
            .find(|s| s.language() == Language::Python && s.expected == Some(Verdict::Passed))
    }
}

/// Reads every problem folder of a source set, sorted by folder name.
pub fn read_source_set(dir: &Path) -> Result<Vec<SourceProblem>, BundleError> {
    let problems = dir.join("problems");
    let entries = fs::read_dir(&problems).map_err(|source| BundleError::Read {
        path: problems.clone(),
        source,
    })?;
    let mut dirs: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs.iter().map(|d| SourceProblem::read(d)).collect()
}

/// Runs a generator's `generate_inputs(seed)` in the sandbox.
pub fn generate_inputs(runner: &Runner, generator: &str, seed: u64) -> Result<Vec<String>, String> {
    let program = format!(
        "{generator}\n\nimport json as __ab_json, sys as __ab_sys\n__ab_sys.stdout.write(__ab_json.dumps(generate_inputs({seed})))\n"
    );
    let mut request = RunRequest::new(Language::Python, program);
    // Large cases near the constraints can run to many MiB of text.
    request.limits.output_bytes = GENERATED_BYTES;
    let run = runner.run(&request);
    if run.status != Status::Success {
        return Err(format!(
            "the generator failed: {} {}",
            run.reason.unwrap_or_default(),
            run.stderr
        ));
    }
    serde_json::from_str(&run.stdout)
        .map_err(|e| format!("the generator did not return a list of strings: {e}"))
}

/// Builds one problem's record: generates its inputs twice (they must agree) and
/// computes the expected outputs with the reference solution.
pub fn build(runner: &Runner, source: &SourceProblem) -> Result<Problem, BundleError> {
    let fail = |message: String| BundleError::Build {
        slug: source.slug.clone(),
        message,
    };
    let inputs = generate_inputs(runner, &source.generator, source.meta.seed).map_err(fail)?;
    let again = generate_inputs(runner, &source.generator, source.meta.seed).map_err(fail)?;
    if inputs != again {
        return Err(fail(
            "generate_inputs gave different cases for the same seed: it must be deterministic"
                .into(),
        ));
    }
    let reference = source.reference().ok_or_else(|| {
        fail("no Python solution is labelled `passed` to compute the expected outputs".into())
    })?;
    let skeleton = source.record(vec![TestCase {
        input: String::new(),
        output: String::new(),
    }]);
    let outputs = capture_outputs(runner, &skeleton, &reference.code, &inputs).map_err(fail)?;
    let cases = inputs
        .into_iter()
        .zip(outputs)
        .map(|(input, output)| TestCase { input, output })
        .collect();
    let problem = source.record(cases);
    // Round-trip through the schema check so a built record is always a valid one.
    let value = serde_json::to_value(&problem).map_err(|e| fail(e.to_string()))?;
    Problem::from_value(value, &source.slug).map_err(|e| fail(e.to_string()))
}
