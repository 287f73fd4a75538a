struct Solution;

impl Solution {
    pub fn shortest_escape(grid: Vec<String>) -> i32 {
        
    }
}
