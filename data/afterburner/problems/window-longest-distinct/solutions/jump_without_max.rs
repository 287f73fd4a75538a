use std::collections::HashMap;

struct Solution;

impl Solution {
    pub fn longest_clean(nums: Vec<i64>) -> i32 {
        let mut last: HashMap<i64, usize> = HashMap::new();
        let (mut left, mut best) = (0usize, 0usize);
        for (right, &x) in nums.iter().enumerate() {
            if let Some(prev) = last.insert(x, right) {
                left = prev + 1;
            }
            best = best.max(right + 1 - left);
        }
        best as i32
    }
}
