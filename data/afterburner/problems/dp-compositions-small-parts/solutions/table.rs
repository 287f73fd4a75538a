struct Solution;

impl Solution {
    pub fn count_sequences(n: i32) -> i64 {
        const MOD: i64 = 1_000_000_007;
        let n = n as usize;
        let mut dp = vec![0i64; n + 1];
        dp[0] = 1;
        for i in 1..=n {
            let mut total = dp[i - 1];
            if i >= 2 {
                total += dp[i - 2];
            }
            if i >= 3 {
                total += dp[i - 3];
            }
            dp[i] = total % MOD;
        }
        dp[n]
    }
}
