//! The exit codes, the same for every command: 0 when everything asked for succeeded,
//! 1 when a program or a dataset got a verdict against it (a timeout, a runtime error,
//! a label that does not hold), 2 when Afterburner itself could not do what was asked
//! (bad arguments, an unreadable file, no sandbox, a run that ended in `sandbox_error`,
//! which is our failure, never the program's).

use std::process::ExitCode;

use afterburner_monolith::Status;
use afterburner_venus::labels::LabelCheck;
use afterburner_venus::Verdict;

/// How a command ended, from best to worst; a command reports the worst it saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Everything asked for succeeded.
    Success,
    /// A verdict against a program or a dataset.
    Verdict,
    /// Afterburner failed.
    Failed,
}

impl Outcome {
    /// The outcome of one run.
    pub fn of_status(status: Status) -> Outcome {
        match status {
            Status::Success => Outcome::Success,
            Status::SandboxError => Outcome::Failed,
            _ => Outcome::Verdict,
        }
    }

    /// The outcome of checking one solution's label: a judging run that ended in
    /// `sandbox_error` (when that was not the label) says nothing about the solution.
    pub fn of_label(check: &LabelCheck) -> Outcome {
        if check.holds() {
            Outcome::Success
        } else if check.got == Verdict::SandboxError {
            Outcome::Failed
        } else {
            Outcome::Verdict
        }
    }

    /// The worst of `outcomes`; `Success` when there are none.
    pub fn worst(outcomes: impl IntoIterator<Item = Outcome>) -> Outcome {
        outcomes.into_iter().max().unwrap_or(Outcome::Success)
    }
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> ExitCode {
        match outcome {
            Outcome::Success => ExitCode::SUCCESS,
            Outcome::Verdict => ExitCode::from(1),
            Outcome::Failed => ExitCode::from(2),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sandbox_error_outranks_every_verdict() {
        use Status::*;
        assert_eq!(Outcome::worst([]), Outcome::Success);
        assert_eq!(
            Outcome::worst([Success, Success].map(Outcome::of_status)),
            Outcome::Success
        );
        assert_eq!(
            Outcome::worst([Success, Timeout, RuntimeError].map(Outcome::of_status)),
            Outcome::Verdict
        );
        assert_eq!(
            Outcome::worst([Timeout, SandboxError, CompileError].map(Outcome::of_status)),
            Outcome::Failed
        );
    }

    #[test]
    fn a_label_that_fails_in_the_sandbox_is_our_failure() {
        let check = |expected, got| LabelCheck {
            problem_id: "1".into(),
            solution: 0,
            name: None,
            language: afterburner_monolith::Language::Python,
            expected,
            got,
            reason: None,
            metrics: Default::default(),
        };
        use Verdict::*;
        assert_eq!(Outcome::of_label(&check(Passed, Passed)), Outcome::Success);
        assert_eq!(Outcome::of_label(&check(Passed, Timeout)), Outcome::Verdict);
        assert_eq!(
            Outcome::of_label(&check(Timeout, SandboxError)),
            Outcome::Failed
        );
        assert_eq!(
            Outcome::of_label(&check(SandboxError, SandboxError)),
            Outcome::Success
        );
    }
}
