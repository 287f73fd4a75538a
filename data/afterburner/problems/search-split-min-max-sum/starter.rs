struct Solution;

impl Solution {
    pub fn lightest_cut(nums: Vec<i32>, m: i32) -> i64 {
        
    }
}
