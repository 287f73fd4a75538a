struct Solution;

impl Solution {
    pub fn sorted_squares(nums: Vec<i64>) -> Vec<i64> {
        let n = nums.len();
        let mut result = vec![0i64; n];
        let (mut left, mut right) = (0usize, n - 1);
        for pos in (0..n).rev() {
            let (a, b) = (nums[left], nums[right]);
            if -a > b {
                result[pos] = a * a;
                left += 1;
            } else {
                result[pos] = b * b;
                right = right.wrapping_sub(1);
            }
        }
        result
    }
}
