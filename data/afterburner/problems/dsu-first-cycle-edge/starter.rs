struct Solution;

impl Solution {
    pub fn first_cycle_edge(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        
    }
}
