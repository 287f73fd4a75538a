struct Solution;

impl Solution {
    fn best(a: &[u8], b: &[u8], i: usize, j: usize) -> i32 {
        if i == a.len() || j == b.len() {
            return 0;
        }
        if a[i] == b[j] {
            return 1 + Self::best(a, b, i + 1, j + 1);
        }
        Self::best(a, b, i + 1, j).max(Self::best(a, b, i, j + 1))
    }

    pub fn shared_subsequence_length(a: String, b: String) -> i32 {
        Self::best(a.as_bytes(), b.as_bytes(), 0, 0)
    }
}
