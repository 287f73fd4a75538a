struct Solution;

impl Solution {
    fn ways(k: i32) -> i64 {
        if k < 0 {
            return 0;
        }
        if k == 0 {
            return 1;
        }
        (Self::ways(k - 1) + Self::ways(k - 2) + Self::ways(k - 3)) % 1_000_000_007
    }

    pub fn count_sequences(n: i32) -> i64 {
        Self::ways(n)
    }
}
