struct Solution;

impl Solution {
    pub fn one_bit_counts(n: i32) -> Vec<i32> {
        // i has the bits of i / 2 plus its lowest bit
        let n = n as usize;
        let mut res = vec![0i32; n + 1];
        for i in 1..=n {
            res[i] = res[i >> 1] + (i & 1) as i32;
        }
        res
    }
}
