struct Solution;

impl Solution {
    pub fn last_remaining(weights: Vec<i64>) -> i64 {
        
    }
}
