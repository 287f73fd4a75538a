//! Percentile bootstrap confidence intervals for a mean, with a seeded generator so a
//! report can be reproduced exactly.

use serde::{Deserialize, Serialize};

/// A mean with its confidence interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    /// The mean of the values.
    pub mean: f64,
    /// Lower end of the interval.
    pub low: f64,
    /// Upper end of the interval.
    pub high: f64,
}

/// SplitMix64: small, fast, and good enough for resampling indices and shuffling.
pub(crate) struct SplitMix(pub(crate) u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Shuffles `items` in place (Fisher–Yates).
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// The mean of `values` with a `level` (e.g. 0.95) percentile-bootstrap interval from
/// `resamples` resamples. No values: all zero. One value: a zero-width interval.
pub fn mean_interval(values: &[f64], level: f64, resamples: usize, seed: u64) -> Estimate {
    if values.is_empty() {
        return Estimate {
            mean: 0.0,
            low: 0.0,
            high: 0.0,
        };
    }
    let n = values.len();
    let mean = values.iter().sum::<f64>() / n as f64;
    let mut rng = SplitMix(seed);
    let mut means: Vec<f64> = (0..resamples.max(1))
        .map(|_| (0..n).map(|_| values[rng.below(n)]).sum::<f64>() / n as f64)
        .collect();
    means.sort_by(f64::total_cmp);
    let tail = (1.0 - level) / 2.0;
    let at = |q: f64| means[((q * (means.len() - 1) as f64).round() as usize).min(means.len() - 1)];
    Estimate {
        mean,
        low: at(tail).min(mean),
        high: at(1.0 - tail).max(mean),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_interval_contains_the_mean_and_narrows_with_more_data() {
        let few: Vec<f64> = (0..10).map(|i| (i % 2) as f64).collect();
        let many: Vec<f64> = (0..1000).map(|i| (i % 2) as f64).collect();
        let a = mean_interval(&few, 0.95, 2000, 7);
        let b = mean_interval(&many, 0.95, 2000, 7);
        assert_eq!(a.mean, 0.5);
        assert!(a.low < 0.5 && a.high > 0.5, "{a:?}");
        assert!(b.high - b.low < (a.high - a.low) / 3.0, "{a:?} {b:?}");
        assert!(b.low > 0.45 && b.high < 0.55, "{b:?}");
    }

    #[test]
    fn degenerate_inputs_give_degenerate_intervals() {
        assert_eq!(
            mean_interval(&[], 0.95, 100, 1),
            Estimate {
                mean: 0.0,
                low: 0.0,
                high: 0.0
            }
        );
        assert_eq!(
            mean_interval(&[0.3; 5], 0.95, 100, 1),
            Estimate {
                mean: 0.3,
                low: 0.3,
                high: 0.3
            }
        );
    }

    #[test]
    fn the_same_seed_gives_the_same_interval() {
        let v: Vec<f64> = (0..50).map(|i| (i * 37 % 11) as f64).collect();
        assert_eq!(
            mean_interval(&v, 0.95, 500, 42),
            mean_interval(&v, 0.95, 500, 42)
        );
    }
}
