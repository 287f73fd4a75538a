use std::collections::BTreeSet;

struct Solution;

impl Solution {
    pub fn lone_value(nums: Vec<i64>) -> i64 {
        let mut open = BTreeSet::new();
        for x in nums {
            if !open.remove(&x) {
                open.insert(x);
            }
        }
        *open.iter().next().unwrap()
    }
}
