struct Solution;

impl Solution {
    pub fn count_pairs(nums: Vec<i64>, target: i64) -> i64 {
        let mut total = 0i64;
        for i in 0..nums.len() {
            for j in i + 1..nums.len() {
                if nums[i] + nums[j] == target {
                    total += 1;
                }
            }
        }
        total
    }
}
