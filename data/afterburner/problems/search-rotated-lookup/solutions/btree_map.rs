use std::collections::BTreeMap;

struct Solution;

impl Solution {
    pub fn locate(nums: Vec<i32>, queries: Vec<i32>) -> Vec<i32> {
        // value -> index in an ordered B-tree map
        let where_at: BTreeMap<i32, i32> =
            nums.iter().enumerate().map(|(i, &v)| (v, i as i32)).collect();
        queries.iter().map(|v| *where_at.get(v).unwrap_or(&-1)).collect()
    }
}
