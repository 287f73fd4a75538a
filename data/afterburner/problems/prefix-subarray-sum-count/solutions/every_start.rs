struct Solution;

impl Solution {
    pub fn count_exact_sum(nums: Vec<i64>, k: i64) -> i64 {
        let n = nums.len();
        let mut count = 0i64;
        for start in 0..n {
            let mut s = 0i64;
            for end in start..n {
                s += nums[end];
                if s == k {
                    count += 1;
                }
            }
        }
        count
    }
}
