struct Solution;

impl Solution {
    pub fn lone_value(nums: Vec<i64>) -> i64 {
        // one pass per bit: a bit count is odd exactly where the lone value has a 1
        let mut result = 0u64;
        for b in 0..64 {
            let ones: u64 = nums.iter().map(|&x| ((x as u64) >> b) & 1).sum();
            if ones % 2 == 1 {
                result |= 1 << b;
            }
        }
        result as i64
    }
}
