struct Solution;

impl Solution {
    pub fn one_bit_counts(n: i32) -> Vec<i32> {
        // write each number in base 2 and count the '1' characters
        (0..=n)
            .map(|i| format!("{:b}", i).chars().filter(|&c| c == '1').count() as i32)
            .collect()
    }
}
