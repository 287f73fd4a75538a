//! The Venus record: one problem with everything needed to run and judge a solution,
//! and the solutions measured on it.
//!
//! The public data varies (ids as numbers or strings, runners as one string or a map by
//! language, optional fields missing), so the types accept each variant and write back
//! what they read. Units of measured solution fields: `time` in milliseconds (CPU time
//! of the judged run), `memory` in KiB (peak resident memory), `integral` in KiB·ms.

use std::collections::BTreeMap;
use std::fmt;

use afterburner_monolith::Language;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A problem's identifier: an integer in the public Venus data, a string elsewhere.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ProblemId {
    /// A numeric id.
    Int(i64),
    /// A textual id.
    Text(String),
}

impl fmt::Display for ProblemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemId::Int(n) => write!(f, "{n}"),
            ProblemId::Text(s) => f.write_str(s),
        }
    }
}

impl ProblemId {
    /// Whether this id names the same problem as `text` (as typed by a user).
    pub fn matches(&self, text: &str) -> bool {
        match self {
            ProblemId::Int(n) => text.trim().parse::<i64>() == Ok(*n),
            ProblemId::Text(s) => s == text,
        }
    }
}

/// Code that exists once (Python-only records) or once per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PerLanguage {
    /// One piece of code, for Python.
    Single(String),
    /// Code by language key (`python3`, `cpp`, `java`, `javascript`, `golang`, `rust`).
    ByLanguage(BTreeMap<String, String>),
}

impl PerLanguage {
    /// The code for `language`, if the record has it.
    pub fn get(&self, language: Language) -> Option<&str> {
        match self {
            PerLanguage::Single(code) => (language == Language::Python).then_some(code.as_str()),
            PerLanguage::ByLanguage(map) => map
                .iter()
                .find(|(key, _)| key.parse::<Language>().ok() == Some(language))
                .map(|(_, code)| code.as_str()),
        }
    }

    /// The languages present, in a stable order.
    pub fn languages(&self) -> Vec<Language> {
        match self {
            PerLanguage::Single(_) => vec![Language::Python],
            PerLanguage::ByLanguage(map) => {
                let mut langs: Vec<Language> = map.keys().filter_map(|k| k.parse().ok()).collect();
                langs.sort();
                langs.dedup();
                langs
            }
        }
    }

    /// The key Venus uses for `language` in its maps.
    pub fn key(language: Language) -> &'static str {
        match language {
            Language::Python => "python3",
            Language::Go => "golang",
            other => other.name(),
        }
    }
}

/// One test case: the program's stdin and the expected stdout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestCase {
    /// Standard input of the case.
    pub input: String,
    /// The expected output, judged by the record's evaluator or comparator.
    pub output: String,
}

/// The verdict a solution is labelled with (expected) or got (measured).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every case passed.
    Passed,
    /// Some case produced a wrong (or extra, or badly typed) answer.
    WrongAnswer,
    /// The program crashed or exited non-zero.
    RuntimeError,
    /// The time limit was reached.
    Timeout,
    /// The memory limit was reached.
    MemoryLimit,
    /// The program printed more than allowed.
    OutputLimit,
    /// The solution did not compile.
    CompileError,
    /// The judging machinery failed (not the solution's fault).
    SandboxError,
}

impl Verdict {
    /// The snake_case name.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Passed => "passed",
            Verdict::WrongAnswer => "wrong_answer",
            Verdict::RuntimeError => "runtime_error",
            Verdict::Timeout => "timeout",
            Verdict::MemoryLimit => "memory_limit",
            Verdict::OutputLimit => "output_limit",
            Verdict::CompileError => "compile_error",
            Verdict::SandboxError => "sandbox_error",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One solution of a problem, with what was measured of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Solution {
    /// The source code, as substituted into the runner.
    pub code: String,
    /// Whether it passed every case when measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed: Option<bool>,
    /// Measured time in milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<f64>,
    /// Measured peak memory in KiB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<f64>,
    /// Measured time–memory integral in KiB·ms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integral: Option<f64>,
    /// The measured status, as the source data spells it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The language (absent means Python, as in the public data); any spelling
    /// [`Language`] accepts (`python3`, `golang`, …) is read.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "language_alias"
    )]
    pub language: Option<Language>,
    /// The verdict this solution is expected to get (bundled data).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<Verdict>,
    /// A short name for the solution (bundled data: its file name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Solution {
    /// The solution's language (Python when unspecified).
    pub fn language(&self) -> Language {
        self.language.unwrap_or(Language::Python)
    }
}

/// How the harness compares outputs of non-Python runs, line by line.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Comparator {
    /// Equal after trimming trailing white space.
    Exact,
    /// The same white-space-separated tokens.
    #[default]
    Tokens,
    /// The same tokens, numbers equal within this absolute or relative tolerance.
    Float(f64),
    /// The same tokens in any order.
    SortedTokens,
}

impl fmt::Display for Comparator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Comparator::Exact => f.write_str("exact"),
            Comparator::Tokens => f.write_str("tokens"),
            Comparator::Float(tol) => write!(f, "float:{tol}"),
            Comparator::SortedTokens => f.write_str("sorted_tokens"),
        }
    }
}

impl std::str::FromStr for Comparator {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "exact" => Ok(Comparator::Exact),
            "tokens" => Ok(Comparator::Tokens),
            "sorted_tokens" => Ok(Comparator::SortedTokens),
            other => match other.strip_prefix("float:").map(str::parse::<f64>) {
                Some(Ok(tol)) if tol >= 0.0 => Ok(Comparator::Float(tol)),
                _ => Err(format!(
                    "unknown comparator `{other}`: use exact, tokens, sorted_tokens or float:<tolerance>"
                )),
            },
        }
    }
}

impl Serialize for Comparator {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Comparator {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// One Venus problem.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// Its identifier.
    pub problem_id: ProblemId,
    /// Its title.
    #[serde(default, deserialize_with = "null_as_default")]
    pub title: String,
    /// The statement.
    pub question_content: String,
    /// `Easy`, `Medium` or `Hard` (as the source spells it).
    #[serde(default, deserialize_with = "null_as_default")]
    pub difficulty: String,
    /// Topic tags.
    #[serde(default, deserialize_with = "null_as_default")]
    pub tags: Vec<String>,
    /// Starter code: a string (Python) or a map by language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_prompt: Option<PerLanguage>,
    /// Python source that generates test inputs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_case_generator: Option<String>,
    /// Python source defining `evaluate(expected_output, program_output) -> bool`.
    pub test_case_evaluator: String,
    /// The program around a solution, with a line `==Code Submission==`.
    pub test_case_runners: PerLanguage,
    /// The test cases; stored in the data as a JSON string.
    #[serde(with = "cases_as_json_string")]
    pub test_cases: Vec<TestCase>,
    /// Solutions with their measurements.
    #[serde(default, deserialize_with = "null_as_default")]
    pub solutions: Vec<Solution>,
    /// How non-Python outputs are compared (bundled data; default `tokens`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comparator: Option<Comparator>,
    /// CPU-time limit for one judged run over all cases once, in milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit_ms: Option<u64>,
    /// How the solutions' figures were measured (absent in data measured elsewhere or by
    /// an older version); stored in parquet as a JSON string.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "measured_with_object_or_text"
    )]
    pub measured_with: Option<MeasuredWith>,
}

/// How a problem's solutions were measured: what a candidate must be measured with for
/// its figures to be comparable with theirs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasuredWith {
    /// Judged runs per solution; each stored figure is the median over them.
    pub runs: usize,
    /// How many times each run went through the whole list of cases.
    pub case_multiply: usize,
    /// Memory sampling rate, in Hz.
    pub sample_hz: u32,
    /// How many measurements ran at the same time (cores, or the servers' workers).
    pub cpus: usize,
    /// The measuring CPU as `/proc/cpuinfo` names it (`model name`); absent when not
    /// known (measured on Monolith servers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_model: Option<String>,
    /// The version line of each toolchain found, by language name (`python`, `cpp`,
    /// `java`, `javascript`, `go`, `rust`); empty when not known.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub toolchains: BTreeMap<String, String>,
    /// How runs were isolated, which decides what memory counts: mode, cgroup version
    /// and memory source (`full, cgroup v2, memory from cgroup-members`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub isolation: Option<String>,
    /// The Monolith servers that ran the measurements; empty when this machine did.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub servers: Vec<String>,
    /// How fast the machine ran while this problem's solutions were measured: the
    /// median CPU time, in µs, of Afterburner's fixed calibration program, run alongside
    /// them. Comparing it between two measurements divides the machine's drift out;
    /// absent when not calibrated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibration_us: Option<u64>,
    /// The Afterburner version that measured.
    pub afterburner: String,
    /// When the measurement was written: an RFC 3339 UTC time to the second.
    pub measured_at: String,
}

/// The text a runner line must hold where the solution goes.
pub const SUBMISSION_MARKER: &str = "==Code Submission==";

fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// `measured_with` as an object (JSON) or as the JSON text of one (parquet).
fn measured_with_object_or_text<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<MeasuredWith>, D::Error> {
    let parsed = match Option::<serde_json::Value>::deserialize(d)? {
        None | Some(serde_json::Value::Null) => return Ok(None),
        Some(serde_json::Value::String(text)) => serde_json::from_str(&text),
        Some(value) => serde_json::from_value(value),
    };
    parsed.map(Some).map_err(serde::de::Error::custom)
}

fn language_alias<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Language>, D::Error> {
    Option::<String>::deserialize(d)?
        .map(|name| name.parse::<Language>().map_err(serde::de::Error::custom))
        .transpose()
}

mod cases_as_json_string {
    use super::TestCase;
    use serde::{Deserialize, Deserializer, Serializer};

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Text(String),
        List(Vec<TestCase>),
    }

    pub fn serialize<S: Serializer>(cases: &[TestCase], s: S) -> Result<S::Ok, S::Error> {
        let text = serde_json::to_string(cases).map_err(serde::ser::Error::custom)?;
        s.serialize_str(&text)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<TestCase>, D::Error> {
        match Raw::deserialize(d)? {
            Raw::List(cases) => Ok(cases),
            Raw::Text(text) => serde_json::from_str(&text).map_err(|e| {
                serde::de::Error::custom(format!("not a JSON list of {{input, output}}: {e}"))
            }),
        }
    }
}

/// A record that does not fit the schema.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("record {record}{id}: {field}: {message}", id = problem_id.as_ref().map(|id| format!(" (problem_id {id})")).unwrap_or_default())]
pub struct RecordError {
    /// Where the record is (a line number, a row, or an index).
    pub record: String,
    /// Its problem id, if one could be read.
    pub problem_id: Option<String>,
    /// The field at fault (a path such as `solutions[3].code`), or `.` for the record.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl Problem {
    /// Reads one record from a JSON value; `record` says where it came from (for errors).
    pub fn from_value(value: serde_json::Value, record: &str) -> Result<Problem, RecordError> {
        let problem_id = value.get("problem_id").map(|id| match id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        });
        let problem: Problem = serde_path_to_error::deserialize(value).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner().to_string();
            // serde names a missing field in the message, not the path.
            let (field, message) = match inner.strip_prefix("missing field `") {
                Some(rest) => {
                    let name = rest.trim_end_matches('`');
                    let field = if path == "." {
                        name.to_string()
                    } else {
                        format!("{path}.{name}")
                    };
                    (field, "missing (it is required)".to_string())
                }
                None => (path, inner),
            };
            RecordError {
                record: record.to_string(),
                problem_id: problem_id.clone(),
                field,
                message,
            }
        })?;
        problem.check(record)?;
        Ok(problem)
    }

    /// Checks what the types cannot: runners hold the marker, cases exist.
    fn check(&self, record: &str) -> Result<(), RecordError> {
        let fail = |field: &str, message: String| RecordError {
            record: record.to_string(),
            problem_id: Some(self.problem_id.to_string()),
            field: field.to_string(),
            message,
        };
        for language in self.test_case_runners.languages() {
            let runner = self.test_case_runners.get(language).unwrap_or_default();
            if !runner.lines().any(|line| line.trim() == SUBMISSION_MARKER) {
                return Err(fail(
                    "test_case_runners",
                    format!("the {language} runner has no line `{SUBMISSION_MARKER}`"),
                ));
            }
        }
        if self.test_cases.is_empty() {
            return Err(fail("test_cases", "no test cases".into()));
        }
        if !self.test_case_evaluator.contains("def evaluate") {
            return Err(fail(
                "test_case_evaluator",
                "defines no `evaluate` function".into(),
            ));
        }
        Ok(())
    }

    /// The languages this problem can judge (those with a runner).
    pub fn languages(&self) -> Vec<Language> {
        self.test_case_runners.languages()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn minimal() -> serde_json::Value {
        json!({
            "problem_id": 7,
            "title": "Sum",
            "question_content": "Add two numbers.",
            "difficulty": "Easy",
            "tags": ["math"],
            "code_prompt": "class Solution:\n    def add(self, a, b): ...",
            "test_case_evaluator": "def evaluate(expected_output, program_output):\n    return expected_output.split() == program_output.split()\n",
            "test_case_runners": "a, b = map(int, input().split())\n==Code Submission==\nprint(Solution().add(a, b))\n",
            "test_cases": "[{\"input\": \"1 2\\n\", \"output\": \"3\\n\"}]",
            "solutions": [{"code": "class Solution:\n    def add(self, a, b): return a + b\n", "passed": true, "time": 10.5, "memory": 9000, "integral": 1e5}]
        })
    }

    #[test]
    fn a_public_style_record_round_trips() {
        let problem = Problem::from_value(minimal(), "line 1").unwrap();
        assert_eq!(problem.problem_id, ProblemId::Int(7));
        assert_eq!(problem.test_cases[0].output, "3\n");
        assert_eq!(problem.languages(), vec![Language::Python]);
        let back = serde_json::to_value(&problem).unwrap();
        let cases = |v: &serde_json::Value| {
            serde_json::from_str::<serde_json::Value>(v.as_str().unwrap()).unwrap()
        };
        assert_eq!(cases(&back["test_cases"]), cases(&minimal()["test_cases"]));
        assert_eq!(back["problem_id"], 7);
        assert_eq!(Problem::from_value(back, "again").unwrap(), problem);
    }

    #[test]
    fn variations_are_accepted() {
        let mut v = minimal();
        v["problem_id"] = json!("two-sum");
        v["test_case_runners"] = json!({"python3": "==Code Submission==\n", "cpp": "==Code Submission==\nint main(){}", "golang": "==Code Submission==\n"});
        v["tags"] = serde_json::Value::Null;
        v["difficulty"] = serde_json::Value::Null;
        v["solutions"][0]["language"] = json!("golang");
        v.as_object_mut().unwrap().remove("title");
        v.as_object_mut().unwrap().remove("code_prompt");
        let problem = Problem::from_value(v, "row 3").unwrap();
        assert!(problem.problem_id.matches("two-sum"));
        assert_eq!(
            problem.languages(),
            vec![Language::Python, Language::Cpp, Language::Go]
        );
        assert!(problem.tags.is_empty() && problem.difficulty.is_empty());
        assert_eq!(problem.solutions[0].language(), Language::Go);
    }

    #[test]
    fn errors_name_the_record_and_the_field() {
        let mut v = minimal();
        v.as_object_mut().unwrap().remove("test_case_evaluator");
        let err = Problem::from_value(v, "line 4").unwrap_err().to_string();
        assert_eq!(
            err,
            "record line 4 (problem_id 7): test_case_evaluator: missing (it is required)"
        );

        let mut v = minimal();
        v["solutions"][0]["code"] = json!(12);
        let err = Problem::from_value(v, "line 5").unwrap_err();
        assert_eq!(err.field, "solutions[0].code");

        let mut v = minimal();
        v["test_cases"] = json!("not json");
        let err = Problem::from_value(v, "line 6").unwrap_err();
        assert_eq!(err.field, "test_cases");

        let mut v = minimal();
        v["test_case_runners"] = json!("print(1)");
        let err = Problem::from_value(v, "line 7").unwrap_err().to_string();
        assert!(err.contains("==Code Submission=="), "{err}");
    }

    #[test]
    fn measured_with_reads_as_an_object_or_as_json_text_and_is_omitted_when_absent() {
        let settings = json!({
            "runs": 16, "case_multiply": 4, "sample_hz": 20000, "cpus": 2,
            "cpu_model": "AMD EPYC 7B13", "toolchains": {"python": "Python 3.11.2"},
            "afterburner": "0.1.0", "measured_at": "2025-03-04T05:06:07Z",
            "added_by_a_later_version": true
        });
        let mut v = minimal();
        v["measured_with"] = settings.clone();
        let from_object = Problem::from_value(v, "line 1").unwrap();
        let m = from_object.measured_with.clone().unwrap();
        assert_eq!(
            (m.runs, m.case_multiply, m.sample_hz, m.cpus),
            (16, 4, 20_000, 2)
        );
        assert_eq!(m.toolchains["python"], "Python 3.11.2");
        assert!(m.servers.is_empty() && m.isolation.is_none());

        let mut v = minimal();
        v["measured_with"] = json!(settings.to_string());
        assert_eq!(Problem::from_value(v, "row 0").unwrap(), from_object);

        let back = serde_json::to_value(&from_object).unwrap();
        assert_eq!(back["measured_with"]["case_multiply"], 4);
        let plain = Problem::from_value(minimal(), "line 2").unwrap();
        assert_eq!(plain.measured_with, None);
        assert!(serde_json::to_value(&plain)
            .unwrap()
            .get("measured_with")
            .is_none());

        let mut v = minimal();
        v["measured_with"] = json!({"runs": 16});
        let err = Problem::from_value(v, "line 3").unwrap_err();
        assert_eq!(err.field, "measured_with.case_multiply", "{err}");
    }

    #[test]
    fn comparators_parse_and_print() {
        for text in ["exact", "tokens", "sorted_tokens", "float:0.000001"] {
            let c: Comparator = text.parse().unwrap();
            assert_eq!(c.to_string().parse::<Comparator>().unwrap(), c);
        }
        assert!("float:-1".parse::<Comparator>().is_err());
        assert!("fuzzy".parse::<Comparator>().unwrap_err().contains("fuzzy"));
    }
}
