struct Solution;

impl Solution {
    pub fn window_counts(times: Vec<i64>, w: i64) -> Vec<i32> {
        
    }
}
