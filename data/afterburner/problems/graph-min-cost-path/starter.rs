struct Solution;

impl Solution {
    pub fn min_cost(n: i32, arcs: Vec<Vec<i32>>) -> i32 {
        
    }
}
