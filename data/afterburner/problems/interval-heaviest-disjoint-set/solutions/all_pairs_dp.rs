struct Solution;

impl Solution {
    pub fn max_weight(mut bookings: Vec<Vec<i64>>) -> i64 {
        bookings.sort_by_key(|b| b[1]);
        let n = bookings.len();
        let mut dp = vec![0i64; n]; // dp[i]: best chain ending with booking i
        let mut answer = 0i64;
        for i in 0..n {
            let mut before = 0i64;
            for j in 0..i {
                if bookings[j][1] <= bookings[i][0] && dp[j] > before {
                    before = dp[j];
                }
            }
            dp[i] = before + bookings[i][2];
            answer = answer.max(dp[i]);
        }
        answer
    }
}
