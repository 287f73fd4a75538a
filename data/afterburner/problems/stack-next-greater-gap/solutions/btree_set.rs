use std::collections::BTreeSet;

struct Solution;

impl Solution {
    pub fn next_greater_gap(nums: Vec<i32>) -> Vec<i32> {
        // Visit values from largest to smallest; the set holds indices of strictly larger values.
        let n = nums.len();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| nums[b].cmp(&nums[a]));
        let mut larger: BTreeSet<usize> = BTreeSet::new();
        let mut ans = vec![0i32; n];
        let mut g = 0;
        while g < n {
            let mut h = g;
            while h < n && nums[order[h]] == nums[order[g]] {
                h += 1;
            }
            for &idx in &order[g..h] {
                if let Some(&j) = larger.range(idx + 1..).next() {
                    ans[idx] = (j - idx) as i32;
                }
            }
            for &idx in &order[g..h] {
                larger.insert(idx);
            }
            g = h;
        }
        ans
    }
}
