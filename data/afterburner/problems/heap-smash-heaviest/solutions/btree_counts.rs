use std::collections::BTreeMap;

struct Solution;

impl Solution {
    pub fn last_remaining(weights: Vec<i64>) -> i64 {
        // ordered map value -> count; pairs of the largest value cancel in bulk
        let mut count: BTreeMap<i64, u32> = BTreeMap::new();
        for w in weights {
            *count.entry(w).or_insert(0) += 1;
        }
        while let Some((x, c)) = count.pop_last() {
            if c % 2 == 0 {
                continue;
            }
            let Some((y, cy)) = count.pop_last() else { return x };
            if cy > 1 {
                count.insert(y, cy - 1);
            }
            *count.entry(x - y).or_insert(0) += 1;
        }
        0
    }
}
