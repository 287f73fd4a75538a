struct Solution;

impl Solution {
    // cheapest way to visit the points outside mask and return to 0, standing at `at`
    fn rest(cost: &[Vec<i32>], memo: &mut [i32], mask: usize, at: usize) -> i32 {
        let n = cost.len();
        if mask == (1 << n) - 1 {
            return cost[at][0];
        }
        if memo[mask * n + at] >= 0 {
            return memo[mask * n + at];
        }
        let mut best = i32::MAX;
        for nx in 0..n {
            if mask >> nx & 1 == 0 {
                best = best.min(cost[at][nx] + Self::rest(cost, memo, mask | 1 << nx, nx));
            }
        }
        memo[mask * n + at] = best;
        best
    }

    pub fn cheapest_round_trip(cost: Vec<Vec<i32>>) -> i32 {
        let n = cost.len();
        if n == 1 {
            return 0;
        }
        let mut memo = vec![-1i32; n << n];
        Self::rest(&cost, &mut memo, 1, 0)
    }
}
