struct Solution;

impl Solution {
    // Collapses b[lo..hi] on its own and merges the two reduced halves.
    fn reduce(b: &[u8], lo: usize, hi: usize) -> Vec<u8> {
        if hi - lo <= 16 {
            let mut st = Vec::with_capacity(hi - lo);
            for &c in &b[lo..hi] {
                if st.last() == Some(&c) {
                    st.pop();
                } else {
                    st.push(c);
                }
            }
            return st;
        }
        let mid = lo + (hi - lo) / 2;
        let mut left = Self::reduce(b, lo, mid);
        let right = Self::reduce(b, mid, hi);
        let mut k = 0;
        while k < right.len() && left.last() == Some(&right[k]) {
            left.pop();
            k += 1;
        }
        left.extend_from_slice(&right[k..]);
        left
    }

    pub fn collapse_pairs(s: String) -> String {
        let r = Self::reduce(s.as_bytes(), 0, s.len());
        String::from_utf8(r).unwrap()
    }
}
