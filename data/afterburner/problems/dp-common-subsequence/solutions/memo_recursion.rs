struct Solution;

impl Solution {
    fn best(a: &[u8], b: &[u8], i: usize, j: usize, memo: &mut Vec<i32>) -> i32 {
        if i == a.len() || j == b.len() {
            return 0;
        }
        let key = i * b.len() + j;
        if memo[key] >= 0 {
            return memo[key];
        }
        let r = if a[i] == b[j] {
            1 + Self::best(a, b, i + 1, j + 1, memo)
        } else {
            Self::best(a, b, i + 1, j, memo).max(Self::best(a, b, i, j + 1, memo))
        };
        memo[key] = r;
        r
    }

    pub fn shared_subsequence_length(a: String, b: String) -> i32 {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        let mut memo = vec![-1i32; a.len() * b.len()]; // -1: not solved yet
        // fill from the last row up so the recursion stays shallow
        for i in (0..a.len()).rev() {
            Self::best(a, b, i, 0, &mut memo);
        }
        Self::best(a, b, 0, 0, &mut memo)
    }
}
