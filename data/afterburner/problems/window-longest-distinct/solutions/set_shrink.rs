use std::collections::HashSet;

struct Solution;

impl Solution {
    pub fn longest_clean(nums: Vec<i64>) -> i32 {
        let mut window = HashSet::new();
        let (mut left, mut best) = (0usize, 0usize);
        for &x in &nums {
            while window.contains(&x) {
                window.remove(&nums[left]);
                left += 1;
            }
            window.insert(x);
            best = best.max(window.len());
        }
        best as i32
    }
}
