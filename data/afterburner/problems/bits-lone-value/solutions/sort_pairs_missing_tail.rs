struct Solution;

impl Solution {
    pub fn lone_value(mut nums: Vec<i64>) -> i64 {
        nums.sort_unstable();
        for pair in nums.chunks_exact(2) {
            if pair[0] != pair[1] {
                return pair[0];
            }
        }
        nums[0]
    }
}
