struct Solution;

impl Solution {
    pub fn largest_rectangle(heights: Vec<i32>) -> i64 {
        // increasing stack of indices; a zero-height bar at the end flushes it
        let n = heights.len();
        let mut st: Vec<usize> = Vec::with_capacity(n + 1);
        let mut best = 0i64;
        for i in 0..=n {
            let x = if i < n { heights[i] } else { 0 };
            while let Some(&t) = st.last() {
                if heights[t] < x {
                    break;
                }
                st.pop();
                let width = match st.last() {
                    Some(&l) => i - l - 1,
                    None => i,
                };
                best = best.max(heights[t] as i64 * width as i64);
            }
            st.push(i);
        }
        best
    }
}
