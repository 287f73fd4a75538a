use std::collections::HashMap;

struct Solution;

impl Solution {
    pub fn count_pairs(nums: Vec<i64>, target: i64) -> i64 {
        let mut seen: HashMap<i64, i64> = HashMap::with_capacity(nums.len());
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
