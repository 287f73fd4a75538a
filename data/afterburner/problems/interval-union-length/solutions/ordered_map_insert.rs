use std::collections::BTreeMap;

struct Solution;

impl Solution {
    pub fn covered_length(segments: Vec<Vec<i64>>) -> i64 {
        // disjoint covered pieces keyed by start; each segment absorbs the pieces it meets
        let mut pieces: BTreeMap<i64, i64> = BTreeMap::new();
        for s in &segments {
            let (mut l, mut r) = (s[0], s[1]);
            if let Some((&a, &b)) = pieces.range(..=l).next_back() {
                if b >= l {
                    l = a;
                    r = r.max(b);
                    pieces.remove(&a);
                }
            }
            loop {
                let next = pieces.range(l..=r).next().map(|(&a, &b)| (a, b));
                match next {
                    Some((a, b)) => {
                        r = r.max(b);
                        pieces.remove(&a);
                    }
                    None => break,
                }
            }
            pieces.insert(l, r);
        }
        pieces.iter().map(|(a, b)| b - a).sum()
    }
}
