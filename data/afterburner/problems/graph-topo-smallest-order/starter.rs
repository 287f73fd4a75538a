struct Solution;

impl Solution {
    pub fn smallest_order(n: i32, rules: Vec<Vec<i32>>) -> Vec<i32> {
        
    }
}
