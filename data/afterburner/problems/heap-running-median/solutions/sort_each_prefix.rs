struct Solution;

impl Solution {
    pub fn running_medians(nums: Vec<i64>) -> Vec<i64> {
        let mut out = Vec::with_capacity(nums.len());
        for i in 1..=nums.len() {
            let mut prefix = nums[..i].to_vec();
            prefix.sort_unstable();
            out.push(prefix[(i - 1) / 2]);
        }
        out
    }
}
