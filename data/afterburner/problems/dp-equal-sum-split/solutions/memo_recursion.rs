use std::collections::HashMap;

struct Solution;

impl Solution {
    fn can(a: &[i32], i: usize, need: i32, memo: &mut HashMap<(usize, i32), bool>) -> bool {
        if need == 0 {
            return true;
        }
        if i == a.len() || need < 0 {
            return false;
        }
        if let Some(&v) = memo.get(&(i, need)) {
            return v;
        }
        let r = Self::can(a, i + 1, need - a[i], memo) || Self::can(a, i + 1, need, memo);
        memo.insert((i, need), r);
        r
    }

    pub fn can_split_evenly(nums: Vec<i32>) -> bool {
        let total: i32 = nums.iter().sum();
        if total % 2 != 0 {
            return false;
        }
        let mut memo = HashMap::new();
        Self::can(&nums, 0, total / 2, &mut memo)
    }
}
