//! The GRPO efficiency reward of the Afterburner paper, computed from real runs.
//!
//! R = 0.5·R_improve + 0.2·R_format (+ a length term, weight 0 by default), where
//! R_improve = R_pass + w·R_gain. [`formula`] is the arithmetic, pure and exact;
//! [`batch`] measures a batch of answers the way GRPO sends them (many identical),
//! judging each distinct program once and re-measuring baselines on this machine.
//!
//! The answer format and the code extraction are the optimisation loop's
//! ([`afterburner_iof::answer`]): the reward and the loop read answers the same way.
//!
//! ```
//! use afterburner_iof::instruction::Instruction;
//! use afterburner_reward::formula::{reward, Caps, Outcome, Weights};
//!
//! let caps = Caps { time_ms: 2000.0, memory_kb: 1_048_576.0 };
//! let baseline = Outcome::passed(300.0, 9000.0, 2.7e6);
//! let candidate = Outcome::passed(150.0, 9000.0, 1.35e6);
//! let r = reward(&Weights::default(), true, &baseline, &candidate, Instruction::Time, &caps);
//! assert!((r.gain - 0.5f64.tanh()).abs() < 1e-12);
//! ```
#![deny(missing_docs)]

pub mod batch;
pub mod formula;
