struct Solution;

impl Solution {
    pub fn divisor_tally(nums: Vec<i32>) -> Vec<i32> {
        nums.iter()
            .map(|&x| {
                let mut c = 0;
                let mut i = 1;
                while i * i <= x {
                    if x % i == 0 {
                        c += 2; // i and x / i
                    }
                    i += 1;
                }
                c
            })
            .collect()
    }
}
