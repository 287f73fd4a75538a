struct Solution;

impl Solution {
    pub fn collapse_pairs(s: String) -> String {
        let mut st: Vec<char> = Vec::with_capacity(s.len());
        for c in s.chars() {
            if st.last() == Some(&c) {
                st.pop();
            } else {
                st.push(c);
            }
        }
        st.into_iter().collect()
    }
}
