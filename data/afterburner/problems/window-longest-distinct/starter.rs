struct Solution;

impl Solution {
    pub fn longest_clean(nums: Vec<i64>) -> i32 {
        
    }
}
