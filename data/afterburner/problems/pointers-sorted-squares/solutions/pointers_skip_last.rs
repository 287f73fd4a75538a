struct Solution;

impl Solution {
    pub fn sorted_squares(nums: Vec<i64>) -> Vec<i64> {
        let mut result = Vec::with_capacity(nums.len());
        let (mut left, mut right) = (0usize, nums.len() - 1);
        while left < right {
            if nums[left].abs() > nums[right].abs() {
                result.push(nums[left] * nums[left]);
                left += 1;
            } else {
                result.push(nums[right] * nums[right]);
                right -= 1;
            }
        }
        result.reverse();
        result
    }
}
