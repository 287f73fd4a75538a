//! How the Python driver reports each case's output, and how that report is read back.
//!
//! Every case of every round is one frame on stdout, in order:
//!
//! ```text
//! @<case> <bytes>\n<the output, exactly <bytes> bytes of UTF-8>\n
//! @<case> =\n                (the same output as this case's previous frame)
//! ```
//!
//! The length prefix makes an output opaque: whatever it contains (newlines, text that
//! looks like a frame), it cannot end its case early or start another. The reader is
//! strict: the frames must name the cases in the order they ran, and nothing may come
//! before, between or after them. Anything the program wrote to its real stdout outside
//! the driver breaks that order, and the solution fails.

/// The outputs of one judged run, case by case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Outputs {
    /// For each case, its distinct outputs with the position (round × cases + case) at
    /// which each first appeared, in order of appearance.
    pub(crate) per_case: Vec<Vec<(usize, String)>>,
}

impl Outputs {
    /// Each case's output of the first round (the capture of a reference's outputs).
    pub(crate) fn first_round(self) -> Vec<String> {
        self.per_case
            .into_iter()
            .map(|mut outputs| outputs.swap_remove(0).1)
            .collect()
    }
}

/// Why a run's stdout is not a complete, well-formed report.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{detail}")]
pub(crate) struct FrameError {
    /// The case whose frame was expected when the report went wrong.
    pub(crate) case: usize,
    /// What went wrong, for the verdict's reason.
    pub(crate) detail: String,
}

/// Reads the frames of `cases` cases repeated `rounds` times out of `stdout`.
pub(crate) fn read(stdout: &str, cases: usize, rounds: usize) -> Result<Outputs, FrameError> {
    let mut reader = Reader {
        text: stdout,
        at: 0,
    };
    let mut per_case: Vec<Vec<(usize, String)>> = vec![Vec::new(); cases];
    for position in 0..cases * rounds {
        let case = position % cases;
        let fail = |detail: String| FrameError { case, detail };
        if reader.at == stdout.len() {
            return Err(fail(format!(
                "the program stopped after {position} of {} case runs without reporting the rest (did it exit early?)",
                cases * rounds
            )));
        }
        let header = reader.line().ok_or_else(|| fail(outside(&reader)))?;
        let Some((named, length)) = header.strip_prefix('@').and_then(|h| h.split_once(' ')) else {
            return Err(fail(outside_at(header)));
        };
        if named != case.to_string() {
            return Err(fail(outside_at(header)));
        }
        if length == "=" {
            if per_case[case].is_empty() {
                return Err(fail(outside_at(header)));
            }
            continue;
        }
        let bytes = match length.parse::<usize>() {
            Ok(n) if length == n.to_string() => n,
            _ => return Err(fail(outside_at(header))),
        };
        let output = reader
            .take(bytes)
            .ok_or_else(|| fail(format!("the report of case {case} is cut short")))?;
        if reader.line() != Some("") {
            return Err(fail(outside(&reader)));
        }
        let seen = &mut per_case[case];
        if !seen.iter().any(|(_, o)| o == output) {
            seen.push((position, output.to_string()));
        }
    }
    if reader.at != stdout.len() {
        return Err(FrameError {
            case: cases.saturating_sub(1),
            detail: format!(
                "the program wrote {:?} to stdout after its last case (a solution must only print its answers)",
                clip(&stdout[reader.at..])
            ),
        });
    }
    Ok(Outputs { per_case })
}

/// The reason for text that is not the driver's.
fn outside(reader: &Reader) -> String {
    outside_at(&reader.text[reader.at..])
}

fn outside_at(text: &str) -> String {
    format!(
        "the program wrote {:?} to stdout outside the harness's report of its answers (a solution must not write to the real stdout)",
        clip(text)
    )
}

fn clip(text: &str) -> String {
    text.chars().take(200).collect()
}

/// A cursor over the report.
struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    /// The text up to the next newline (consumed), or `None` if there is none.
    fn line(&mut self) -> Option<&'a str> {
        let rest = &self.text[self.at..];
        let end = rest.find('\n')?;
        self.at += end + 1;
        Some(&rest[..end])
    }

    /// The next `bytes` bytes, if they are there and end on a character boundary.
    fn take(&mut self, bytes: usize) -> Option<&'a str> {
        let end = self.at.checked_add(bytes)?;
        let taken = self.text.get(self.at..end)?;
        self.at = end;
        Some(taken)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(case: usize, output: &str) -> String {
        format!("@{case} {}\n{output}\n", output.len())
    }

    #[test]
    fn outputs_are_read_case_by_case_with_repeats_folded() {
        let stdout = [
            frame(0, "6\n"),
            frame(1, "a\nb\n"),
            "@0 =\n".into(),
            frame(1, "c\n"),
        ]
        .concat();
        let outputs = read(&stdout, 2, 2).unwrap();
        assert_eq!(
            outputs.per_case,
            vec![
                vec![(0, "6\n".to_string())],
                vec![(1, "a\nb\n".to_string()), (3, "c\n".to_string())]
            ]
        );
        assert_eq!(outputs.first_round(), ["6\n", "a\nb\n"]);
    }

    #[test]
    fn an_output_that_looks_like_frames_stays_one_output() {
        let forged = format!("{}{}", frame(0, "x"), frame(1, "y"));
        let stdout = [frame(0, &forged), frame(1, "z")].concat();
        let outputs = read(&stdout, 2, 1).unwrap();
        assert_eq!(outputs.per_case[0], vec![(0, forged)]);
        assert_eq!(outputs.per_case[1], vec![(1, "z".to_string())]);
    }

    #[test]
    fn text_outside_the_frames_is_refused() {
        // Before the first frame (a bare `Success` and an early exit), between frames,
        // and after the last.
        for (stdout, case) in [
            ("Success\n".to_string(), 0),
            (format!("{}Success\n{}", frame(0, "1"), frame(1, "2")), 1),
            (format!("{}{}Success\n", frame(0, "1"), frame(1, "2")), 1),
        ] {
            let err = read(&stdout, 2, 1).unwrap_err();
            assert_eq!(err.case, case, "{stdout:?}");
            assert!(err.detail.contains("Success"), "{}", err.detail);
        }
    }

    #[test]
    fn frames_out_of_order_or_missing_are_refused() {
        // Case 1 first, case 0 twice, a repeat before any output, too few frames.
        let swapped = [frame(1, "2"), frame(0, "1")].concat();
        assert!(read(&swapped, 2, 1).is_err());
        let twice = [frame(0, "1"), frame(0, "1")].concat();
        assert!(read(&twice, 2, 1).is_err());
        assert!(read("@0 =\n", 1, 1).is_err());
        let short = read(&frame(0, "1"), 2, 1).unwrap_err();
        assert_eq!(short.case, 1);
        assert!(
            short.detail.contains("stopped after 1 of 2"),
            "{}",
            short.detail
        );
        assert!(read("", 1, 1)
            .unwrap_err()
            .detail
            .contains("stopped after 0"));
    }

    #[test]
    fn malformed_lengths_and_cut_outputs_are_refused() {
        for stdout in [
            "@0 +3\nabc\n",
            "@0 03\nabc\n",
            "@0 5\nabc\n",
            "@0 3\nabcd\n",
            "@0 3\nabc",
            "@0 99999999999999999999999\n",
        ] {
            assert!(read(stdout, 1, 1).is_err(), "{stdout:?}");
        }
        // A length that ends inside a character.
        assert!(read("@0 1\né\n", 1, 1).is_err());
        assert_eq!(read("@0 2\né\n", 1, 1).unwrap().first_round(), ["é"]);
    }
}
