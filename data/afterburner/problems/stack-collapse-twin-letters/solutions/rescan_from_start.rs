struct Solution;

impl Solution {
    pub fn collapse_pairs(s: String) -> String {
        // erase the first equal pair, then search again from the beginning
        let mut b = s.into_bytes();
        loop {
            let mut i = 0;
            while i + 1 < b.len() && b[i] != b[i + 1] {
                i += 1;
            }
            if i + 1 >= b.len() {
                return String::from_utf8(b).unwrap();
            }
            b.drain(i..i + 2);
        }
    }
}
