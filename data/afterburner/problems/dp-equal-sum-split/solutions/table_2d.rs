struct Solution;

impl Solution {
    pub fn can_split_evenly(nums: Vec<i32>) -> bool {
        let total: i32 = nums.iter().sum();
        if total % 2 != 0 {
            return false;
        }
        let target = (total / 2) as usize;
        let n = nums.len();
        let mut dp = vec![vec![false; target + 1]; n + 1];
        dp[0][0] = true;
        for i in 1..=n {
            let x = nums[i - 1] as usize;
            for s in 0..=target {
                dp[i][s] = dp[i - 1][s] || (s >= x && dp[i - 1][s - x]);
            }
        }
        dp[n][target]
    }
}
