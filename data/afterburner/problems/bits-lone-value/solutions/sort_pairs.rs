struct Solution;

impl Solution {
    pub fn lone_value(mut nums: Vec<i64>) -> i64 {
        nums.sort_unstable();
        let mut i = 0;
        while i + 1 < nums.len() {
            if nums[i] != nums[i + 1] {
                return nums[i];
            }
            i += 2;
        }
        nums[nums.len() - 1]
    }
}
