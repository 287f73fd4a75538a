struct Solution;

impl Solution {
    pub fn longest_rising(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut dp = vec![1i32; n];
        let mut best = 0;
        for i in 0..n {
            for j in 0..i {
                if nums[j] < nums[i] && dp[j] + 1 > dp[i] {
                    dp[i] = dp[j] + 1;
                }
            }
            best = best.max(dp[i]);
        }
        best
    }
}
