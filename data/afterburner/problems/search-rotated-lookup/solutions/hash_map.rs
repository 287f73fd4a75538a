use std::collections::HashMap;

struct Solution;

impl Solution {
    pub fn locate(nums: Vec<i32>, queries: Vec<i32>) -> Vec<i32> {
        let where_at: HashMap<i32, i32> =
            nums.iter().enumerate().map(|(i, &v)| (v, i as i32)).collect();
        queries.iter().map(|v| *where_at.get(v).unwrap_or(&-1)).collect()
    }
}
