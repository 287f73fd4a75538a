struct Solution;

impl Solution {
    pub fn first_single(nums: Vec<i64>) -> i32 {
        let mut sorted = nums.clone();
        sorted.sort_unstable();
        for (i, &x) in nums.iter().enumerate() {
            let lo = sorted.partition_point(|&y| y < x);
            let hi = sorted.partition_point(|&y| y <= x);
            if hi - lo == 1 {
                return i as i32;
            }
        }
        -1
    }
}
