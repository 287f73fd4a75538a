//! The reward's arithmetic, with the paper's constants as defaults.
//!
//! **Units.** The original clipped time at 90 while its times were in milliseconds, so
//! every program slower than 90 ms earned no gain at all. Here each metric is clipped to a
//! cap in its own unit: time to the problem's time limit (ms), memory to the memory limit
//! (KiB), the integral to their product (KiB·ms). With the original constants a 300 ms →
//! 150 ms improvement earns 0 gain; with ours it earns tanh(0.5). [`Caps::original`]
//! reproduces the original for comparison.

use afterburner_iof::instruction::Instruction;
use serde::{Deserialize, Serialize};

/// The weights of the reward's terms.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Weights {
    /// Weight of R_improve (0.5).
    pub improve: f64,
    /// Weight of R_format (0.2).
    pub format: f64,
    /// Weight of the length term (0: disabled, as in the paper's runs).
    pub length: f64,
    /// Weight of R_gain inside R_improve when the new code passes (0.5).
    pub gain: f64,
    /// R_pass when the baseline fails and the new code fails (−0.5).
    pub fail_fail: f64,
    /// R_pass when both pass (+0.5).
    pub pass_pass: f64,
    /// R_pass when the baseline fails and the new code passes (+1.0).
    pub fail_pass: f64,
    /// R_pass when the baseline passes and the new code fails (−1.0).
    pub pass_fail: f64,
    /// Answers longer than this many characters lose the length term (when its weight is
    /// not 0); shorter ones earn it in proportion.
    pub length_chars: usize,
}

impl Default for Weights {
    fn default() -> Weights {
        Weights {
            improve: 0.5,
            format: 0.2,
            length: 0.0,
            gain: 0.5,
            fail_fail: -0.5,
            pass_pass: 0.5,
            fail_pass: 1.0,
            pass_fail: -1.0,
            length_chars: 16_384,
        }
    }
}

/// The caps each metric is clipped to, in the metric's own unit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Caps {
    /// CPU time cap in ms (the problem's time limit).
    pub time_ms: f64,
    /// Peak memory cap in KiB (the memory limit).
    pub memory_kb: f64,
}

impl Caps {
    /// The original system's constants: time 90 (compared with milliseconds), memory
    /// 1,048,576, integral 1,048,576 × 90. Kept only to show what they did.
    pub fn original() -> Caps {
        Caps {
            time_ms: 90.0,
            memory_kb: 1_048_576.0,
        }
    }

    /// The cap of `instruction`'s metric (the integral's is the product of the others).
    pub fn of(&self, instruction: Instruction) -> f64 {
        match instruction {
            Instruction::Time => self.time_ms,
            Instruction::Memory => self.memory_kb,
            Instruction::Integral => self.time_ms * self.memory_kb,
        }
    }
}

/// What one version of the code achieved: whether it passed and its metrics.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// It passed every test.
    pub passed: bool,
    /// CPU time in ms.
    pub time_ms: f64,
    /// Peak memory in KiB.
    pub memory_kb: f64,
    /// Time–memory integral in KiB·ms.
    pub integral_kb_ms: f64,
}

impl Outcome {
    /// A passing version with these metrics.
    pub fn passed(time_ms: f64, memory_kb: f64, integral_kb_ms: f64) -> Outcome {
        Outcome {
            passed: true,
            time_ms,
            memory_kb,
            integral_kb_ms,
        }
    }

    /// A failing version (its metrics do not count: it is scored at the caps).
    pub fn failed() -> Outcome {
        Outcome {
            passed: false,
            time_ms: f64::NAN,
            memory_kb: f64::NAN,
            integral_kb_ms: f64::NAN,
        }
    }

    /// The instructed metric, clipped to [0, cap]; the cap for a failure or a value that
    /// is not a number.
    pub fn clipped(&self, instruction: Instruction, caps: &Caps) -> f64 {
        let cap = caps.of(instruction);
        let value = match instruction {
            Instruction::Time => self.time_ms,
            Instruction::Memory => self.memory_kb,
            Instruction::Integral => self.integral_kb_ms,
        };
        if !self.passed || !value.is_finite() {
            return cap;
        }
        value.clamp(0.0, cap)
    }
}

/// A reward and its parts, for trainers to log.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Parts {
    /// The reward.
    pub score: f64,
    /// R_format: 1 for an answer in the exact format, else 0.
    pub format: f64,
    /// R_pass, by the (baseline → new) transition.
    pub pass: f64,
    /// R_gain: tanh of the clipped relative improvement of the instructed metric.
    pub gain: f64,
    /// The weight R_gain got (0 when the new code fails).
    pub gain_weight: f64,
    /// The length term (0..1).
    pub length: f64,
}

/// The reward of an answer whose code achieved `candidate`, against a `baseline`.
/// `exact_format` is [`afterburner_iof::answer::Answer::exact_format`].
pub fn reward(
    weights: &Weights,
    exact_format: bool,
    baseline: &Outcome,
    candidate: &Outcome,
    instruction: Instruction,
    caps: &Caps,
) -> Parts {
    reward_with_length(
        weights,
        exact_format,
        0,
        baseline,
        candidate,
        instruction,
        caps,
    )
}

/// [`reward`] for an answer of `answer_chars` characters (for the length term).
pub fn reward_with_length(
    weights: &Weights,
    exact_format: bool,
    answer_chars: usize,
    baseline: &Outcome,
    candidate: &Outcome,
    instruction: Instruction,
    caps: &Caps,
) -> Parts {
    let pass = match (baseline.passed, candidate.passed) {
        (false, false) => weights.fail_fail,
        (true, true) => weights.pass_pass,
        (false, true) => weights.fail_pass,
        (true, false) => weights.pass_fail,
    };
    let b = baseline.clipped(instruction, caps);
    let c = candidate.clipped(instruction, caps);
    let gain = if b > 0.0 {
        ((b - c) / b).clamp(-1.0, 1.0).tanh()
    } else {
        0.0
    };
    let gain_weight = if candidate.passed { weights.gain } else { 0.0 };
    let format = f64::from(u8::from(exact_format));
    let length = if weights.length_chars == 0 {
        0.0
    } else {
        (1.0 - answer_chars as f64 / weights.length_chars as f64).clamp(0.0, 1.0)
    };
    Parts {
        score: weights.improve * (pass + gain_weight * gain)
            + weights.format * format
            + weights.length * length,
        format,
        pass,
        gain,
        gain_weight,
        length,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAPS: Caps = Caps {
        time_ms: 2000.0,
        memory_kb: 1_048_576.0,
    };

    fn r(baseline: Outcome, candidate: Outcome, instruction: Instruction) -> Parts {
        reward(
            &Weights::default(),
            true,
            &baseline,
            &candidate,
            instruction,
            &CAPS,
        )
    }

    #[test]
    fn every_transition_has_its_value() {
        let p = Outcome::passed(100.0, 1000.0, 1e5);
        let f = Outcome::failed();
        assert_eq!(r(f, f, Instruction::Time).pass, -0.5);
        assert_eq!(r(p, p, Instruction::Time).pass, 0.5);
        assert_eq!(r(f, p, Instruction::Time).pass, 1.0);
        assert_eq!(r(p, f, Instruction::Time).pass, -1.0);
    }

    #[test]
    fn the_total_combines_the_terms_with_the_paper_weights() {
        let same = r(
            Outcome::passed(100.0, 1.0, 1.0),
            Outcome::passed(100.0, 1.0, 1.0),
            Instruction::Time,
        );
        assert_eq!(same.score, 0.5 * 0.5 + 0.2);
        let unformatted = reward(
            &Weights::default(),
            false,
            &Outcome::failed(),
            &Outcome::failed(),
            Instruction::Time,
            &CAPS,
        );
        assert_eq!(unformatted.score, 0.5 * -0.5);
        assert_eq!(
            unformatted.gain_weight, 0.0,
            "a failing answer earns no gain"
        );
    }

    #[test]
    fn a_halving_earns_tanh_of_a_half_with_our_caps_and_nothing_with_the_original() {
        let (before, after) = (
            Outcome::passed(300.0, 1.0, 1.0),
            Outcome::passed(150.0, 1.0, 1.0),
        );
        let ours = r(before, after, Instruction::Time);
        assert!((ours.gain - 0.5f64.tanh()).abs() < 1e-12);
        assert!((ours.score - (0.5 * (0.5 + 0.5 * 0.5f64.tanh()) + 0.2)).abs() < 1e-12);
        let original = reward(
            &Weights::default(),
            true,
            &before,
            &after,
            Instruction::Time,
            &Caps::original(),
        );
        assert_eq!(original.gain, 0.0, "both clipped to 90: no gain");
    }

    #[test]
    fn the_gain_is_clipped_to_plus_minus_one_before_tanh() {
        let slower = r(
            Outcome::passed(100.0, 1.0, 1.0),
            Outcome::passed(1000.0, 1.0, 1.0),
            Instruction::Time,
        );
        assert!((slower.gain - (-1.0f64).tanh()).abs() < 1e-12);
        let free = r(
            Outcome::passed(100.0, 1.0, 1.0),
            Outcome::passed(0.0, 1.0, 1.0),
            Instruction::Time,
        );
        assert!((free.gain - 1.0f64.tanh()).abs() < 1e-12);
    }

    #[test]
    fn a_failing_baseline_is_scored_at_the_cap() {
        let fixed = r(
            Outcome::failed(),
            Outcome::passed(500.0, 1.0, 1.0),
            Instruction::Time,
        );
        assert!((fixed.gain - 0.75f64.tanh()).abs() < 1e-12);
        let over_cap = r(
            Outcome::failed(),
            Outcome::passed(5000.0, 1.0, 1.0),
            Instruction::Time,
        );
        assert_eq!(over_cap.gain, 0.0, "a time over the cap is clipped to it");
    }

    #[test]
    fn each_instruction_compares_its_own_metric() {
        let before = Outcome::passed(100.0, 4000.0, 400_000.0);
        let after = Outcome::passed(200.0, 1000.0, 200_000.0);
        assert!(r(before, after, Instruction::Time).gain < 0.0);
        assert!((r(before, after, Instruction::Memory).gain - 0.75f64.tanh()).abs() < 1e-12);
        assert!((r(before, after, Instruction::Integral).gain - 0.5f64.tanh()).abs() < 1e-12);
    }

    #[test]
    fn a_zero_baseline_earns_no_gain_rather_than_dividing_by_zero() {
        let zero = r(
            Outcome::passed(0.0, 0.0, 0.0),
            Outcome::passed(0.0, 0.0, 0.0),
            Instruction::Memory,
        );
        assert_eq!(zero.gain, 0.0);
        assert!(zero.score.is_finite());
    }

    #[test]
    fn the_length_term_counts_only_with_a_weight() {
        let w = Weights {
            length: 0.3,
            ..Weights::default()
        };
        let p = Outcome::passed(1.0, 1.0, 1.0);
        let short = reward_with_length(&w, true, 0, &p, &p, Instruction::Time, &CAPS);
        let long = reward_with_length(&w, true, 100_000, &p, &p, Instruction::Time, &CAPS);
        assert!((short.score - long.score - 0.3).abs() < 1e-12);
        let off = reward_with_length(
            &Weights::default(),
            true,
            0,
            &p,
            &p,
            Instruction::Time,
            &CAPS,
        );
        assert_eq!(off.score, 0.5 * 0.5 + 0.2);
    }
}
