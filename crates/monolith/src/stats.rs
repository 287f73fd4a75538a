//! Statistics over repeated runs of the same program, in the manner of hyperfine:
//! a [`Summary`] of the values, and [`outliers`] flagged by the median absolute
//! deviation so a report can warn that some runs were disturbed.
//!
//! Units are whatever the input is in (milliseconds for times, KiB for memory): these
//! functions never convert.

use serde::{Deserialize, Serialize};

/// The threshold on the modified z-score above which a value is an outlier, as
/// recommended by Iglewicz and Hoaglin.
pub const OUTLIER_Z: f64 = 3.5;

/// The 0.75 quantile of the standard normal distribution: `MAD / 0.6745` estimates the
/// standard deviation of normally distributed data.
const MAD_TO_SIGMA: f64 = 0.6745;

/// `√(π/2)`: the mean absolute deviation of normal data times this estimates its
/// standard deviation. Used when the MAD is 0 (see [`outliers`]).
const MEAN_AD_TO_SIGMA: f64 = 1.253_314;

/// Summary statistics of a set of measurements, all in the unit of the input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The median (the mean of the two middle values when `n` is even), in the input's
    /// unit.
    pub median: f64,
    /// The arithmetic mean, in the input's unit.
    pub mean: f64,
    /// The smallest value, in the input's unit.
    pub min: f64,
    /// The largest value, in the input's unit.
    pub max: f64,
    /// The sample standard deviation (divided by `n - 1`; 0 when `n == 1`), in the
    /// input's unit.
    pub stddev: f64,
    /// The coefficient of variation `stddev / mean`, unitless; 0 when the mean is 0.
    pub cv: f64,
    /// How many values were summarised.
    pub n: usize,
}

/// Summarises `values`; `None` when there are none.
///
/// Values are expected to be finite; a NaN makes the mean and deviation NaN.
pub fn summarize(values: &[f64]) -> Option<Summary> {
    if values.is_empty() {
        return None;
    }
    let n = values.len();
    let sorted = sorted(values);
    let mean = values.iter().sum::<f64>() / n as f64;
    let stddev = if n > 1 {
        let squares: f64 = values.iter().map(|v| (v - mean).powi(2)).sum();
        (squares / (n - 1) as f64).sqrt()
    } else {
        0.0
    };
    let cv = if mean == 0.0 { 0.0 } else { stddev / mean };
    Some(Summary {
        median: median_of_sorted(&sorted),
        mean,
        min: sorted[0],
        max: sorted[n - 1],
        stddev,
        cv,
        n,
    })
}

/// Indices (in input order) of the values whose modified z-score
/// `|0.6745 · (x − median) / MAD|` exceeds [`OUTLIER_Z`], where MAD is the median
/// absolute deviation from the median.
///
/// When more than half the values are identical the MAD is 0 and the score is
/// undefined. Rather than flag every other value (which, with coarse units such as
/// whole milliseconds or KiB pages, would flag ordinary jitter) or none (which would
/// hide a run that took twice as long), the scale falls back to the mean absolute
/// deviation: `|x − median| / (1.2533 · meanAD)`, the usual companion rule. When that
/// is 0 too, all values are equal and there are no outliers. Fewer than three values
/// never have outliers.
pub fn outliers(values: &[f64]) -> Vec<usize> {
    if values.len() < 3 {
        return Vec::new();
    }
    let median = median_of_sorted(&sorted(values));
    let deviations: Vec<f64> = values.iter().map(|v| (v - median).abs()).collect();
    let mad = median_of_sorted(&sorted(&deviations));
    let scale = if mad > 0.0 {
        mad / MAD_TO_SIGMA
    } else {
        let mean_ad = deviations.iter().sum::<f64>() / deviations.len() as f64;
        mean_ad * MEAN_AD_TO_SIGMA
    };
    if scale <= 0.0 || !scale.is_finite() {
        return Vec::new();
    }
    deviations
        .iter()
        .enumerate()
        .filter(|(_, deviation)| *deviation / scale > OUTLIER_Z)
        .map(|(index, _)| index)
        .collect()
}

fn sorted(values: &[f64]) -> Vec<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted
}

/// The median of an already sorted, non-empty slice.
fn median_of_sorted(sorted: &[f64]) -> f64 {
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn empty_input_has_no_summary() {
        assert_eq!(summarize(&[]), None);
    }

    #[test]
    fn summary_of_known_values() {
        // mean 5, squared deviations sum to 32, sample variance 32/7.
        let s = summarize(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]).unwrap();
        assert_eq!(s.n, 8);
        assert!(close(s.mean, 5.0));
        assert!(close(s.median, 4.5));
        assert_eq!((s.min, s.max), (2.0, 9.0));
        assert!(close(s.stddev, (32.0f64 / 7.0).sqrt()), "{}", s.stddev);
        assert!(close(s.cv, (32.0f64 / 7.0).sqrt() / 5.0));
    }

    #[test]
    fn median_of_odd_count_is_the_middle_value_regardless_of_order() {
        let s = summarize(&[9.0, 1.0, 5.0, 3.0, 100.0]).unwrap();
        assert_eq!(s.median, 5.0);
        assert_eq!((s.min, s.max), (1.0, 100.0));
    }

    #[test]
    fn single_value_has_zero_spread() {
        let s = summarize(&[12.5]).unwrap();
        assert_eq!((s.median, s.mean, s.min, s.max), (12.5, 12.5, 12.5, 12.5));
        assert_eq!((s.stddev, s.cv, s.n), (0.0, 0.0, 1));
    }

    #[test]
    fn cv_is_zero_when_mean_is_zero() {
        let s = summarize(&[-1.0, 1.0]).unwrap();
        assert_eq!(s.mean, 0.0);
        assert!(close(s.stddev, 2.0f64.sqrt()));
        assert_eq!(s.cv, 0.0);
    }

    #[test]
    fn summary_round_trips_through_json() {
        let s = summarize(&[1.0, 2.0, 3.0]).unwrap();
        let json = serde_json::to_string(&s).unwrap();
        assert!(json.contains("\"stddev\":1.0"), "{json}");
        assert_eq!(serde_json::from_str::<Summary>(&json).unwrap(), s);
    }

    #[test]
    fn a_slow_run_among_steady_ones_is_an_outlier() {
        // median 10.2, MAD 0.1 → the 14.0 run scores 0.6745 · 3.8 / 0.1 ≈ 25.6.
        let times = [10.0, 10.2, 10.1, 10.3, 14.0, 10.2, 10.4];
        assert_eq!(outliers(&times), vec![4]);
    }

    #[test]
    fn outlier_threshold_is_exclusive_at_3_5() {
        // median 0, MAD 1 (deviations 0,1,1,1,1,d): a value scores 0.6745 · d.
        let just_below = 3.5 / 0.6745 - 1e-6;
        let just_above = 3.5 / 0.6745 + 1e-6;
        assert!(outliers(&[0.0, 1.0, -1.0, 1.0, -1.0, just_below, 0.0]).is_empty());
        assert_eq!(
            outliers(&[0.0, 1.0, -1.0, 1.0, -1.0, just_above, 0.0]),
            vec![5]
        );
    }

    #[test]
    fn outliers_on_both_sides_are_found() {
        let values = [50.0, 51.0, 49.0, 50.0, 50.5, 49.5, 5.0, 120.0];
        assert_eq!(outliers(&values), vec![6, 7]);
    }

    #[test]
    fn all_equal_values_have_no_outliers() {
        assert!(outliers(&[7.0; 10]).is_empty());
    }

    #[test]
    fn zero_mad_falls_back_to_mean_absolute_deviation() {
        // Six identical runs make the MAD 0. meanAD = (1 + 1 + 1 + 38) / 10 = 4.1, so
        // the 13s score 1 / (1.2533 · 4.1) ≈ 0.19 and the 50 scores ≈ 7.4.
        let values = [12.0, 12.0, 13.0, 12.0, 12.0, 13.0, 12.0, 13.0, 12.0, 50.0];
        assert_eq!(outliers(&values), vec![9]);
    }

    #[test]
    fn fewer_than_three_values_have_no_outliers() {
        assert!(outliers(&[]).is_empty());
        assert!(outliers(&[1.0]).is_empty());
        assert!(outliers(&[1.0, 1000.0]).is_empty());
    }
}
