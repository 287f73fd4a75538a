use std::collections::HashSet;

struct Solution;

impl Solution {
    pub fn longest_clean(nums: Vec<i64>) -> i32 {
        let n = nums.len();
        let mut best = 0;
        for start in 0..n {
            let mut seen = HashSet::new();
            let mut end = start;
            while end < n && seen.insert(nums[end]) {
                end += 1;
            }
            best = best.max(end - start);
        }
        best as i32
    }
}
