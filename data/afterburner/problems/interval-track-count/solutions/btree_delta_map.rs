use std::collections::BTreeMap;

struct Solution;

impl Solution {
    pub fn min_tracks(intervals: Vec<Vec<i64>>) -> i32 {
        // net change of open bookings at each distinct time, in an ordered map
        let mut delta: BTreeMap<i64, i32> = BTreeMap::new();
        for iv in &intervals {
            *delta.entry(iv[0]).or_insert(0) += 1;
            *delta.entry(iv[1]).or_insert(0) -= 1;
        }
        let (mut level, mut best) = (0i32, 0i32);
        for d in delta.values() {
            level += d;
            best = best.max(level);
        }
        best
    }
}
