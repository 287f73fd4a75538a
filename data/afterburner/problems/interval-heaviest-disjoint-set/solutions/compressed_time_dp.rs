use std::collections::HashMap;

struct Solution;

impl Solution {
    pub fn max_weight(bookings: Vec<Vec<i64>>) -> i64 {
        let mut times: Vec<i64> = bookings.iter().flat_map(|b| [b[0], b[1]]).collect();
        times.sort_unstable();
        times.dedup();
        let slot: HashMap<i64, usize> = times.iter().enumerate().map(|(i, &t)| (t, i)).collect();
        let m = times.len();
        // (start slot, worth) of the bookings ending at each slot
        let mut ending: Vec<Vec<(usize, i64)>> = vec![Vec::new(); m];
        for b in &bookings {
            ending[slot[&b[1]]].push((slot[&b[0]], b[2]));
        }
        let mut best = vec![0i64; m]; // best[t]: bookings that all end by times[t]
        for t in 1..m {
            let mut cur = best[t - 1];
            for &(st, w) in &ending[t] {
                cur = cur.max(best[st] + w);
            }
            best[t] = cur;
        }
        best[m - 1]
    }
}
