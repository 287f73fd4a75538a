use std::collections::BTreeMap;

struct Solution;

impl Solution {
    pub fn count_pairs(nums: Vec<i64>, target: i64) -> i64 {
        // ordered B-tree of counts: O(log n) per lookup
        let mut seen: BTreeMap<i64, i64> = BTreeMap::new();
        let mut total = 0i64;
        for &x in &nums {
            if let Some(&c) = seen.get(&(target - x)) {
                total += c;
            }
            *seen.entry(x).or_insert(0) += 1;
        }
        total
    }
}
