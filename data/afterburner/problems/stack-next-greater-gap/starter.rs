struct Solution;

impl Solution {
    pub fn next_greater_gap(nums: Vec<i32>) -> Vec<i32> {
        
    }
}
