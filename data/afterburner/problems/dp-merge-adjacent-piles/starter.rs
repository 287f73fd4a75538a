struct Solution;

impl Solution {
    pub fn merge_cost(w: Vec<i32>) -> i64 {
        
    }
}
