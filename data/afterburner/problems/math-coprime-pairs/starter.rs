struct Solution;

impl Solution {
    pub fn count_coprime_pairs(nums: Vec<i32>) -> i64 {
        
    }
}
