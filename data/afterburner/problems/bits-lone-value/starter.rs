struct Solution;

impl Solution {
    pub fn lone_value(nums: Vec<i64>) -> i64 {
        
    }
}
