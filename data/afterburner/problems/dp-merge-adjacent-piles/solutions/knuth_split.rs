struct Solution;

impl Solution {
    pub fn merge_cost(w: Vec<i32>) -> i64 {
        // interval DP with Knuth's bound: opt[i][j-1] <= opt[i][j] <= opt[i+1][j]
        let n = w.len();
        let mut pre = vec![0i64; n + 1];
        for i in 0..n {
            pre[i + 1] = pre[i] + w[i] as i64;
        }
        let mut dp = vec![vec![0i64; n]; n];
        let mut opt = vec![vec![0usize; n]; n];
        for i in 0..n {
            opt[i][i] = i;
        }
        for len in 2..=n {
            for i in 0..=n - len {
                let j = i + len - 1;
                let lo = opt[i][j - 1];
                let hi = opt[i + 1][j].min(j - 1);
                let (mut best, mut arg) = (i64::MAX, lo);
                for k in lo..=hi {
                    let c = dp[i][k] + dp[k + 1][j];
                    if c < best {
                        best = c;
                        arg = k;
                    }
                }
                dp[i][j] = best + pre[j + 1] - pre[i];
                opt[i][j] = arg;
            }
        }
        dp[0][n - 1]
    }
}
