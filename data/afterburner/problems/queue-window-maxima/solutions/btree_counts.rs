use std::collections::BTreeMap;

struct Solution;

impl Solution {
    pub fn window_maxima(nums: Vec<i32>, k: i32) -> Vec<i32> {
        // value -> count of the window's entries, in an ordered map
        let k = k as usize;
        let mut window: BTreeMap<i32, usize> = BTreeMap::new();
        let mut out = Vec::with_capacity(nums.len() - k + 1);
        for i in 0..nums.len() {
            *window.entry(nums[i]).or_insert(0) += 1;
            if i >= k {
                let old = nums[i - k];
                let c = window.get_mut(&old).unwrap();
                *c -= 1;
                if *c == 0 {
                    window.remove(&old);
                }
            }
            if i + 1 >= k {
                out.push(*window.keys().next_back().unwrap());
            }
        }
        out
    }
}
