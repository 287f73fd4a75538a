struct Solution;

impl Solution {
    pub fn count_pairs(nums: Vec<i64>, target: i64) -> i64 {
        
    }
}
