//! Keep-best: which of two versions of the code the loop keeps.
//!
//! Passing beats failing. Between two passing versions the one with the lower median of
//! the instructed metric wins, but the new one only when it is lower by more than
//! `min_gain` (relative), so measurement noise never replaces good code with an equal
//! one. Lower is better for all three metrics, the integral included (the original
//! system kept the larger integral). The loop asks twice: once on the measurements that
//! came in, and again on a paired measurement of both versions side by side. When both fail the new one is taken, as in the
//! paper: the model sees its latest attempt.

use serde::{Deserialize, Serialize};

use crate::instruction::Instruction;
use crate::measurement::Measurement;

/// The default `min_gain`: the new version must be more than 5% better. Repeated
/// measurements of one program on a quiet machine vary by ~3% (coefficient of variation
/// of one run, `cargo bench -p afterburner-monolith`); the median of three runs by less.
pub const DEFAULT_MIN_GAIN: f64 = 0.05;

/// Which version is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kept {
    /// The version the round started from.
    Current,
    /// The version the model just wrote.
    New,
}

/// A keep-best decision and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    /// The version kept.
    pub kept: Kept,
    /// Why, in a sentence.
    pub reason: String,
}

/// Decides between the `current` version (none before the first) and a `new` one.
pub fn choose(
    current: Option<&Measurement>,
    new: &Measurement,
    instruction: Instruction,
    min_gain: f64,
) -> Decision {
    let decision = |kept, reason: String| Decision { kept, reason };
    let Some(current) = current else {
        return decision(Kept::New, "the first version".into());
    };
    match (current.passed(), new.passed()) {
        (true, false) => decision(
            Kept::Current,
            format!("the new version failed ({})", new.verdict),
        ),
        (false, true) => decision(Kept::New, "the new version passes".into()),
        (false, false) => decision(Kept::New, "both fail; the latest attempt is kept".into()),
        (true, true) => {
            let (Some(old), Some(now)) = (current.metric(instruction), new.metric(instruction))
            else {
                return decision(Kept::Current, "the new version has no measurement".into());
            };
            let gain = if old > 0.0 { (old - now) / old } else { 0.0 };
            if gain > min_gain {
                decision(
                    Kept::New,
                    format!(
                        "{instruction} {old:.1} → {now:.1} {} ({:.1}% lower)",
                        instruction.unit(),
                        gain * 100.0
                    ),
                )
            } else if gain < 0.0 {
                decision(
                    Kept::Current,
                    format!(
                        "{instruction} {old:.1} → {now:.1} {} ({:.1}% higher)",
                        instruction.unit(),
                        -gain * 100.0
                    ),
                )
            } else {
                decision(
                    Kept::Current,
                    format!(
                        "{instruction} {old:.1} → {now:.1} {}: not more than {:.0}% lower",
                        instruction.unit(),
                        min_gain * 100.0
                    ),
                )
            }
        }
    }
}

/// The best of several answers to one prompt: the index of the passing one with the
/// lowest metric, else the first. `None` for an empty list.
pub fn best_of(measured: &[&Measurement], instruction: Instruction) -> Option<usize> {
    let passing = measured
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.metric(instruction).map(|v| (i, v)))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    match passing {
        Some((i, _)) => Some(i),
        None => (!measured.is_empty()).then_some(0),
    }
}

#[cfg(test)]
mod tests {
    use afterburner_venus::Verdict;

    use super::*;

    fn passing(time: f64, memory: f64, integral: f64) -> Measurement {
        Measurement {
            verdict: Verdict::Passed,
            reason: None,
            failing_case: None,
            time_ms: Some(time),
            memory_kb: Some(memory),
            integral_kb_ms: Some(integral),
            runs: 3,
        }
    }

    fn failing() -> Measurement {
        Measurement::failed(Verdict::WrongAnswer, "case 2 differs".into())
    }

    #[test]
    fn passing_beats_failing_both_ways() {
        let fast = passing(1.0, 1.0, 1.0);
        assert_eq!(
            choose(Some(&fast), &failing(), Instruction::Time, 0.05).kept,
            Kept::Current
        );
        assert_eq!(
            choose(Some(&failing()), &fast, Instruction::Time, 0.05).kept,
            Kept::New
        );
    }

    #[test]
    fn when_both_fail_the_new_attempt_is_kept() {
        assert_eq!(
            choose(Some(&failing()), &failing(), Instruction::Memory, 0.05).kept,
            Kept::New
        );
    }

    #[test]
    fn the_first_version_is_always_taken() {
        assert_eq!(
            choose(None, &failing(), Instruction::Time, 0.05).kept,
            Kept::New
        );
    }

    #[test]
    fn a_gain_within_the_noise_keeps_the_current_version() {
        let current = passing(100.0, 1000.0, 1e5);
        let d = choose(
            Some(&current),
            &passing(97.0, 1000.0, 1e5),
            Instruction::Time,
            0.05,
        );
        assert_eq!(d.kept, Kept::Current);
        assert!(d.reason.contains("not more than 5% lower"), "{}", d.reason);
        let d = choose(
            Some(&current),
            &passing(90.0, 1000.0, 1e5),
            Instruction::Time,
            0.05,
        );
        assert_eq!(d.kept, Kept::New);
        let d = choose(
            Some(&current),
            &passing(120.0, 1000.0, 1e5),
            Instruction::Time,
            0.05,
        );
        assert_eq!(d.kept, Kept::Current);
        assert!(d.reason.contains("20.0% higher"), "{}", d.reason);
    }

    #[test]
    fn the_integral_keeps_the_smaller_value_not_the_larger() {
        let current = passing(10.0, 1000.0, 50_000.0);
        let larger = passing(10.0, 1000.0, 90_000.0);
        let smaller = passing(10.0, 1000.0, 20_000.0);
        assert_eq!(
            choose(Some(&current), &larger, Instruction::Integral, 0.05).kept,
            Kept::Current
        );
        assert_eq!(
            choose(Some(&current), &smaller, Instruction::Integral, 0.05).kept,
            Kept::New
        );
    }

    #[test]
    fn each_instruction_compares_its_own_metric() {
        let current = passing(10.0, 5000.0, 50_000.0);
        let leaner_but_slower = passing(20.0, 2000.0, 40_000.0);
        assert_eq!(
            choose(Some(&current), &leaner_but_slower, Instruction::Time, 0.05).kept,
            Kept::Current
        );
        assert_eq!(
            choose(
                Some(&current),
                &leaner_but_slower,
                Instruction::Memory,
                0.05
            )
            .kept,
            Kept::New
        );
    }

    #[test]
    fn the_best_of_several_answers_is_the_lowest_passing_one() {
        let (a, b, c) = (failing(), passing(30.0, 1.0, 1.0), passing(20.0, 1.0, 1.0));
        assert_eq!(best_of(&[&a, &b, &c], Instruction::Time), Some(2));
        assert_eq!(best_of(&[&a, &a], Instruction::Time), Some(0));
        assert_eq!(best_of(&[], Instruction::Time), None);
    }
}
