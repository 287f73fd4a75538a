struct Solution;

impl Solution {
    pub fn reachable_under(n: i32, edges: Vec<Vec<i32>>, queries: Vec<Vec<i32>>) -> String {
        
    }
}
