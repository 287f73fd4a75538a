//! Counts that describe a set of problems: by difficulty, topic and language.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::record::Problem;

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
