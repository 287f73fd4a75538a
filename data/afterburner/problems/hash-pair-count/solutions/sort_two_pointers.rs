struct Solution;

impl Solution {
    pub fn count_pairs(mut nums: Vec<i64>, target: i64) -> i64 {
        nums.sort_unstable();
        let mut total = 0i64;
        if nums.len() < 2 {
            return 0;
        }
        let (mut i, mut j) = (0usize, nums.len() - 1);
        while i < j {
            let s = nums[i] + nums[j];
            if s < target {
                i += 1;
            } else if s > target {
                j -= 1;
            } else if nums[i] == nums[j] {
                let k = (j - i + 1) as i64;
                total += k * (k - 1) / 2;
                break;
            } else {
                let (left, right) = (nums[i], nums[j]);
                let (mut cl, mut cr) = (0i64, 0i64);
                while nums[i] == left {
                    i += 1;
                    cl += 1;
                }
                while nums[j] == right {
                    j -= 1;
                    cr += 1;
                }
                total += cl * cr;
            }
        }
        total
    }
}
