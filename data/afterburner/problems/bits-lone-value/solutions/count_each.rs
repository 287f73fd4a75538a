struct Solution;

impl Solution {
    pub fn lone_value(nums: Vec<i64>) -> i64 {
        for &x in &nums {
            let count = nums.iter().filter(|&&y| y == x).count();
            if count == 1 {
                return x;
            }
        }
        0
    }
}
