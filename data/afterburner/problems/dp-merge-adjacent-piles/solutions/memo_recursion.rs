struct Solution;

impl Solution {
    fn solve(pre: &[i64], memo: &mut Vec<Vec<i64>>, i: usize, j: usize) -> i64 {
        if i == j {
            return 0;
        }
        if memo[i][j] >= 0 {
            return memo[i][j];
        }
        let mut best = i64::MAX;
        for k in i..j {
            let c = Self::solve(pre, memo, i, k) + Self::solve(pre, memo, k + 1, j);
            best = best.min(c);
        }
        best += pre[j + 1] - pre[i];
        memo[i][j] = best;
        best
    }

    pub fn merge_cost(w: Vec<i32>) -> i64 {
        let n = w.len();
        let mut pre = vec![0i64; n + 1];
        for i in 0..n {
            pre[i + 1] = pre[i] + w[i] as i64;
        }
        let mut memo = vec![vec![-1i64; n]; n];
        Self::solve(&pre, &mut memo, 0, n - 1)
    }
}
