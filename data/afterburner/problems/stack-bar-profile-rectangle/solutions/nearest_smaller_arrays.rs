struct Solution;

impl Solution {
    pub fn largest_rectangle(heights: Vec<i32>) -> i64 {
        // nearest strictly smaller bar on each side, from two monotonic passes
        let n = heights.len();
        let mut left = vec![-1i64; n];
        let mut right = vec![n as i64; n];
        let mut st: Vec<usize> = Vec::new();
        for i in 0..n {
            while st.last().map_or(false, |&t| heights[t] >= heights[i]) {
                st.pop();
            }
            if let Some(&t) = st.last() {
                left[i] = t as i64;
            }
            st.push(i);
        }
        st.clear();
        for i in (0..n).rev() {
            while st.last().map_or(false, |&t| heights[t] >= heights[i]) {
                st.pop();
            }
            if let Some(&t) = st.last() {
                right[i] = t as i64;
            }
            st.push(i);
        }
        (0..n).map(|i| heights[i] as i64 * (right[i] - left[i] - 1)).max().unwrap()
    }
}
