struct Solution;

impl Solution {
    pub fn one_bit_counts(n: i32) -> Vec<i32> {
        (0..=n).map(|i| (i as u16).count_ones() as i32).collect()
    }
}
