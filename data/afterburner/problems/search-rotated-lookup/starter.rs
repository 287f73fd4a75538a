struct Solution;

impl Solution {
    pub fn locate(nums: Vec<i32>, queries: Vec<i32>) -> Vec<i32> {
        
    }
}
