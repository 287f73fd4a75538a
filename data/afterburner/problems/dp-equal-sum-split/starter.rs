struct Solution;

impl Solution {
    pub fn can_split_evenly(nums: Vec<i32>) -> bool {
        
    }
}
