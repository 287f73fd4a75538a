struct Solution;

impl Solution {
    pub fn divisor_tally(nums: Vec<i32>) -> Vec<i32> {
        nums.iter()
            .map(|&x| (1..=x).filter(|d| x % d == 0).count() as i32)
            .collect()
    }
}
