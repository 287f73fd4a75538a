struct Solution;

impl Solution {
    pub fn max_weight(mut bookings: Vec<Vec<i64>>) -> i64 {
        bookings.sort_unstable_by_key(|b| b[1]);
        let n = bookings.len();
        let ends: Vec<i64> = bookings.iter().map(|b| b[1]).collect();
        let mut best = vec![0i64; n + 1]; // best[i]: using only the first i bookings
        for i in 0..n {
            // count of bookings that end no later than this one starts
            let s = bookings[i][0];
            let j = ends[..i].partition_point(|&e| e <= s);
            best[i + 1] = best[i].max(best[j] + bookings[i][2]);
        }
        best[n]
    }
}
