use std::collections::HashMap;

struct Solution;

impl Solution {
    pub fn count_exact_sum(nums: Vec<i64>, k: i64) -> i64 {
        let mut seen: HashMap<i64, i64> = HashMap::new();
        let mut prefix = 0i64;
        let mut total = 0i64;
        for x in nums {
            prefix += x;
            total += seen.get(&(prefix - k)).copied().unwrap_or(0);
            *seen.entry(prefix).or_insert(0) += 1;
        }
        total
    }
}
