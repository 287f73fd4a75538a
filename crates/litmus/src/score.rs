//! Scoring candidates against reference distributions: Pass@1 and the beyond-percentiles
//! (Time%, Memory%, Integral%), overall and by difficulty and language.

use std::collections::BTreeMap;

use afterburner_monolith::Language;
use afterburner_venus::{Problem, Verdict};
use serde::{Deserialize, Serialize};

use crate::bootstrap::{mean_interval, Estimate};
use crate::percentile::beyond_sorted;

/// Resamples behind every confidence interval.
const RESAMPLES: usize = 2000;

/// The passing reference solutions of one problem in one language, each metric sorted
/// ascending. A candidate is only ever compared with references in its own language: a
/// C++ candidate beats almost every Python solution, which says nothing about it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    /// CPU times in ms.
    pub time: Vec<f64>,
    /// Peak memory in KiB.
    pub memory: Vec<f64>,
    /// Time–memory integrals in KiB·ms.
    pub integral: Vec<f64>,
}

impl Reference {
    /// The measured, passing solutions of `problem` in `language`.
    pub fn of(problem: &Problem, language: Language) -> Reference {
        let passing = problem
            .solutions
            .iter()
            .filter(|s| s.passed == Some(true) && s.language() == language);
        let mut r = Reference::default();
        for s in passing {
            if let (Some(t), Some(m), Some(i)) = (s.time, s.memory, s.integral) {
                r.time.push(t);
                r.memory.push(m);
                r.integral.push(i);
            }
        }
        for v in [&mut r.time, &mut r.memory, &mut r.integral] {
            v.sort_by(f64::total_cmp);
        }
        r
    }

    /// How many passing references there are.
    pub fn len(&self) -> usize {
        self.time.len()
    }

    /// Whether there is no passing reference.
    pub fn is_empty(&self) -> bool {
        self.time.is_empty()
    }
}

/// Reference distributions by problem id and language.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct References {
    by_problem: BTreeMap<(String, String), Reference>,
}

impl References {
    /// The references of every problem in every language it has passing solutions in.
    pub fn of(problems: &[Problem]) -> References {
        let mut by_problem = BTreeMap::new();
        for problem in problems {
            let mut languages: Vec<Language> =
                problem.solutions.iter().map(|s| s.language()).collect();
            languages.sort();
            languages.dedup();
            for language in languages {
                let reference = Reference::of(problem, language);
                if !reference.is_empty() {
                    let key = (problem.problem_id.to_string(), language.to_string());
                    by_problem.insert(key, reference);
                }
            }
        }
        References { by_problem }
    }

    /// The references of problem `problem_id` in `language` (as [`Language`] displays
    /// it), if it has any.
    pub fn get(&self, problem_id: &str, language: &str) -> Option<&Reference> {
        self.by_problem
            .get(&(problem_id.to_string(), language.to_string()))
    }

    /// Adds (or replaces) the references of problem `problem_id` in `language` (as
    /// [`Language`] displays it).
    pub fn insert(&mut self, problem_id: &str, language: &str, reference: Reference) {
        self.by_problem
            .insert((problem_id.to_string(), language.to_string()), reference);
    }
}

/// One measured candidate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    /// The problem it solves.
    pub problem_id: String,
    /// The problem's difficulty.
    pub difficulty: String,
    /// Its language.
    pub language: String,
    /// Its verdict.
    pub verdict: Verdict,
    /// CPU time in ms.
    pub time: f64,
    /// Peak memory in KiB.
    pub memory: f64,
    /// Time–memory integral in KiB·ms.
    pub integral: f64,
}

/// A candidate's scores (each 0.0–1.0; 0.0 for a failing candidate).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CandidateScore {
    /// The candidate.
    #[serde(flatten)]
    pub candidate: Candidate,
    /// Share of passing references at least as slow.
    pub time_pct: f64,
    /// Share of passing references using at least as much memory.
    pub memory_pct: f64,
    /// Share of passing references with at least as large an integral.
    pub integral_pct: f64,
    /// How many passing references it was compared with.
    pub references: usize,
}

/// Scores one candidate against its problem's reference.
pub fn score(candidate: Candidate, reference: &Reference) -> CandidateScore {
    let passed = candidate.verdict == Verdict::Passed;
    let pct = |value: f64, sorted: &[f64]| {
        if passed {
            beyond_sorted(value, sorted)
        } else {
            0.0
        }
    };
    CandidateScore {
        time_pct: pct(candidate.time, &reference.time),
        memory_pct: pct(candidate.memory, &reference.memory),
        integral_pct: pct(candidate.integral, &reference.integral),
        references: reference.len(),
        candidate,
    }
}

/// The headline figures of a group of candidates, each a mean with a 95% interval.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Number of candidates.
    pub candidates: usize,
    /// Passing candidates ÷ all candidates.
    pub pass_at_1: Estimate,
    /// Mean Time% (Beyond-T).
    pub time: Estimate,
    /// Mean Memory% (Beyond-M).
    pub memory: Estimate,
    /// Mean Integral% (Beyond-I).
    pub integral: Estimate,
}

/// Summarises `scores` with 95% percentile-bootstrap intervals (seeded: reproducible).
pub fn summarize(scores: &[&CandidateScore], seed: u64) -> Summary {
    let column = |f: &dyn Fn(&CandidateScore) -> f64| -> Estimate {
        let values: Vec<f64> = scores.iter().map(|s| f(s)).collect();
        mean_interval(&values, 0.95, RESAMPLES, seed)
    };
    Summary {
        candidates: scores.len(),
        pass_at_1: column(&|s| f64::from(u8::from(s.candidate.verdict == Verdict::Passed))),
        time: column(&|s| s.time_pct),
        memory: column(&|s| s.memory_pct),
        integral: column(&|s| s.integral_pct),
    }
}

/// Everything an evaluation reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    /// All candidates together.
    pub overall: Summary,
    /// By problem difficulty.
    pub by_difficulty: BTreeMap<String, Summary>,
    /// By candidate language.
    pub by_language: BTreeMap<String, Summary>,
    /// Every candidate with its scores.
    pub candidates: Vec<CandidateScore>,
    /// Problems, as `id (language)`, with no passing reference in a candidate's
    /// language (their candidates score 0 on every metric).
    pub problems_without_reference: Vec<String>,
}

/// Scores `candidates` against `references` (by problem id and language) and
/// summarises.
pub fn evaluate(candidates: Vec<Candidate>, references: &References, seed: u64) -> Evaluation {
    let empty = Reference::default();
    let mut missing: Vec<String> = Vec::new();
    let scores: Vec<CandidateScore> = candidates
        .into_iter()
        .map(|c| {
            let reference = references.get(&c.problem_id, &c.language).unwrap_or(&empty);
            let named = format!("{} ({})", c.problem_id, c.language);
            if reference.is_empty() && !missing.contains(&named) {
                missing.push(named);
            }
            score(c, reference)
        })
        .collect();
    let group = |key: &dyn Fn(&CandidateScore) -> String| -> BTreeMap<String, Summary> {
        let mut groups: BTreeMap<String, Vec<&CandidateScore>> = BTreeMap::new();
        for s in &scores {
            groups.entry(key(s)).or_default().push(s);
        }
        groups
            .into_iter()
            .map(|(k, v)| (k, summarize(&v, seed)))
            .collect()
    };
    Evaluation {
        overall: summarize(&scores.iter().collect::<Vec<_>>(), seed),
        by_difficulty: group(&|s| s.candidate.difficulty.clone()),
        by_language: group(&|s| s.candidate.language.clone()),
        problems_without_reference: missing,
        candidates: scores,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(problem: &str, verdict: Verdict, time: f64) -> Candidate {
        Candidate {
            problem_id: problem.into(),
            difficulty: "Easy".into(),
            language: "python".into(),
            verdict,
            time,
            memory: 1000.0,
            integral: time * 1000.0,
        }
    }

    fn reference(times: &[f64]) -> Reference {
        Reference {
            time: times.to_vec(),
            memory: vec![1000.0; times.len()],
            integral: times.iter().map(|t| t * 1000.0).collect(),
        }
    }

    #[test]
    fn a_failing_candidate_scores_zero_everywhere() {
        let s = score(
            candidate("1", Verdict::WrongAnswer, 1.0),
            &reference(&[5.0, 6.0]),
        );
        assert_eq!((s.time_pct, s.memory_pct, s.integral_pct), (0.0, 0.0, 0.0));
    }

    #[test]
    fn passing_candidates_score_by_the_share_not_better() {
        let s = score(
            candidate("1", Verdict::Passed, 6.0),
            &reference(&[5.0, 6.0, 7.0, 8.0]),
        );
        assert_eq!(s.time_pct, 0.75);
        // All references use as much memory: ties count for the candidate.
        assert_eq!(s.memory_pct, 1.0);
        assert_eq!(s.references, 4);
    }

    #[test]
    fn the_evaluation_averages_over_all_candidates_and_groups_them() {
        let mut refs = References::default();
        refs.insert("1", "python", reference(&[10.0, 20.0]));
        let mut other = candidate("2", Verdict::Passed, 1.0);
        other.language = "cpp".into();
        other.difficulty = "Hard".into();
        let e = evaluate(
            vec![
                candidate("1", Verdict::Passed, 5.0),
                candidate("1", Verdict::Timeout, 0.0),
                other,
            ],
            &refs,
            1,
        );
        assert_eq!(e.overall.candidates, 3);
        assert!((e.overall.pass_at_1.mean - 2.0 / 3.0).abs() < 1e-12);
        // 1.0 (beats both), 0 (failed), 0 (no reference for problem 2).
        assert!((e.overall.time.mean - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(e.problems_without_reference, vec!["2 (cpp)".to_string()]);
        assert_eq!(e.by_language["cpp"].candidates, 1);
        assert_eq!(e.by_difficulty["Easy"].candidates, 2);
    }

    #[test]
    fn candidates_are_compared_with_references_in_their_own_language_only() {
        let problem = Problem::from_value(
            serde_json::json!({
                "problem_id": 3,
                "question_content": "q",
                "test_case_evaluator": "def evaluate(e, o):\n    return e == o\n",
                "test_case_runners": {"python3": "==Code Submission==\n", "cpp": "==Code Submission==\n"},
                "test_cases": [{"input": "1", "output": "1"}],
                "solutions": [
                    {"code": "a", "passed": true, "time": 400.0, "memory": 9000, "integral": 1e6},
                    {"code": "b", "passed": true, "time": 300.0, "memory": 9000, "integral": 1e6},
                    {"code": "c", "language": "cpp", "passed": true, "time": 20.0, "memory": 3000, "integral": 1e4},
                    {"code": "d", "language": "cpp", "passed": true, "time": 10.0, "memory": 3000, "integral": 1e4},
                    {"code": "e", "language": "cpp", "passed": false}
                ]
            }),
            "test",
        )
        .unwrap();
        let refs = References::of(&[problem]);
        assert_eq!(refs.get("3", "python").unwrap().time, vec![300.0, 400.0]);
        assert_eq!(refs.get("3", "cpp").unwrap().time, vec![10.0, 20.0]);
        assert!(refs.get("3", "java").is_none());
        let mut fast_cpp = candidate("3", Verdict::Passed, 15.0);
        fast_cpp.language = "cpp".into();
        let e = evaluate(vec![fast_cpp], &refs, 1);
        // Beats one of the two C++ references, not every Python one as well.
        assert_eq!(e.candidates[0].time_pct, 0.5);
        assert_eq!(e.candidates[0].references, 2);
    }
}
