struct Solution;

impl Solution {
    pub fn count_bridges(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        
    }
}
