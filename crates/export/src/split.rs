//! Train and test by problem: a seeded order of the problem ids, the first share held out.

use std::collections::BTreeSet;

use afterburner_iof::tasks::seeded_rank;
use serde::Serialize;

/// Which side of the split a problem is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Split {
    /// Trained on.
    Train,
    /// Held out.
    Test,
}

impl Split {
    /// `train` or `test`.
    pub fn name(self) -> &'static str {
        match self {
            Split::Train => "train",
            Split::Test => "test",
        }
    }
}

/// Decides each problem's side.
pub struct Splitter {
    test: BTreeSet<String>,
}

impl Splitter {
    /// Holds out `fraction` of `ids` (rounded, at least one when the fraction is positive
    /// and there are two or more problems, never all of them), chosen by `seed`: the same
    /// seed and ids give the same split, and adding problems moves none of the others
    /// across unless the held-out count changes.
    pub fn new(ids: &[String], fraction: f64, seed: u64) -> Splitter {
        let n = ids.len();
        let mut count = (fraction * n as f64).round() as usize;
        if fraction > 0.0 && n >= 2 {
            count = count.max(1);
        }
        count = count.min(n.saturating_sub(1));
        let mut order: Vec<&String> = ids.iter().collect();
        order.sort_by_key(|id| (seeded_rank(seed, id), id.to_string()));
        Splitter {
            test: order.into_iter().take(count).cloned().collect(),
        }
    }

    /// The side of problem `id`.
    pub fn of(&self, id: &str) -> Split {
        if self.test.contains(id) {
            Split::Test
        } else {
            Split::Train
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("p{i}")).collect()
    }

    #[test]
    fn the_held_out_share_is_rounded_and_never_empty_or_everything() {
        let count = |n, f| {
            let all = ids(n);
            let s = Splitter::new(&all, f, 7);
            all.iter().filter(|id| s.of(id) == Split::Test).count()
        };
        assert_eq!(count(50, 0.1), 5);
        assert_eq!(
            count(5, 0.1),
            1,
            "a positive fraction holds out at least one"
        );
        assert_eq!(count(1, 0.5), 0, "one problem stays in train");
        assert_eq!(count(3, 0.9), 2, "never every problem");
        assert_eq!(count(20, 0.0), 0);
    }

    #[test]
    fn the_seed_decides_and_is_reproducible() {
        let all = ids(40);
        let held = |seed| {
            let s = Splitter::new(&all, 0.25, seed);
            all.iter()
                .filter(|id| s.of(id) == Split::Test)
                .cloned()
                .collect::<Vec<_>>()
        };
        assert_eq!(held(1), held(1));
        assert_ne!(held(1), held(2));
    }
}
