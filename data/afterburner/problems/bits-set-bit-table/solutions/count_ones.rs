struct Solution;

impl Solution {
    pub fn one_bit_counts(n: i32) -> Vec<i32> {
        (0..=n as u32).map(|i| i.count_ones() as i32).collect()
    }
}
