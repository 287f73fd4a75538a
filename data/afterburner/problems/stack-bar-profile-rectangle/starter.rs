struct Solution;

impl Solution {
    pub fn largest_rectangle(heights: Vec<i32>) -> i64 {
        
    }
}
