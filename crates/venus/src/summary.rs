//! Counts that describe a set of problems: by difficulty, topic and language.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::record::{Problem, Solution, Verdict};

/// What `afterburner dataset info` reports.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DatasetSummary {
    /// Number of problems.
    pub problems: usize,
    /// Number of solutions over all problems.
    pub solutions: usize,
    /// Number of test cases over all problems.
    pub test_cases: usize,
    /// Problems per difficulty.
    pub by_difficulty: BTreeMap<String, usize>,
    /// Problems per topic tag.
    pub by_topic: BTreeMap<String, usize>,
    /// Problems that can be judged in each language (they have a runner for it).
    pub problems_by_language: BTreeMap<String, usize>,
    /// Solutions per language.
    pub solutions_by_language: BTreeMap<String, usize>,
    /// Solutions per expected verdict (labelled data only).
    pub solutions_by_label: BTreeMap<String, usize>,
    /// Correct solutions per language: labelled `passed`, or measured passing in
    /// unlabelled data. These make up each language's reference distribution.
    pub correct_by_language: BTreeMap<String, usize>,
    /// Per language, the fewest correct solutions any problem judgeable in it has (the
    /// thinnest reference distribution of that language).
    pub fewest_correct_by_language: BTreeMap<String, usize>,
}

/// Whether `solution` is correct: by its label where it has one, else as measured.
fn is_correct(solution: &Solution) -> bool {
    match solution.expected {
        Some(label) => label == Verdict::Passed,
        None => solution.passed == Some(true),
    }
}

/// Counts `problems`.
pub fn summarize(problems: &[Problem]) -> DatasetSummary {
    let mut s = DatasetSummary {
        problems: problems.len(),
        ..DatasetSummary::default()
    };
    for p in problems {
        s.solutions += p.solutions.len();
        s.test_cases += p.test_cases.len();
        let difficulty = if p.difficulty.is_empty() {
            "unknown"
        } else {
            p.difficulty.as_str()
        };
        *s.by_difficulty.entry(difficulty.to_string()).or_default() += 1;
        for tag in &p.tags {
            *s.by_topic.entry(tag.to_lowercase()).or_default() += 1;
        }
        for language in p.languages() {
            *s.problems_by_language
                .entry(language.to_string())
                .or_default() += 1;
        }
        for language in p.languages() {
            let correct = p
                .solutions
                .iter()
                .filter(|solution| solution.language() == language && is_correct(solution))
                .count();
            let fewest = s
                .fewest_correct_by_language
                .entry(language.to_string())
                .or_insert(correct);
            *fewest = (*fewest).min(correct);
            *s.correct_by_language
                .entry(language.to_string())
                .or_default() += correct;
        }
        for solution in &p.solutions {
            *s.solutions_by_language
                .entry(solution.language().to_string())
                .or_default() += 1;
            if let Some(label) = solution.expected {
                *s.solutions_by_label.entry(label.to_string()).or_default() += 1;
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn problem(runners: serde_json::Value, solutions: serde_json::Value) -> Problem {
        Problem::from_value(
            json!({
                "problem_id": 1,
                "question_content": "q",
                "difficulty": "Easy",
                "tags": ["Math"],
                "test_case_evaluator": "def evaluate(e, o):\n    return e == o\n",
                "test_case_runners": runners,
                "test_cases": [{"input": "1", "output": "1"}],
                "solutions": solutions,
            }),
            "test",
        )
        .unwrap()
    }

    #[test]
    fn correct_solutions_are_counted_per_language_by_label_or_measurement() {
        let runner = "==Code Submission==\n";
        let labelled = problem(
            json!({"python3": runner, "cpp": runner}),
            json!([
                {"code": "a", "expected": "passed"},
                {"code": "b", "expected": "passed", "passed": false},
                {"code": "c", "expected": "wrong_answer", "passed": true},
                {"code": "d", "language": "cpp", "expected": "passed"},
            ]),
        );
        let measured = problem(
            json!(runner),
            json!([{"code": "e", "passed": true}, {"code": "f", "passed": false}]),
        );
        let s = summarize(&[labelled, measured]);
        assert_eq!(s.correct_by_language["python"], 3);
        assert_eq!(s.correct_by_language["cpp"], 1);
        assert_eq!(s.fewest_correct_by_language["python"], 1);
        assert_eq!(s.fewest_correct_by_language["cpp"], 1);
        assert_eq!(s.by_topic["math"], 2);
    }
}
