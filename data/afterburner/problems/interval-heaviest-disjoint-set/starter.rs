struct Solution;

impl Solution {
    pub fn max_weight(bookings: Vec<Vec<i64>>) -> i64 {
        
    }
}
