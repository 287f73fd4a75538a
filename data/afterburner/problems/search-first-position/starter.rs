struct Solution;

impl Solution {
    pub fn first_positions(nums: Vec<i64>, queries: Vec<i64>) -> Vec<i32> {
        
    }
}
