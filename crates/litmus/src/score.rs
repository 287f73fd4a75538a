//! Scoring candidates against reference distributions: Pass@1 and the beyond-percentiles
//! (Time%, Memory%, Integral%), overall and by difficulty and language.

use std::collections::BTreeMap;

use afterburner_venus::{Problem, Verdict};
use serde::{Deserialize, Serialize};

use crate::bootstrap::{mean_interval, Estimate};
use crate::percentile::beyond_sorted;

/// Resamples behind every confidence interval.
const RESAMPLES: usize = 2000;

/// The passing reference solutions of one problem, each metric sorted ascending.
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
    /// The measured, passing solutions of `problem`.
    pub fn of(problem: &Problem) -> Reference {
        let passing = problem.solutions.iter().filter(|s| s.passed == Some(true));
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
    /// Problems with no passing reference (their candidates score 0 on every metric).
    pub problems_without_reference: Vec<String>,
}

/// Scores `candidates` against `references` (by problem id) and summarises.
pub fn evaluate(
    candidates: Vec<Candidate>,
    references: &BTreeMap<String, Reference>,
    seed: u64,
) -> Evaluation {
    let empty = Reference::default();
    let mut missing: Vec<String> = Vec::new();
    let scores: Vec<CandidateScore> = candidates
        .into_iter()
        .map(|c| {
            let reference = references.get(&c.problem_id).unwrap_or(&empty);
            if reference.is_empty() && !missing.contains(&c.problem_id) {
                missing.push(c.problem_id.clone());
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
        let mut refs = BTreeMap::new();
        refs.insert("1".to_string(), reference(&[10.0, 20.0]));
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
        assert_eq!(e.problems_without_reference, vec!["2".to_string()]);
        assert_eq!(e.by_language["cpp"].candidates, 1);
        assert_eq!(e.by_difficulty["Easy"].candidates, 2);
    }
}
