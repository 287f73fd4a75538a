struct Solution;

impl Solution {
    pub fn longest_palindrome(s: String) -> i32 {
        // grow around each of the 2n-1 centres
        let b = s.as_bytes();
        let n = b.len() as i64;
        let mut best = 1;
        for c in 0..2 * n - 1 {
            let (mut lo, mut hi) = (c / 2, c / 2 + c % 2);
            while lo >= 0 && hi < n && b[lo as usize] == b[hi as usize] {
                lo -= 1;
                hi += 1;
            }
            best = best.max(hi - lo - 1);
        }
        best as i32
    }
}
