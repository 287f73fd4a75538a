struct Solution;

impl Solution {
    pub fn collapse_pairs(s: String) -> String {
        // drops the pairs visible in the input, but never looks back
        let b = s.as_bytes();
        let mut out = String::with_capacity(b.len());
        let mut i = 0;
        while i < b.len() {
            if i + 1 < b.len() && b[i] == b[i + 1] {
                i += 2;
            } else {
                out.push(b[i] as char);
                i += 1;
            }
        }
        out
    }
}
