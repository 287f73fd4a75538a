struct Solution;

impl Solution {
    pub fn range_sums(nums: Vec<i64>, queries: Vec<Vec<i32>>) -> Vec<i64> {
        
    }
}
