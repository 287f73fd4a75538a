struct Solution;

impl Solution {
    pub fn collapse_pairs(s: String) -> String {
        let mut b = s.into_bytes();
        let mut top = 0usize;
        for i in 0..b.len() {
            if top > 0 && b[top - 1] == b[i] {
                top -= 1;
            } else {
                b[top] = b[i];
                top += 1;
            }
        }
        b.truncate(top);
        String::from_utf8(b).unwrap()
    }
}
