//! How a candidate ranks against a problem's reference solutions on one metric.
//!
//! The score is the share of the problem's **passing** reference solutions whose value is
//! not better (not lower) than the candidate's: the references that are at least as slow
//! (or as large). Ties count for the candidate, so a candidate as fast as the fastest
//! reference scores 1.0, and one slower than every reference scores 0.0. With no passing
//! reference there is nothing to beat and the score is 0.0, as in the original Litmus;
//! such problems are reported so they can be left out. A failing candidate scores 0.0.

/// The share (0.0–1.0) of `references` whose value is `>= candidate`.
///
/// `references` need not be sorted; NaN references are ignored (a measurement that
/// failed), and a NaN candidate scores 0.0.
pub fn beyond(candidate: f64, references: &[f64]) -> f64 {
    if candidate.is_nan() {
        return 0.0;
    }
    let valid: Vec<f64> = references.iter().copied().filter(|v| !v.is_nan()).collect();
    if valid.is_empty() {
        return 0.0;
    }
    let not_better = valid.iter().filter(|&&r| r >= candidate).count();
    not_better as f64 / valid.len() as f64
}

/// [`beyond`] over an already sorted (ascending, no NaN) list, in O(log n): the insert
/// position by lower bound is the number of strictly better references.
pub fn beyond_sorted(candidate: f64, sorted: &[f64]) -> f64 {
    if sorted.is_empty() || candidate.is_nan() {
        return 0.0;
    }
    let strictly_better = sorted.partition_point(|&r| r < candidate);
    1.0 - strictly_better as f64 / sorted.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_count_for_the_candidate() {
        assert_eq!(beyond(10.0, &[10.0, 20.0, 30.0, 40.0]), 1.0);
        assert_eq!(beyond(20.0, &[10.0, 20.0, 30.0, 40.0]), 0.75);
        assert_eq!(beyond(5.0, &[5.0, 5.0, 5.0]), 1.0);
    }

    #[test]
    fn outside_the_range_scores_one_or_zero() {
        assert_eq!(beyond(1.0, &[10.0, 20.0]), 1.0);
        assert_eq!(beyond(99.0, &[10.0, 20.0]), 0.0);
    }

    #[test]
    fn an_empty_distribution_scores_zero() {
        assert_eq!(beyond(1.0, &[]), 0.0);
        assert_eq!(beyond(1.0, &[f64::NAN]), 0.0);
        assert_eq!(beyond(f64::NAN, &[1.0]), 0.0);
    }

    #[test]
    fn the_sorted_form_agrees_with_the_plain_one() {
        let refs = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0];
        let mut sorted = refs.to_vec();
        sorted.sort_by(f64::total_cmp);
        for c in [0.0, 1.0, 1.5, 4.0, 9.0, 10.0] {
            assert_eq!(beyond(c, &refs), beyond_sorted(c, &sorted), "candidate {c}");
        }
    }
}
