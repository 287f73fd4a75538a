struct Solution;

impl Solution {
    pub fn min_tracks(intervals: Vec<Vec<i64>>) -> i32 {
        let mut starts: Vec<i64> = intervals.iter().map(|iv| iv[0]).collect();
        let mut ends: Vec<i64> = intervals.iter().map(|iv| iv[1]).collect();
        starts.sort_unstable();
        ends.sort_unstable();
        let (mut j, mut active, mut best) = (0usize, 0i32, 0i32);
        for &s in &starts {
            while ends[j] <= s {
                j += 1;
                active -= 1;
            }
            active += 1;
            best = best.max(active);
        }
        best
    }
}
