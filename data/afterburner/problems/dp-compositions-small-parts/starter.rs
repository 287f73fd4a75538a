struct Solution;

impl Solution {
    pub fn count_sequences(n: i32) -> i64 {
        
    }
}
