struct Solution;

impl Solution {
    pub fn window_maxima(nums: Vec<i32>, k: i32) -> Vec<i32> {
        // sort a copy of every window and take its last element
        let k = k as usize;
        let mut out = Vec::new();
        for s in 0..=nums.len() - k {
            let mut window = nums[s..s + k].to_vec();
            window.sort_unstable();
            out.push(window[k - 1]);
        }
        out
    }
}
