//! Built-in comparators for outputs of non-Python runs, one line per case.

use crate::record::Comparator;

impl Comparator {
    /// Whether `got` is an acceptable output for `expected`.
    pub fn accepts(self, expected: &str, got: &str) -> bool {
        match self {
            Comparator::Exact => expected.trim_end() == got.trim_end(),
            Comparator::Tokens => expected.split_whitespace().eq(got.split_whitespace()),
            Comparator::SortedTokens => {
                let mut a: Vec<&str> = expected.split_whitespace().collect();
                let mut b: Vec<&str> = got.split_whitespace().collect();
                a.sort_unstable();
                b.sort_unstable();
                a == b
            }
            Comparator::Float(tolerance) => {
                let a: Vec<&str> = expected.split_whitespace().collect();
                let b: Vec<&str> = got.split_whitespace().collect();
                a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| close(x, y, tolerance))
            }
        }
    }
}

/// Equal tokens, or numbers within `tolerance` (absolute, or relative to the larger).
fn close(expected: &str, got: &str, tolerance: f64) -> bool {
    if expected == got {
        return true;
    }
    match (expected.parse::<f64>(), got.parse::<f64>()) {
        (Ok(x), Ok(y)) if x.is_finite() && y.is_finite() => {
            let diff = (x - y).abs();
            diff <= tolerance || diff <= tolerance * x.abs().max(y.abs())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_ignores_only_trailing_space() {
        assert!(Comparator::Exact.accepts("1 2\n", "1 2"));
        assert!(!Comparator::Exact.accepts("1 2", "1  2"));
    }

    #[test]
    fn tokens_ignore_spacing_but_not_order() {
        assert!(Comparator::Tokens.accepts("1 2 3", " 1\t2  3 "));
        assert!(!Comparator::Tokens.accepts("1 2 3", "1 3 2"));
        assert!(Comparator::SortedTokens.accepts("1 2 3", "3 1 2"));
        assert!(!Comparator::SortedTokens.accepts("1 2 3", "3 1"));
    }

    #[test]
    fn floats_compare_within_tolerance() {
        let c = Comparator::Float(1e-6);
        assert!(c.accepts("0.3333333", "0.33333331"));
        assert!(c.accepts("1e9", "1000000000.5"));
        assert!(!c.accepts("0.5", "0.6"));
        assert!(!c.accepts("1 2", "1"));
        assert!(!c.accepts("nan", "x"));
    }
}
