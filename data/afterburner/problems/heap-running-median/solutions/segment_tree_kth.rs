use std::collections::HashMap;

struct Solution;

impl Solution {
    pub fn running_medians(nums: Vec<i64>) -> Vec<i64> {
        let mut vals = nums.clone();
        vals.sort_unstable();
        vals.dedup();
        let index: HashMap<i64, usize> = vals.iter().enumerate().map(|(i, &v)| (v, i)).collect();
        let mut size = 1;
        while size < vals.len() {
            size <<= 1;
        }
        let mut cnt = vec![0usize; 2 * size];
        let mut out = Vec::with_capacity(nums.len());
        for (c, x) in nums.iter().enumerate() {
            let mut i = index[x] + size;
            while i > 0 {
                cnt[i] += 1;
                i >>= 1;
            }
            let mut k = (c + 2) / 2;
            let mut node = 1;
            while node < size {
                let left = cnt[2 * node];
                if k <= left {
                    node *= 2;
                } else {
                    k -= left;
                    node = 2 * node + 1;
                }
            }
            out.push(vals[node - size]);
        }
        out
    }
}
