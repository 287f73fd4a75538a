struct Solution;

impl Solution {
    pub fn min_tracks(intervals: Vec<Vec<i64>>) -> i32 {
        let mut best = 0i32;
        for p in &intervals {
            let s = p[0];
            let mut covering = 0i32;
            for q in &intervals {
                if q[0] <= s && s < q[1] {
                    covering += 1;
                }
            }
            best = best.max(covering);
        }
        best
    }
}
