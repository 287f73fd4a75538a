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
    /// What the calibration program saw of the drift, when both measurements recorded
    /// it for some problems.
    pub calibration: Option<CalibratedDrift>,
}

/// The drift as the [calibration](crate::calibration) program saw it, over the problems
/// both measurements calibrated. A problem's calibration ratio is the program's second
/// time over its first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CalibratedDrift {
    /// Problems calibrated in both measurements (with a solution timed in both).
    pub problems: usize,
    /// The lowest of their calibration ratios.
    pub lowest: f64,
    /// The median of their calibration ratios.
    pub median: f64,
    /// The highest of their calibration ratios.
    pub highest: f64,
    /// The lowest of each problem's ratio over its calibration ratio: the drift the
    /// calibration did not see.
    pub unexplained_lowest: f64,
    /// The highest of each problem's ratio over its calibration ratio.
    pub unexplained_highest: f64,
    /// Kendall τ-b over all solutions of these problems, as measured.
    pub kendall_tau_all: Option<f64>,
    /// The same with each problem's calibration ratio divided out of its second times.
    pub kendall_tau_all_calibrated: Option<f64>,
}

/// One problem's figures in two measurements.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Paired {
    /// Its solutions' times `(first, second)`, in ms.
    pub times: Vec<(f64, f64)>,
    /// Its calibration times `(first, second)`, when both measurements recorded one.
    pub calibration: Option<(f64, f64)>,
}

impl Drift {
    /// The drift between two measurements, from each problem's figures in both; `None`
    /// without a problem with a positive time pair.
    pub fn between(problems: &[Paired]) -> Option<Drift> {
        let positive = |&(a, b): &(f64, f64)| a > 0.0 && b > 0.0;
        let timed: Vec<Ratios> = problems
            .iter()
            .map(|p| p.times.iter().copied().filter(positive).collect::<Vec<_>>())
            .zip(problems)
            .filter(|(times, _)| !times.is_empty())
            .map(|(times, p)| Ratios {
                ratio: median(times.iter().map(|(a, b)| b / a).collect()),
                calibration: p.calibration.filter(positive).map(|(a, b)| b / a),
                times,
            })
            .collect();
        let (first, second): (Vec<f64>, Vec<f64>) = timed
            .iter()
            .flat_map(|t| divided(&t.times, t.ratio))
            .unzip();
        let (lowest, median_ratio, highest) = span(timed.iter().map(|t| t.ratio).collect())?;
        Some(Drift {
            problems: timed.len(),
            lowest,
            median: median_ratio,
            highest,
            kendall_tau_all_without_drift: kendall_tau_b(&first, &second),
            calibration: CalibratedDrift::of(&timed),
        })
    }
}

impl CalibratedDrift {
    /// From the problems' ratios; only the calibrated ones count.
    fn of(timed: &[Ratios]) -> Option<CalibratedDrift> {
        let calibrated: Vec<(&Ratios, f64)> = timed
            .iter()
            .filter_map(|t| Some((t, t.calibration?)))
            .collect();
        let tau = |divide: bool| {
            let (first, second): (Vec<f64>, Vec<f64>) = calibrated
                .iter()
                .flat_map(|&(t, by)| divided(&t.times, if divide { by } else { 1.0 }))
                .unzip();
            kendall_tau_b(&first, &second)
        };
        let (lowest, median, highest) = span(calibrated.iter().map(|c| c.1).collect())?;
        let (unexplained_lowest, _, unexplained_highest) =
            span(calibrated.iter().map(|(t, by)| t.ratio / by).collect())?;
        Some(CalibratedDrift {
            problems: calibrated.len(),
            lowest,
            median,
            highest,
            unexplained_lowest,
            unexplained_highest,
            kendall_tau_all: tau(false),
            kendall_tau_all_calibrated: tau(true),
        })
    }
}

/// One problem's positive time pairs with its ratio and calibration ratio (second over
/// first).
struct Ratios {
    times: Vec<(f64, f64)>,
    ratio: f64,
    calibration: Option<f64>,
}

/// Time pairs with the second time divided by `by`.
fn divided(times: &[(f64, f64)], by: f64) -> impl Iterator<Item = (f64, f64)> + '_ {
    times.iter().map(move |&(a, b)| (a, b / by))
}

/// The lowest, median and highest of `values`; `None` when empty.
pub(crate) fn span(mut values: Vec<f64>) -> Option<(f64, f64, f64)> {
    values.sort_by(f64::total_cmp);
    let (&lowest, &highest) = (values.first()?, values.last()?);
    Some((lowest, median(values), highest))
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
        let paired = |times: &[(f64, f64)]| Paired {
            times: times.to_vec(),
            calibration: None,
        };
        let drift = Drift::between(&[paired(&a), paired(&b), Paired::default()]).unwrap();
        assert_eq!(drift.problems, 2, "a problem without times does not count");
        assert_eq!((drift.lowest, drift.highest), (1.0, 1.5));
        assert_eq!(drift.median, 1.25);
        assert_eq!(drift.kendall_tau_all_without_drift, Some(1.0));
        assert_eq!(drift.calibration, None);
        assert_eq!(Drift::between(&[paired(&[(0.0, 5.0)])]), None);
    }

    #[test]
    fn a_calibration_that_saw_the_drift_restores_the_order_and_says_what_it_missed() {
        // As above, B 1.5× slower the second time; its calibration program ran 1.4×
        // slower, A's alike. C's second calibration reads 0, no reading, so it is left out.
        let problems = [
            Paired {
                times: vec![(10.0, 10.0), (20.0, 20.0)],
                calibration: Some((80.0, 80.0)),
            },
            Paired {
                times: vec![(15.0, 22.5), (30.0, 45.0)],
                calibration: Some((80.0, 112.0)),
            },
            Paired {
                times: vec![(1.0, 3.0), (2.0, 6.0)],
                calibration: Some((80.0, 0.0)),
            },
        ];
        let drift = Drift::between(&problems).unwrap();
        assert_eq!(drift.problems, 3);
        let c = drift.calibration.unwrap();
        assert_eq!(c.problems, 2);
        assert_eq!((c.lowest, c.median, c.highest), (1.0, 1.2, 1.4));
        assert_eq!(c.unexplained_lowest, 1.0);
        assert!((c.unexplained_highest - 1.5 / 1.4).abs() < 1e-12);
        assert!(c.kendall_tau_all.unwrap() < 1.0);
        assert_eq!(c.kendall_tau_all_calibrated, Some(1.0));
    }
}
