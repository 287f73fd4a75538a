struct Solution;

impl Solution {
    pub fn longest_palindrome(s: String) -> i32 {
        // pal[i][j]: s[i..j] is a palindrome, filled by increasing length
        let b = s.as_bytes();
        let n = b.len();
        let mut pal = vec![vec![false; n]; n];
        let mut best = 1;
        for i in 0..n {
            pal[i][i] = true;
        }
        for i in 0..n.saturating_sub(1) {
            if b[i] == b[i + 1] {
                pal[i][i + 1] = true;
                best = 2;
            }
        }
        for len in 3..=n {
            for i in 0..=n - len {
                let j = i + len - 1;
                if b[i] == b[j] && pal[i + 1][j - 1] {
                    pal[i][j] = true;
                    best = len;
                }
            }
        }
        best as i32
    }
}
