struct Solution;

impl Solution {
    pub fn first_positions(nums: Vec<i64>, queries: Vec<i64>) -> Vec<i32> {
        queries
            .iter()
            .map(|v| match nums.binary_search(v) {
                Ok(i) => i as i32,
                Err(_) => -1,
            })
            .collect()
    }
}
