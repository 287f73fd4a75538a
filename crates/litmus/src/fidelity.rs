//! How far to trust the measurements: do fresh single runs order clearly different
//! solutions the same way as the medians, do two independent distribution
//! measurements rank solutions alike (Kendall's τ), and how far did the machine's speed
//! drift between them?

use afterburner_monolith::Language;
use afterburner_venus::ProblemId;
use serde::{Deserialize, Serialize};

use crate::distribution::median;

/// Kendall's τ-b between two paired lists (ties handled); `None` with fewer than two
/// pairs or when either list is constant.
pub fn kendall_tau_b(xs: &[f64], ys: &[f64]) -> Option<f64> {
    let n = xs.len().min(ys.len());
    if n < 2 {
        return None;
    }
    let (mut concordant, mut discordant, mut ties_x, mut ties_y) = (0i64, 0i64, 0i64, 0i64);
    for i in 0..n {
        for j in i + 1..n {
            let dx = xs[i].total_cmp(&xs[j]) as i64;
            let dy = ys[i].total_cmp(&ys[j]) as i64;
            match (dx, dy) {
                (0, 0) => {}
                (0, _) => ties_x += 1,
                (_, 0) => ties_y += 1,
                _ if dx == dy => concordant += 1,
                _ => discordant += 1,
            }
        }
    }
    let denominator =
        (((concordant + discordant + ties_x) * (concordant + discordant + ties_y)) as f64).sqrt();
    (denominator > 0.0).then(|| (concordant - discordant) as f64 / denominator)
}

/// Pairs of solutions of one problem whose reference times differ by at least `ratio`:
/// index pairs `(faster, slower)`.
pub fn distinct_pairs(times: &[f64], ratio: f64) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for i in 0..times.len() {
        for j in 0..times.len() {
            if i != j && times[i] > 0.0 && times[j] >= times[i] * ratio {
                pairs.push((i, j));
            }
        }
    }
    pairs
}

/// How a single fresh run orders the pairs whose reference medians differ by at least
/// one ratio.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ordering {
    /// Pairs count when their medians differ by at least this factor.
    pub ratio: f64,
    /// Pairs whose reference medians differ by at least the ratio.
    pub pairs: usize,
    /// Of those, the pairs a single fresh measurement orders the same way.
    pub ordered: usize,
    /// `ordered ÷ pairs` (0 without pairs).
    pub share_ordered: f64,
    /// The pairs the fresh run did not order the same way, to look into.
    pub misordered: Vec<Misordered>,
}

/// A pair of solutions that a fresh run ordered differently from their medians (or
/// could not order, when one of them failed to pass).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Misordered {
    /// The problem both solve.
    pub problem_id: ProblemId,
    /// Their language.
    pub language: Language,
    /// The solution with the lower median: its name (or index), median and fresh time.
    pub faster: Timed,
    /// The solution with the higher median.
    pub slower: Timed,
}

/// One solution of a [`Misordered`] pair, with its times in milliseconds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timed {
    /// The solution's name, or its index in the problem's list when it has none.
    pub solution: String,
    /// Its reference median.
    pub median_ms: f64,
    /// Its time in the fresh run (`None` when that run did not pass).
    pub fresh_ms: Option<f64>,
}

impl Ordering {
    /// The ordering figures for `pairs` pairs at `ratio`, of which `misordered` were
    /// not ordered the same way.
    pub fn new(ratio: f64, pairs: usize, misordered: Vec<Misordered>) -> Self {
        let ordered = pairs.saturating_sub(misordered.len());
        let share_ordered = if pairs == 0 {
            0.0
        } else {
            ordered as f64 / pairs as f64
        };
        Ordering {
            ratio,
            pairs,
            ordered,
            share_ordered,
            misordered,
        }
    }
}

/// The outcome of the fidelity check. Solutions are compared only with solutions of the
/// same problem in the same language, as Litmus scores them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fidelity {
    /// One entry per ratio asked for, in the order asked.
    pub orderings: Vec<Ordering>,
    /// Mean Kendall τ-b between two distribution measurements over the (problem,
    /// language) groups with a defined τ, if a second measurement was given.
    pub kendall_tau: Option<f64>,
    /// Groups of one problem's solutions in one language the τ was averaged over.
    pub tau_groups: usize,
    /// Kendall τ-b between the two measurements over every passing solution of the set
    /// at once (pairs across problems and languages included), if given.
    pub kendall_tau_all: Option<f64>,
    /// Solutions that τ is over.
    pub tau_solutions: usize,
    /// How far the machine's speed drifted between the two measurements, if given.
    pub drift: Option<Drift>,
}

/// How far the machine's speed moved between two measurements of a set, problem by
/// problem. A problem's ratio is the median, over its solutions, of the second
/// measurement's time over the first's. When problems are measured one after another
/// and the machine speeds up or slows down meanwhile, whole problems move against each
/// other: τ over all solutions feels that, τ within a problem does not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Drift {
    /// Problems with a solution timed in both measurements.
    pub problems: usize,
    /// The lowest of the problems' ratios.
    pub lowest: f64,
    /// The median of the problems' ratios.
    pub median: f64,
    /// The highest of the problems' ratios.
    pub highest: f64,
    /// Kendall τ-b over all solutions with each problem's ratio divided out of its
    /// second times: what τ over all solutions would be without the drift between
    /// problems.
    pub kendall_tau_all_without_drift: Option<f64>,
}

impl Drift {
    /// The drift between two measurements, from each problem's solutions' time pairs
    /// `(first, second)`; `None` without a problem with a positive time pair.
    pub fn between(problems: &[Vec<(f64, f64)>]) -> Option<Drift> {
        let timed: Vec<Vec<(f64, f64)>> = problems
            .iter()
            .map(|times| {
                let positive = |&&(a, b): &&(f64, f64)| a > 0.0 && b > 0.0;
                times.iter().filter(positive).copied().collect::<Vec<_>>()
            })
            .filter(|times| !times.is_empty())
            .collect();
        let ratios: Vec<f64> = timed
            .iter()
            .map(|times| median(times.iter().map(|(a, b)| b / a).collect()))
            .collect();
        let (first, second): (Vec<f64>, Vec<f64>) = timed
            .iter()
            .zip(&ratios)
            .flat_map(|(times, ratio)| times.iter().map(move |(a, b)| (*a, b / ratio)))
            .unzip();
        let mut sorted = ratios;
        sorted.sort_by(f64::total_cmp);
        let (&lowest, &highest) = (sorted.first()?, sorted.last()?);
        Some(Drift {
            problems: sorted.len(),
            lowest,
            median: median(sorted),
            highest,
            kendall_tau_all_without_drift: kendall_tau_b(&first, &second),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tau_is_one_for_the_same_order_and_minus_one_for_the_reverse() {
        let a = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(kendall_tau_b(&a, &[10.0, 20.0, 30.0, 40.0]), Some(1.0));
        assert_eq!(kendall_tau_b(&a, &[4.0, 3.0, 2.0, 1.0]), Some(-1.0));
        let t = kendall_tau_b(&a, &[1.0, 3.0, 2.0, 4.0]).unwrap();
        assert!((t - 4.0 / 6.0).abs() < 1e-12, "{t}");
    }

    #[test]
    fn ties_and_degenerate_lists() {
        assert_eq!(kendall_tau_b(&[1.0], &[1.0]), None);
        assert_eq!(kendall_tau_b(&[1.0, 1.0], &[1.0, 2.0]), None);
        let t = kendall_tau_b(&[1.0, 1.0, 2.0], &[1.0, 2.0, 3.0]).unwrap();
        assert!((t - 2.0 / (2.0f64 * 3.0).sqrt()).abs() < 1e-12, "{t}");
    }

    #[test]
    fn only_clearly_different_pairs_are_kept() {
        let pairs = distinct_pairs(&[10.0, 12.0, 13.0, 30.0], 1.3);
        assert_eq!(pairs, vec![(0, 2), (0, 3), (1, 3), (2, 3)]);
    }

    #[test]
    fn drift_is_each_problems_median_ratio_and_dividing_it_out_restores_the_order() {
        // Problem A measured alike twice; problem B 1.5× slower the second time, which
        // puts A's slower solution (20) before B's faster one (15 → 22.5).
        let a = vec![(10.0, 10.0), (20.0, 20.0)];
        let b = vec![(15.0, 22.5), (30.0, 45.0)];
        let (first, second): (Vec<f64>, Vec<f64>) = a.iter().chain(&b).copied().unzip();
        assert!(kendall_tau_b(&first, &second).unwrap() < 1.0);
        let drift = Drift::between(&[a, b, Vec::new()]).unwrap();
        assert_eq!(drift.problems, 2, "a problem without times does not count");
        assert_eq!((drift.lowest, drift.highest), (1.0, 1.5));
        assert_eq!(drift.median, 1.25);
        assert_eq!(drift.kendall_tau_all_without_drift, Some(1.0));
        assert_eq!(Drift::between(&[vec![(0.0, 5.0)]]), None);
    }
}
