struct Solution;

impl Solution {
    pub fn divisor_tally(nums: Vec<i32>) -> Vec<i32> {
        
    }
}
