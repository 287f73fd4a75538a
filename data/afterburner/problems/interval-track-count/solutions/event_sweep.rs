struct Solution;

impl Solution {
    pub fn min_tracks(intervals: Vec<Vec<i64>>) -> i32 {
        // packed events: time * 2, plus 1 for a start, so ends sort first at equal times
        let mut ev: Vec<i64> = Vec::with_capacity(2 * intervals.len());
        for iv in &intervals {
            ev.push(2 * iv[0] + 1);
            ev.push(2 * iv[1]);
        }
        ev.sort_unstable();
        let (mut cur, mut best) = (0i32, 0i32);
        for e in ev {
            if e & 1 == 1 {
                cur += 1;
                best = best.max(cur);
            } else {
                cur -= 1;
            }
        }
        best
    }
}
