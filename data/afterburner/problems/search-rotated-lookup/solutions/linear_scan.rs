struct Solution;

impl Solution {
    pub fn locate(nums: Vec<i32>, queries: Vec<i32>) -> Vec<i32> {
        queries
            .iter()
            .map(|&v| nums.iter().position(|&x| x == v).map_or(-1, |i| i as i32))
            .collect()
    }
}
