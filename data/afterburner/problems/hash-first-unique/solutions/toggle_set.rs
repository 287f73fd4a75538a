use std::collections::HashSet;

struct Solution;

impl Solution {
    pub fn first_single(nums: Vec<i64>) -> i32 {
        let mut odd = HashSet::new();
        for &x in &nums {
            if !odd.remove(&x) {
                odd.insert(x);
            }
        }
        nums.iter().position(|x| odd.contains(x)).map_or(-1, |i| i as i32)
    }
}
