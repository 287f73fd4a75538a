struct Solution;

impl Solution {
    pub fn cheapest_round_trip(cost: Vec<Vec<i32>>) -> i32 {
        let n = cost.len();
        if n == 1 {
            return 0;
        }
        let m = n - 1; // points 1..n-1 become bits 0..m-1
        const INF: i32 = i32::MAX / 2;
        let size = 1usize << m;
        let mut dp = vec![INF; size * m]; // dp[mask*m + j]
        for j in 0..m {
            dp[(1 << j) * m + j] = cost[0][j + 1];
        }
        for mask in 1..size {
            for j in 0..m {
                if mask >> j & 1 == 0 {
                    continue;
                }
                let prev = mask ^ (1 << j);
                if prev == 0 {
                    continue;
                }
                let mut best = INF;
                for i in 0..m {
                    if prev >> i & 1 == 1 {
                        best = best.min(dp[prev * m + i] + cost[i + 1][j + 1]);
                    }
                }
                dp[mask * m + j] = best;
            }
        }
        (0..m).map(|j| dp[(size - 1) * m + j] + cost[j + 1][0]).min().unwrap()
    }
}
