struct Solution;

impl Solution {
    pub fn first_single(nums: Vec<i64>) -> i32 {
        
    }
}
