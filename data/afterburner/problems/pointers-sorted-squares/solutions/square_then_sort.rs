struct Solution;

impl Solution {
    pub fn sorted_squares(nums: Vec<i64>) -> Vec<i64> {
        let mut result: Vec<i64> = nums.iter().map(|&x| x * x).collect();
        result.sort();
        result
    }
}
