struct Solution;

impl Solution {
    pub fn strong_summary(n: i32, arcs: Vec<Vec<i32>>) -> Vec<i32> {
        
    }
}
