struct Solution;

impl Solution {
    pub fn union_intervals(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        
    }
}
