struct Solution;

impl Solution {
    pub fn sorted_squares(nums: Vec<i64>) -> Vec<i64> {
        
    }
}
