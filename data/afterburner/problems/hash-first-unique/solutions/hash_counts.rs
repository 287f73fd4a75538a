use std::collections::HashMap;

struct Solution;

impl Solution {
    pub fn first_single(nums: Vec<i64>) -> i32 {
        let mut counts: HashMap<i64, u32> = HashMap::with_capacity(nums.len());
        for &x in &nums {
            *counts.entry(x).or_insert(0) += 1;
        }
        nums.iter().position(|x| counts[x] == 1).map_or(-1, |i| i as i32)
    }
}
