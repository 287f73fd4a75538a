//! The harness for C++, Java, JavaScript, Go and Rust: the runner (solution substituted)
//! reads the number of cases, then each case, and prints one line per case; the lines are
//! compared with the expected outputs by the problem's comparator.

use crate::record::{Comparator, TestCase, SUBMISSION_MARKER};

/// Replaces the marker line of `runner` by `solution`.
pub(crate) fn compose(runner: &str, solution: &str) -> String {
    runner
        .lines()
        .map(|line| {
            if line.trim() == SUBMISSION_MARKER {
                solution.trim_end()
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// The stdin of a run: `K` (cases × `multiply`), then every case input in order.
pub(crate) fn stdin(cases: &[TestCase], multiply: usize) -> Vec<u8> {
    let mut text = format!("{}\n", cases.len() * multiply);
    for _ in 0..multiply {
        for case in cases {
            text.push_str(&case.input);
            if !case.input.ends_with('\n') {
                text.push('\n');
            }
        }
    }
    text.into_bytes()
}

/// Why an output was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mismatch {
    pub(crate) case: usize,
    pub(crate) detail: String,
}

/// Checks `stdout` against the cases: exactly one line per case, each accepted.
pub(crate) fn check(
    stdout: &str,
    cases: &[TestCase],
    multiply: usize,
    comparator: Comparator,
) -> Result<(), Mismatch> {
    let lines: Vec<&str> = stdout
        .strip_suffix('\n')
        .unwrap_or(stdout)
        .split('\n')
        .collect();
    let expected_lines = cases.len() * multiply;
    let lines = if stdout.is_empty() { Vec::new() } else { lines };
    for (i, got) in lines.iter().enumerate().take(expected_lines) {
        let case = i % cases.len();
        let expected = &cases[case].output;
        if !comparator.accepts(expected, got) {
            return Err(Mismatch {
                case,
                detail: format!(
                    "expected {:?}, got {:?}",
                    clip(expected.trim_end()),
                    clip(got)
                ),
            });
        }
    }
    if lines.len() != expected_lines {
        return Err(Mismatch {
            case: lines.len().min(expected_lines.saturating_sub(1)) % cases.len().max(1),
            detail: format!(
                "printed {} lines for {expected_lines} cases (one line per case)",
                lines.len()
            ),
        });
    }
    Ok(())
}

fn clip(text: &str) -> String {
    text.chars().take(300).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cases() -> Vec<TestCase> {
        vec![
            TestCase {
                input: "1 2".into(),
                output: "3\n".into(),
            },
            TestCase {
                input: "5 5\n".into(),
                output: "10\n".into(),
            },
        ]
    }

    #[test]
    fn stdin_counts_every_repeated_case() {
        assert_eq!(
            String::from_utf8(stdin(&cases(), 2)).unwrap(),
            "4\n1 2\n5 5\n1 2\n5 5\n"
        );
    }

    #[test]
    fn one_line_per_case_is_required() {
        let c = Comparator::Tokens;
        assert_eq!(check("3\n10\n3\n10\n", &cases(), 2, c), Ok(()));
        let wrong = check("3\n11\n", &cases(), 1, c).unwrap_err();
        assert_eq!(wrong.case, 1);
        assert!(wrong.detail.contains("11"));
        let extra = check("3\n10\ndebug\n", &cases(), 1, c).unwrap_err();
        assert!(extra.detail.contains("printed 3 lines for 2 cases"));
        let short = check("3\n", &cases(), 1, c).unwrap_err();
        assert!(short.detail.contains("printed 1 lines"));
        assert!(check("", &cases(), 1, c).is_err());
    }

    #[test]
    fn the_solution_replaces_the_marker() {
        let program = compose(
            "#include <cstdio>\n==Code Submission==\nint main(){}\n",
            "int f(){ return 1; }\n",
        );
        assert_eq!(
            program,
            "#include <cstdio>\nint f(){ return 1; }\nint main(){}\n"
        );
    }
}
