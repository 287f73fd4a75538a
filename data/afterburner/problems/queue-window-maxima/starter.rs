struct Solution;

impl Solution {
    pub fn window_maxima(nums: Vec<i32>, k: i32) -> Vec<i32> {
        
    }
}
