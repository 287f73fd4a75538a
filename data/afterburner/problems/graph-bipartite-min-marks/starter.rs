struct Solution;

impl Solution {
    pub fn minimum_marked(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        
    }
}
