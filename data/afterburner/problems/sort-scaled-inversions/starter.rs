struct Solution;

impl Solution {
    pub fn count_heavy_pairs(nums: Vec<i32>, c: i32) -> i64 {
        
    }
}
