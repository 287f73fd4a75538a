struct Solution;

impl Solution {
    pub fn min_tracks(intervals: Vec<Vec<i64>>) -> i32 {
        
    }
}
