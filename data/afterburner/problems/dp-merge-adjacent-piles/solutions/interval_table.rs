struct Solution;

impl Solution {
    pub fn merge_cost(w: Vec<i32>) -> i64 {
        let n = w.len();
        let mut pre = vec![0i64; n + 1];
        for i in 0..n {
            pre[i + 1] = pre[i] + w[i] as i64;
        }
        // cost[i][j]: cheapest merge of piles i..j into one
        let mut cost = vec![vec![0i64; n]; n];
        for len in 2..=n {
            for i in 0..=n - len {
                let j = i + len - 1;
                let mut best = i64::MAX;
                for k in i..j {
                    best = best.min(cost[i][k] + cost[k + 1][j]);
                }
                cost[i][j] = best + pre[j + 1] - pre[i];
            }
        }
        cost[0][n - 1]
    }
}
