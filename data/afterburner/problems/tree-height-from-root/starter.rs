struct Solution;

impl Solution {
    pub fn tree_height(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        
    }
}
