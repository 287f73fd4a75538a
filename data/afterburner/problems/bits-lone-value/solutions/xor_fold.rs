struct Solution;

impl Solution {
    pub fn lone_value(nums: Vec<i64>) -> i64 {
        nums.iter().fold(0, |acc, &x| acc ^ x)
    }
}
