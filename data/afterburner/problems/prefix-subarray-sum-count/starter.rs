struct Solution;

impl Solution {
    pub fn count_exact_sum(nums: Vec<i64>, k: i64) -> i64 {
        
    }
}
