struct Solution;

impl Solution {
    pub fn cheapest_round_trip(cost: Vec<Vec<i32>>) -> i32 {
        let n = cost.len();
        if n == 1 {
            return 0;
        }
        const INF: i32 = i32::MAX / 2;
        let full = 1usize << n;
        // dp[mask][j]: cheapest path from 0 over the points of mask, ending at j
        let mut dp = vec![vec![INF; n]; full];
        dp[1][0] = 0;
        for mask in (1..full).step_by(2) {
            for j in 0..n {
                let here = dp[mask][j];
                if here >= INF {
                    continue;
                }
                for k in 1..n {
                    if mask >> k & 1 == 1 {
                        continue;
                    }
                    let v = here + cost[j][k];
                    let to = &mut dp[mask | 1 << k][k];
                    if v < *to {
                        *to = v;
                    }
                }
            }
        }
        (1..n).map(|j| dp[full - 1][j] + cost[j][0]).min().unwrap()
    }
}
