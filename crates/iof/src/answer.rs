//! Reading a model's answer: its reasoning, its code, and whether it kept to the answer
//! format `<thinking>…</thinking><solution>```lang … ```</solution>`.
//!
//! The code is the last fenced block inside the last `<solution>` section; failing that,
//! the last fenced block anywhere. An answer is untrusted text: nothing here executes or
//! interprets it, and an answer without code is simply an answer without code.

use serde::{Deserialize, Serialize};

/// Code longer than this is not run (by the loop or the reward): no solution to a judged
/// problem needs it, and an answer is untrusted.
pub const MAX_CODE_BYTES: usize = 256 * 1024;

const THINKING_OPEN: &str = "<thinking>";
const THINKING_CLOSE: &str = "</thinking>";
const SOLUTION_OPEN: &str = "<solution>";
const SOLUTION_CLOSE: &str = "</solution>";
const FENCE: &str = "```";

/// Where the code was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeSource {
    /// Inside `<solution>`.
    Solution,
    /// In a fenced block outside `<solution>`.
    Elsewhere,
    /// Nowhere: the answer has no code.
    Missing,
}

/// What an answer holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// The code, when there is any.
    pub code: Option<String>,
    /// The language tag of its fence (` ```python ` → `python`), when there is one.
    pub fence_language: Option<String>,
    /// The text inside `<thinking>`, when there is one.
    pub thinking: Option<String>,
    /// Where the code came from.
    pub source: CodeSource,
    /// The code's fence was closed (an answer cut off by the token limit inside its code
    /// block has an unclosed one: its code is incomplete).
    #[serde(default = "closed")]
    pub fence_closed: bool,
    /// The whole answer is exactly one `<thinking>` section followed by one `<solution>`
    /// section (whitespace around them aside).
    pub exact_format: bool,
}

/// `text` without the end-of-turn markers a trainer may have decoded after the answer
/// (OpenRLHF decodes with special tokens kept): trailing `<|…|>` tokens (ChatML's
/// `<|im_end|>`, `<|endoftext|>`, Llama 3's `<|eot_id|>`), `</s>`, `<eos>`,
/// `<end_of_turn>` and DeepSeek's `<｜end▁of▁sentence｜>`, with the whitespace around them.
pub fn without_end_of_turn(text: &str) -> &str {
    const MARKERS: [&str; 4] = ["</s>", "<eos>", "<end_of_turn>", "<｜end▁of▁sentence｜>"];
    let mut rest = text.trim_end();
    loop {
        let before = rest;
        for marker in MARKERS {
            rest = rest.strip_suffix(marker).unwrap_or(rest).trim_end();
        }
        if let Some(open) = rest.strip_suffix("|>").and_then(|r| r.rfind("<|")) {
            let token = &rest[open + 2..rest.len() - 2];
            if !token.is_empty() && token.len() <= 32 && !token.contains(['<', '>', '|', '\n']) {
                rest = rest[..open].trim_end();
            }
        }
        if rest.len() == before.len() {
            return rest;
        }
    }
}

/// An answer in the format: `reasoning` inside `<thinking>`, then `code` fenced as
/// `fence` (a language tag) inside `<solution>`. [`parse`] reads it back exactly.
pub fn compose(reasoning: &str, fence: &str, code: &str) -> String {
    format!(
        "{THINKING_OPEN}\n{}\n{THINKING_CLOSE}\n{SOLUTION_OPEN}\n{FENCE}{fence}\n{}\n{FENCE}\n{SOLUTION_CLOSE}",
        reasoning.trim(),
        code.trim_end()
    )
}

/// Reads `text`.
pub fn parse(text: &str) -> Answer {
    let solution = last_section(text, SOLUTION_OPEN, SOLUTION_CLOSE);
    let in_solution = solution.and_then(|s| last_block(s, true));
    let (block, source) = match in_solution {
        Some(block) => (Some(block), CodeSource::Solution),
        None => match last_block(text, false) {
            Some(block) => (Some(block), CodeSource::Elsewhere),
            None => (None, CodeSource::Missing),
        },
    };
    let (fence_language, code, source, fence_closed) = match block {
        Some((language, code, closed)) if !code.trim().is_empty() => {
            (language, Some(code), source, closed)
        }
        _ => (None, None, CodeSource::Missing, true),
    };
    Answer {
        code,
        fence_language,
        fence_closed,
        thinking: last_section(text, THINKING_OPEN, THINKING_CLOSE).map(|t| t.trim().to_string()),
        source,
        exact_format: exact_format(text),
    }
}

/// The text after the last `open` up to the following `close` (or the end, for an answer
/// cut off mid-section).
fn last_section<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.rfind(open)? + open.len();
    let rest = &text[start..];
    Some(rest.find(close).map_or(rest, |end| &rest[..end]))
}

fn closed() -> bool {
    true
}

/// The last fenced block of `text` as (language tag, code, closed). With `open_ended`, a
/// fence that is never closed runs to the end of `text` (a model that forgot the closing
/// fence before `</solution>`); otherwise it is not a block.
fn last_block(text: &str, open_ended: bool) -> Option<(Option<String>, String, bool)> {
    let mut last = None;
    let mut open: Option<(Option<String>, Vec<&str>)> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        match open.take() {
            None => {
                if let Some(tag) = trimmed.strip_prefix(FENCE) {
                    let tag = tag.trim();
                    let language = (!tag.is_empty()).then(|| tag.to_ascii_lowercase());
                    open = Some((language, Vec::new()));
                }
            }
            Some((language, mut lines)) => {
                if trimmed.trim_end() == FENCE {
                    last = Some((language, join(&lines), true));
                } else {
                    lines.push(line);
                    open = Some((language, lines));
                }
            }
        }
    }
    match open {
        Some((language, lines)) if open_ended => Some((language, join(&lines), false)),
        _ => last,
    }
}

fn join(lines: &[&str]) -> String {
    let mut code = lines.join("\n");
    code.push('\n');
    code
}

/// One `<thinking>` section followed by one `<solution>` section and nothing else.
fn exact_format(text: &str) -> bool {
    let text = text.trim();
    let once = |tag: &str| text.matches(tag).count() == 1;
    if ![THINKING_OPEN, THINKING_CLOSE, SOLUTION_OPEN, SOLUTION_CLOSE]
        .iter()
        .all(|t| once(t))
    {
        return false;
    }
    let Some(rest) = text.strip_prefix(THINKING_OPEN) else {
        return false;
    };
    let Some((_, rest)) = rest.split_once(THINKING_CLOSE) else {
        return false;
    };
    let Some(rest) = rest.trim_start().strip_prefix(SOLUTION_OPEN) else {
        return false;
    };
    rest.ends_with(SOLUTION_CLOSE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_of_turn_markers_after_an_answer_are_not_part_of_it() {
        let answer = "<thinking>t</thinking>\n<solution>\n```python\nprint(1)\n```\n</solution>";
        for tail in [
            "<|im_end|>",
            "<|im_end|>\n<|endoftext|>",
            " <|eot_id|>",
            "</s>",
            "<end_of_turn>\n<eos>",
            "<｜end▁of▁sentence｜>",
            "",
        ] {
            let decoded = format!("{answer}{tail}");
            assert_eq!(without_end_of_turn(&decoded), answer, "{tail:?}");
            assert!(parse(without_end_of_turn(&decoded)).exact_format);
        }
        // Text that only looks like a marker inside the answer stays.
        assert_eq!(without_end_of_turn("a <|x|> b"), "a <|x|> b");
        assert_eq!(without_end_of_turn("x || y |>"), "x || y |>");
    }

    #[test]
    fn a_composed_answer_reads_back_exactly() {
        let code = "class Solution:\n    def f(self):\n        return 1\n";
        let text = compose("  Count once.\n", "python", code);
        let answer = parse(&text);
        assert!(answer.exact_format, "{text}");
        assert_eq!(answer.code.as_deref(), Some(code));
        assert_eq!(
            answer.thinking.as_deref().map(str::trim),
            Some("Count once.")
        );
        assert_eq!(answer.fence_language.as_deref(), Some("python"));
    }

    #[test]
    fn an_exact_answer_gives_its_code_language_and_reasoning() {
        let a = parse(
            "<thinking>Use a set.</thinking>\n<solution>\n```python\nprint(1)\n```\n</solution>",
        );
        assert_eq!(a.code.as_deref(), Some("print(1)\n"));
        assert_eq!(a.fence_language.as_deref(), Some("python"));
        assert_eq!(a.thinking.as_deref(), Some("Use a set."));
        assert_eq!(a.source, CodeSource::Solution);
        assert!(a.exact_format);
    }

    #[test]
    fn the_last_block_inside_the_solution_wins_over_blocks_outside() {
        let a = parse(
            "```python\nold()\n```\n<solution>\n```python\nfirst()\n```\n```python\nsecond()\n```\n</solution>\n```python\nafter()\n```",
        );
        assert_eq!(a.code.as_deref(), Some("second()\n"));
        assert_eq!(a.source, CodeSource::Solution);
        assert!(!a.exact_format);
    }

    #[test]
    fn without_a_solution_section_the_last_block_anywhere_is_taken() {
        let a = parse("Here:\n```cpp\nint a;\n```\nand better:\n```\nint b;\n```\n");
        assert_eq!(a.code.as_deref(), Some("int b;\n"));
        assert_eq!(a.fence_language, None);
        assert_eq!(a.source, CodeSource::Elsewhere);
        assert!(!a.exact_format);
    }

    #[test]
    fn text_without_code_has_no_code() {
        for text in [
            "I cannot improve this.",
            "<solution>\n</solution>",
            "```python\n\n```",
            "",
        ] {
            let a = parse(text);
            assert_eq!(a.code, None, "{text:?}");
            assert_eq!(a.source, CodeSource::Missing);
        }
    }

    #[test]
    fn an_unclosed_fence_counts_inside_the_solution_only() {
        let cut = parse("<thinking>x</thinking><solution>\n```python\nprint(2)\n");
        assert_eq!(cut.code.as_deref(), Some("print(2)\n"));
        assert!(!cut.fence_closed);
        assert!(parse("<solution>\n```python\nprint(2)\n```").fence_closed);
        let loose = parse("text\n```python\nprint(3)\n");
        assert_eq!(loose.code, None);
    }

    #[test]
    fn the_format_is_exact_only_with_one_of_each_section_in_order() {
        assert!(!parse("<solution>```x```</solution><thinking>t</thinking>").exact_format);
        assert!(
            !parse("<thinking>a</thinking><thinking>b</thinking><solution>s</solution>")
                .exact_format
        );
        assert!(!parse("Sure! <thinking>a</thinking><solution>s</solution>").exact_format);
        assert!(!parse("<thinking>a</thinking><solution>s</solution> Done.").exact_format);
        assert!(parse("  <thinking>a</thinking>\n\n<solution>s</solution>\n").exact_format);
    }
}
