struct Solution;

impl Solution {
    pub fn largest_pair_xor(nums: Vec<i32>) -> i32 {
        
    }
}
