struct Solution;

impl Solution {
    pub fn count_pairs(mut nums: Vec<i64>, target: i64) -> i64 {
        nums.sort_unstable();
        let mut total = 0i64;
        if nums.is_empty() {
            return 0;
        }
        let (mut i, mut j) = (0usize, nums.len() - 1);
        while i < j {
            let s = nums[i] + nums[j];
            if s == target {
                total += 1;
                i += 1;
                j -= 1;
            } else if s < target {
                i += 1;
            } else {
                j -= 1;
            }
        }
        total
    }
}
