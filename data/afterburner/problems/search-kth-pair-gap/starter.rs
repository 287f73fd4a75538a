struct Solution;

impl Solution {
    pub fn kth_gap(nums: Vec<i64>, k: i64) -> i64 {
        
    }
}
