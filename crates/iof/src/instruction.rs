//! The efficiency goal of a run: which measured metric the model is asked to lower.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// What the model is asked to improve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Instruction {
    /// CPU time.
    Time,
    /// Peak memory.
    Memory,
    /// The time–memory integral (memory held over the run).
    Integral,
}

impl Instruction {
    /// All three, in the order the paper reports them.
    pub const ALL: [Instruction; 3] = [
        Instruction::Time,
        Instruction::Memory,
        Instruction::Integral,
    ];

    /// The name used on the command line and in files.
    pub fn name(self) -> &'static str {
        match self {
            Instruction::Time => "time",
            Instruction::Memory => "memory",
            Instruction::Integral => "integral",
        }
    }

    /// The metric's unit, as printed.
    pub fn unit(self) -> &'static str {
        match self {
            Instruction::Time => "ms",
            Instruction::Memory => "KiB",
            Instruction::Integral => "KiB·ms",
        }
    }
}

impl fmt::Display for Instruction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An instruction name that is not one of the three.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown instruction {0:?}: expected time, memory or integral")]
pub struct UnknownInstruction(pub String);

impl FromStr for Instruction {
    type Err = UnknownInstruction;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "time" => Ok(Instruction::Time),
            "memory" => Ok(Instruction::Memory),
            "integral" => Ok(Instruction::Integral),
            other => Err(UnknownInstruction(other.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_names_are_refused() {
        for i in Instruction::ALL {
            assert_eq!(i.name().parse::<Instruction>(), Ok(i));
        }
        assert_eq!(" Memory ".parse::<Instruction>(), Ok(Instruction::Memory));
        let err = "speed".parse::<Instruction>().unwrap_err();
        assert!(err.to_string().contains("time, memory or integral"));
    }
}
