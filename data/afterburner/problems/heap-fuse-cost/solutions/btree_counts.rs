use std::collections::BTreeMap;

struct Solution;

impl Solution {
    pub fn min_fuse_cost(nums: Vec<i64>) -> i64 {
        // ordered map value -> count; equal smallest values are fused in bulk
        let mut count: BTreeMap<i64, i64> = BTreeMap::new();
        for v in nums {
            *count.entry(v).or_insert(0) += 1;
        }
        let mut total = 0i64;
        while let Some((x, c)) = count.pop_first() {
            if c >= 2 {
                let pairs = c / 2;
                total += pairs * 2 * x;
                if c % 2 == 1 {
                    count.insert(x, 1);
                }
                *count.entry(2 * x).or_insert(0) += pairs;
                continue;
            }
            let Some((y, cy)) = count.pop_first() else { break };
            if cy > 1 {
                count.insert(y, cy - 1);
            }
            total += x + y;
            *count.entry(x + y).or_insert(0) += 1;
        }
        total
    }
}
