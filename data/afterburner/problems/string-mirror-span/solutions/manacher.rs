struct Solution;

impl Solution {
    pub fn longest_palindrome(s: String) -> i32 {
        // Manacher on the string with separators: ^#a#b#...#$
        let mut t = vec![b'^', b'#'];
        for &c in s.as_bytes() {
            t.push(c);
            t.push(b'#');
        }
        t.push(b'$');
        let m = t.len();
        let mut rad = vec![0usize; m];
        let (mut center, mut right, mut best) = (0usize, 0usize, 0usize);
        for i in 1..m - 1 {
            if i < right {
                rad[i] = (right - i).min(rad[2 * center - i]);
            }
            while t[i + rad[i] + 1] == t[i - rad[i] - 1] {
                rad[i] += 1;
            }
            if i + rad[i] > right {
                center = i;
                right = i + rad[i];
            }
            best = best.max(rad[i]);
        }
        best as i32
    }
}
