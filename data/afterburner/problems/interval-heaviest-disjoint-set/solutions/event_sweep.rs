struct Solution;

impl Solution {
    pub fn max_weight(bookings: Vec<Vec<i64>>) -> i64 {
        let n = bookings.len();
        // one packed key per event: time, then ends (0) before starts (1), then booking index
        let mut ev: Vec<u64> = Vec::with_capacity(2 * n);
        for (i, b) in bookings.iter().enumerate() {
            ev.push((b[0] as u64) << 18 | 1 << 17 | i as u64);
            ev.push((b[1] as u64) << 18 | i as u64);
        }
        ev.sort_unstable();
        let mut value = vec![0i64; n];
        let mut best = 0i64;
        for key in ev {
            let i = (key & ((1 << 17) - 1)) as usize;
            if key >> 17 & 1 == 1 {
                value[i] = best + bookings[i][2];
            } else {
                best = best.max(value[i]);
            }
        }
        best
    }
}
