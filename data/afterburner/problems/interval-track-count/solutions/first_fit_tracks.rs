struct Solution;

impl Solution {
    pub fn min_tracks(mut intervals: Vec<Vec<i64>>) -> i32 {
        intervals.sort_unstable();
        let mut tracks: Vec<i64> = Vec::new(); // end of the last booking on each track
        for iv in &intervals {
            match tracks.iter().position(|&end| end <= iv[0]) {
                Some(t) => tracks[t] = iv[1],
                None => tracks.push(iv[1]),
            }
        }
        tracks.len() as i32
    }
}
