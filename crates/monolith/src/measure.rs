//! The arithmetic on memory samples: the time–memory integral, the peak and the
//! downsampled timeline.
//!
//! The sampler reads the process tree's memory at 10 kHz or more, but its actual rate
//! varies with load. Everything here treats the samples as points of one continuous,
//! piecewise-linear memory curve, so that the results depend on the program and not on
//! how often, or how evenly, it happened to be sampled.

use crate::result::TimelinePoint;

/// Nanoseconds in a millisecond.
const NS_PER_MS: f64 = 1_000_000.0;

/// One reading of the process tree's memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    /// When it was taken: nanoseconds on `CLOCK_MONOTONIC`.
    pub t_ns: u64,
    /// Memory in use at that moment, in KiB.
    pub memory_kb: u64,
}

/// ∫ memory dt over `[start_ns, end_ns]`, in KiB·ms.
///
/// The samples (in time order) are joined by straight lines, and the area under that
/// curve is summed segment by segment (the trapezoid rule). At the edges of the window
/// the curve is linearly interpolated between the samples on either side, so samples
/// outside the window only contribute through that interpolation. Where the window
/// reaches before the first sample or after the last, the curve holds the first or last
/// sample's value: memory is not assumed to be zero just because the sampler had not
/// yet, or no longer, looked. Two samples with the same time form a vertical step.
///
/// Returns 0 when there are no samples or the window is empty.
pub fn integral_kb_ms(samples: &[Sample], start_ns: u64, end_ns: u64) -> f64 {
    let (Some(first), Some(last)) = (samples.first(), samples.last()) else {
        return 0.0;
    };
    if end_ns <= start_ns {
        return 0.0;
    }
    let mut area_kb_ns = 0.0;

    let head_end_ns = first.t_ns.clamp(start_ns, end_ns);
    area_kb_ns += first.memory_kb as f64 * (head_end_ns - start_ns) as f64;

    // Only the segments that overlap the window matter; find them by binary search
    // rather than walking a long run's samples from the beginning.
    let from = samples
        .partition_point(|s| s.t_ns <= start_ns)
        .saturating_sub(1);
    for pair in samples[from..].windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if a.t_ns >= end_ns {
            break;
        }
        let lo_ns = a.t_ns.max(start_ns);
        let hi_ns = b.t_ns.min(end_ns);
        if hi_ns <= lo_ns {
            continue;
        }
        let mean_kb = (interpolate(a, b, lo_ns) + interpolate(a, b, hi_ns)) / 2.0;
        area_kb_ns += mean_kb * (hi_ns - lo_ns) as f64;
    }

    let tail_start_ns = last.t_ns.clamp(start_ns, end_ns);
    area_kb_ns += last.memory_kb as f64 * (end_ns - tail_start_ns) as f64;

    area_kb_ns / NS_PER_MS
}

/// The memory on the straight line from `a` to `b` at `t_ns` (with `a.t_ns < b.t_ns`).
fn interpolate(a: Sample, b: Sample, t_ns: u64) -> f64 {
    let fraction = (t_ns - a.t_ns) as f64 / (b.t_ns - a.t_ns) as f64;
    a.memory_kb as f64 + (b.memory_kb as f64 - a.memory_kb as f64) * fraction
}

/// The largest sample, in KiB; 0 when there are none.
pub fn peak_kb(samples: &[Sample]) -> u64 {
    samples.iter().map(|s| s.memory_kb).max().unwrap_or(0)
}

/// At most `max_points` points of the memory timeline, for plotting.
///
/// The time from the first to the last sample is cut into `max_points` equal buckets,
/// and each non-empty bucket contributes its largest sample, at that sample's own time,
/// so the peak always survives and spikes are not averaged away. With no more samples
/// than `max_points`, every sample is kept. `t_ms` is measured from `start_ns` (negative
/// for a sample taken before it).
pub fn downsample(samples: &[Sample], start_ns: u64, max_points: usize) -> Vec<TimelinePoint> {
    let point = |s: &Sample| TimelinePoint {
        t_ms: (i128::from(s.t_ns) - i128::from(start_ns)) as f64 / NS_PER_MS,
        memory_kb: s.memory_kb,
    };
    if samples.len() <= max_points {
        return samples.iter().map(point).collect();
    }
    if max_points == 0 {
        return Vec::new();
    }
    let first_ns = samples[0].t_ns;
    let span_ns = u128::from(samples[samples.len() - 1].t_ns.saturating_sub(first_ns)) + 1;
    let mut points = Vec::with_capacity(max_points);
    let mut current: Option<(usize, &Sample)> = None;
    for sample in samples {
        let offset_ns = u128::from(sample.t_ns.saturating_sub(first_ns));
        // Never step back a bucket, even if a timestamp does: that bounds the output.
        let bucket = ((offset_ns * max_points as u128 / span_ns) as usize)
            .max(current.map_or(0, |(bucket, _)| bucket));
        current = match current {
            Some((open, best)) if open == bucket => Some((
                open,
                if sample.memory_kb > best.memory_kb {
                    sample
                } else {
                    best
                },
            )),
            Some((_, best)) => {
                points.push(point(best));
                Some((bucket, sample))
            }
            None => Some((bucket, sample)),
        };
    }
    if let Some((_, best)) = current {
        points.push(point(best));
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: u64 = 1_000_000;
    const SECOND: u64 = 1_000 * MS;

    /// Samples of `memory(t_ns)` every `period_ns` from 0 to `end_ns` inclusive.
    fn regular(period_ns: u64, end_ns: u64, memory: impl Fn(u64) -> u64) -> Vec<Sample> {
        (0..=end_ns / period_ns)
            .map(|i| i * period_ns)
            .map(|t_ns| Sample {
                t_ns,
                memory_kb: memory(t_ns),
            })
            .collect()
    }

    /// Samples at irregular times (multiples of 10 µs, 10–200 µs apart), always
    /// including 0 and `end_ns`.
    fn irregular(end_ns: u64, memory: impl Fn(u64) -> u64) -> Vec<Sample> {
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut t_ns = 0;
        let mut samples = Vec::new();
        while t_ns < end_ns {
            samples.push(Sample {
                t_ns,
                memory_kb: memory(t_ns),
            });
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            t_ns += 10_000 * (1 + (state >> 33) % 20);
        }
        samples.push(Sample {
            t_ns: end_ns,
            memory_kb: memory(end_ns),
        });
        samples
    }

    fn relative_error(value: f64, truth: f64) -> f64 {
        ((value - truth) / truth).abs()
    }

    fn constant(_: u64) -> u64 {
        1000
    }

    /// 1000 KiB rising by 1 KiB every 10 µs: an integer at every multiple of 10 µs.
    fn ramp(t_ns: u64) -> u64 {
        1000 + t_ns / 10_000
    }

    /// 1000 KiB, then 50 000 KiB from 300.0347 ms on (between samples at any rate).
    fn step(t_ns: u64) -> u64 {
        if t_ns >= 300_034_700 {
            50_000
        } else {
            1000
        }
    }

    /// ∫ ramp over [a, b] in KiB·ms, in closed form.
    fn ramp_truth(a_ns: u64, b_ns: u64) -> f64 {
        let (a, b) = (a_ns as f64, b_ns as f64);
        (1000.0 * (b - a) + (b * b - a * a) / 2.0 / 10_000.0) / NS_PER_MS
    }

    /// The three test signals, sampled one way.
    struct Sampled {
        how: String,
        constant: Vec<Sample>,
        ramp: Vec<Sample>,
        step: Vec<Sample>,
    }

    /// Each signal at 20 kHz, 10 kHz, 1 kHz and at irregular times.
    fn rates() -> Vec<Sampled> {
        let mut all: Vec<Sampled> = [20_000, 10_000, 1_000]
            .iter()
            .map(|hz| {
                let period_ns = SECOND / hz;
                Sampled {
                    how: format!("{hz} Hz"),
                    constant: regular(period_ns, SECOND, constant),
                    ramp: regular(period_ns, SECOND, ramp),
                    step: regular(period_ns, SECOND, step),
                }
            })
            .collect();
        all.push(Sampled {
            how: "irregular".into(),
            constant: irregular(SECOND, constant),
            ramp: irregular(SECOND, ramp),
            step: irregular(SECOND, step),
        });
        all
    }

    #[test]
    fn constant_and_ramp_are_exact_at_every_rate() {
        for s in rates() {
            let kind = &s.how;
            assert_eq!(
                integral_kb_ms(&s.constant, 0, SECOND),
                1_000_000.0,
                "{kind}"
            );
            let value = integral_kb_ms(&s.ramp, 0, SECOND);
            assert!(
                relative_error(value, 51_000_000.0) < 1e-12,
                "{kind}: {value}"
            );
        }
    }

    #[test]
    fn ramp_window_not_on_sample_times_is_exact_by_interpolation() {
        let (a, b) = (123_456, 987_654_321);
        for s in rates() {
            let kind = &s.how;
            let value = integral_kb_ms(&s.ramp, a, b);
            assert!(
                relative_error(value, ramp_truth(a, b)) < 1e-12,
                "{kind}: {value}"
            );
        }
    }

    #[test]
    fn step_is_within_half_a_sample_period_of_the_truth() {
        // 1000 KiB for 300.0347 ms, then 50 000 KiB for 699.9653 ms.
        let truth = 1000.0 * 300.0347 + 50_000.0 * 699.9653;
        for s in rates() {
            let kind = &s.how;
            let value = integral_kb_ms(&s.step, 0, SECOND);
            // The worst case is half of the widest gap (1 ms, or 200 µs) times the jump.
            assert!(
                (value - truth).abs() <= 0.5 * 49_000.0,
                "{kind}: {value} vs {truth}"
            );
        }
    }

    #[test]
    fn decimating_by_two_changes_the_integral_by_less_than_two_percent() {
        let wobbly = |t_ns: u64| {
            let t = t_ns as f64 / SECOND as f64;
            (20_000.0 + 5_000.0 * (t * 37.0).sin() + 30_000.0 * t) as u64 + step(t_ns)
        };
        for hz in [20_000, 10_000, 1_000] {
            let full = regular(SECOND / hz, SECOND, wobbly);
            let half: Vec<Sample> = full.iter().copied().step_by(2).collect();
            let (a, b) = (
                integral_kb_ms(&full, 0, SECOND),
                integral_kb_ms(&half, 0, SECOND),
            );
            assert!(relative_error(b, a) < 0.02, "{hz} Hz: {a} vs {b}");
        }
        let full = irregular(SECOND, wobbly);
        let half: Vec<Sample> = full.iter().copied().step_by(2).collect();
        let (a, b) = (
            integral_kb_ms(&full, 0, SECOND),
            integral_kb_ms(&half, 0, SECOND),
        );
        assert!(relative_error(b, a) < 0.02, "irregular: {a} vs {b}");
    }

    #[test]
    fn window_edges_are_interpolated_and_outer_samples_otherwise_ignored() {
        let samples = [
            Sample {
                t_ns: 0,
                memory_kb: 0,
            },
            Sample {
                t_ns: 1500 * MS,
                memory_kb: 1000,
            },
            Sample {
                t_ns: 3000 * MS,
                memory_kb: 0,
            },
        ];
        // At 1 s and 2 s the line reads 666.67 KiB; two trapezoids of 500 ms each.
        let expected = 2.0 * 500.0 * (1000.0 * 2.0 / 3.0 + 1000.0) / 2.0;
        let value = integral_kb_ms(&samples, SECOND, 2 * SECOND);
        assert!((value - expected).abs() < 1e-6, "{value} vs {expected}");
    }

    #[test]
    fn before_the_first_and_after_the_last_sample_the_value_is_held() {
        let one = [Sample {
            t_ns: 5 * MS,
            memory_kb: 100,
        }];
        assert_eq!(integral_kb_ms(&one, 0, 10 * MS), 1000.0);
        // Window entirely before, and entirely after, the only sample.
        assert_eq!(integral_kb_ms(&one, 0, MS), 100.0);
        assert_eq!(integral_kb_ms(&one, 8 * MS, 10 * MS), 200.0);
        let two = [
            Sample {
                t_ns: 2 * MS,
                memory_kb: 100,
            },
            Sample {
                t_ns: 4 * MS,
                memory_kb: 300,
            },
        ];
        // 2 ms at 100, the 2 ms trapezoid (400), 6 ms at 300.
        assert_eq!(integral_kb_ms(&two, 0, 10 * MS), 200.0 + 400.0 + 1800.0);
    }

    #[test]
    fn samples_with_equal_times_form_a_step() {
        let samples = [
            Sample {
                t_ns: 0,
                memory_kb: 100,
            },
            Sample {
                t_ns: MS,
                memory_kb: 100,
            },
            Sample {
                t_ns: MS,
                memory_kb: 500,
            },
            Sample {
                t_ns: 2 * MS,
                memory_kb: 500,
            },
        ];
        assert_eq!(integral_kb_ms(&samples, 0, 2 * MS), 600.0);
    }

    #[test]
    fn empty_samples_or_window_give_zero() {
        assert_eq!(integral_kb_ms(&[], 0, SECOND), 0.0);
        let samples = regular(MS, 10 * MS, constant);
        assert_eq!(integral_kb_ms(&samples, 5 * MS, 5 * MS), 0.0);
        assert_eq!(integral_kb_ms(&samples, 6 * MS, 5 * MS), 0.0);
    }

    #[test]
    fn peak_is_the_largest_sample() {
        assert_eq!(peak_kb(&[]), 0);
        assert_eq!(peak_kb(&regular(MS, SECOND, step)), 50_000);
        assert_eq!(peak_kb(&regular(MS, SECOND, ramp)), 1000 + SECOND / 10_000);
    }

    #[test]
    fn downsample_keeps_few_samples_as_they_are() {
        let samples = [
            Sample {
                t_ns: 2 * MS,
                memory_kb: 7,
            },
            Sample {
                t_ns: 3 * MS + 500_000,
                memory_kb: 9,
            },
        ];
        let points = downsample(&samples, MS, 1000);
        assert_eq!(
            points,
            vec![
                TimelinePoint {
                    t_ms: 1.0,
                    memory_kb: 7
                },
                TimelinePoint {
                    t_ms: 2.5,
                    memory_kb: 9
                },
            ]
        );
        assert!(downsample(&samples, 0, 0).is_empty());
        assert!(downsample(&[], 0, 10).is_empty());
    }

    #[test]
    fn downsample_fills_every_bucket_of_a_regular_signal() {
        let samples = regular(100_000, SECOND - 100_000, constant);
        assert_eq!(samples.len(), 10_000);
        let points = downsample(&samples, 0, 1000);
        assert_eq!(points.len(), 1000);
        assert!(points.windows(2).all(|w| w[0].t_ms < w[1].t_ms));
    }

    #[test]
    fn downsample_keeps_a_one_sample_spike_at_its_time() {
        let mut samples = regular(50_000, 5 * SECOND, ramp);
        samples[77_777].memory_kb = 9_999_999;
        let spike_ms = samples[77_777].t_ns as f64 / NS_PER_MS;
        let points = downsample(&samples, 0, 1000);
        assert!(points.len() <= 1000);
        assert!(points
            .iter()
            .any(|p| p.memory_kb == 9_999_999 && p.t_ms == spike_ms));
        assert_eq!(points.iter().map(|p| p.memory_kb).max(), Some(9_999_999));
    }

    #[test]
    fn downsample_stays_within_bounds_for_bursty_and_unordered_times() {
        let mut samples = irregular(SECOND, ramp);
        // A burst: 5000 samples within one microsecond.
        samples.extend((0..5000).map(|i| Sample {
            t_ns: SECOND + i / 5,
            memory_kb: 1,
        }));
        samples.swap(10, 20);
        for max_points in [1, 2, 10, 1000] {
            let points = downsample(&samples, 0, max_points);
            assert!(
                !points.is_empty() && points.len() <= max_points,
                "{max_points}"
            );
            assert_eq!(
                points.iter().map(|p| p.memory_kb).max(),
                Some(peak_kb(&samples))
            );
        }
    }
}
