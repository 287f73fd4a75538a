//! The glob patterns of a dataset card's `data_files` (`python/train-*`,
//! `data/**/*.parquet`), matched against `/`-separated paths relative to the repository
//! root: `*` and `?` stay within one path segment, `**` spans any number of segments,
//! `[abc]`, `[a-z]` and `[!a]` match one character of a class.

/// Whether `path` (relative, `/`-separated) matches `pattern`.
pub(super) fn matches(pattern: &str, path: &str) -> bool {
    let pattern = pattern.trim_start_matches("./");
    let pattern: Vec<&str> = pattern.split('/').filter(|s| !s.is_empty()).collect();
    let path: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    segments_match(&pattern, &path)
}

fn segments_match(pattern: &[&str], path: &[&str]) -> bool {
    match pattern.split_first() {
        None => path.is_empty(),
        Some((&"**", rest)) => (0..=path.len()).any(|skip| segments_match(rest, &path[skip..])),
        Some((first, rest)) => match path.split_first() {
            Some((segment, path_rest)) => {
                let pattern: Vec<char> = first.chars().collect();
                let segment: Vec<char> = segment.chars().collect();
                segment_matches(&pattern, &segment) && segments_match(rest, path_rest)
            }
            None => false,
        },
    }
}

fn segment_matches(pattern: &[char], text: &[char]) -> bool {
    match pattern.split_first() {
        None => text.is_empty(),
        Some(('*', rest)) => (0..=text.len()).any(|skip| segment_matches(rest, &text[skip..])),
        Some(('?', rest)) => !text.is_empty() && segment_matches(rest, &text[1..]),
        Some(('[', rest)) => match (class(rest), text.split_first()) {
            (Some((matcher, after)), Some((c, text_rest))) => {
                matcher(*c) && segment_matches(after, text_rest)
            }
            // An unclosed `[` is a literal character.
            (None, Some(('[', text_rest))) => segment_matches(rest, text_rest),
            _ => false,
        },
        Some((c, rest)) => text.first() == Some(c) && segment_matches(rest, &text[1..]),
    }
}

/// Parses a class after its `[`: a predicate and the pattern after its `]`.
fn class(pattern: &[char]) -> Option<(impl Fn(char) -> bool, &[char])> {
    let (negated, body) = match pattern.first() {
        Some('!' | '^') => (true, &pattern[1..]),
        _ => (false, pattern),
    };
    // A `]` right after the opening is a member, not the end.
    let end = body.iter().skip(1).position(|&c| c == ']')? + 1;
    let members = body[..end].to_vec();
    let rest = &body[end + 1..];
    let predicate = move |c: char| {
        let mut i = 0;
        let mut hit = false;
        while i < members.len() {
            if i + 2 < members.len() && members[i + 1] == '-' {
                hit |= (members[i]..=members[i + 2]).contains(&c);
                i += 3;
            } else {
                hit |= members[i] == c;
                i += 1;
            }
        }
        hit != negated
    };
    Some((predicate, rest))
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn star_stays_within_a_segment() {
        assert!(matches(
            "python/train-*",
            "python/train-00000-of-00002.parquet"
        ));
        assert!(matches(
            "./python/train-*",
            "python/train-00001-of-00002.parquet"
        ));
        assert!(!matches(
            "python/train-*",
            "python/test-00000-of-00001.parquet"
        ));
        assert!(!matches("python/*", "python/sub/train.parquet"));
        assert!(!matches("train-*", "python/train-0.parquet"));
        assert!(matches("*.parquet", "x.parquet"));
    }

    #[test]
    fn double_star_spans_segments() {
        assert!(matches("data/**/*.parquet", "data/train.parquet"));
        assert!(matches("data/**/*.parquet", "data/a/b/train.parquet"));
        assert!(matches("**", "a/b/c"));
        assert!(!matches("data/**/*.parquet", "other/train.parquet"));
    }

    #[test]
    fn question_marks_and_classes_match_one_character() {
        assert!(matches("train-0000?-*", "train-00003-of-00004.parquet"));
        assert!(matches("train-[0-4]*", "train-3.parquet"));
        assert!(!matches("train-[!0-4]*", "train-3.parquet"));
        assert!(matches("train-[!0-4]*", "train-7.parquet"));
        assert!(matches("a[]]b", "a]b"));
        assert!(matches("a[b", "a[b"));
    }
}
