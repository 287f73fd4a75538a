struct Solution;

impl Solution {
    pub fn count_islands(grid: Vec<String>) -> i32 {
        
    }
}
