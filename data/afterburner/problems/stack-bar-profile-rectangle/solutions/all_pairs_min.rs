struct Solution;

impl Solution {
    pub fn largest_rectangle(heights: Vec<i32>) -> i64 {
        let n = heights.len();
        let mut best = 0i64;
        for i in 0..n {
            let mut low = heights[i] as i64;
            for j in i..n {
                low = low.min(heights[j] as i64);
                best = best.max(low * (j - i + 1) as i64);
            }
        }
        best
    }
}
