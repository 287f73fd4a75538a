use std::collections::VecDeque;

struct Solution;

impl Solution {
    pub fn window_maxima(nums: Vec<i32>, k: i32) -> Vec<i32> {
        // indices whose values decrease from front to back
        let k = k as usize;
        let mut dq: VecDeque<usize> = VecDeque::new();
        let mut out = Vec::with_capacity(nums.len() - k + 1);
        for i in 0..nums.len() {
            while let Some(&last) = dq.back() {
                if nums[last] > nums[i] {
                    break;
                }
                dq.pop_back();
            }
            dq.push_back(i);
            if dq[0] + k <= i {
                dq.pop_front();
            }
            if i + 1 >= k {
                out.push(nums[dq[0]]);
            }
        }
        out
    }
}
