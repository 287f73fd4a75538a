use std::collections::BTreeMap;

struct Solution;

impl Solution {
    pub fn first_positions(nums: Vec<i64>, queries: Vec<i64>) -> Vec<i32> {
        let mut first: BTreeMap<i64, i32> = BTreeMap::new();
        for (i, &x) in nums.iter().enumerate() {
            first.entry(x).or_insert(i as i32);
        }
        queries.iter().map(|v| first.get(v).copied().unwrap_or(-1)).collect()
    }
}
