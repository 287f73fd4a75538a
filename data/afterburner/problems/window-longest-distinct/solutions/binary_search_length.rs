use std::collections::HashMap;

struct Solution;

impl Solution {
    // is there a clean window of exactly this length? slide it with value counts
    fn exists(nums: &[i64], length: usize) -> bool {
        let mut counts: HashMap<i64, u32> = HashMap::new();
        let mut duplicates = 0;
        for i in 0..nums.len() {
            let c = counts.entry(nums[i]).or_insert(0);
            *c += 1;
            if *c == 2 {
                duplicates += 1;
            }
            if i >= length {
                let d = counts.get_mut(&nums[i - length]).unwrap();
                *d -= 1;
                if *d == 1 {
                    duplicates -= 1;
                }
            }
            if i + 1 >= length && duplicates == 0 {
                return true;
            }
        }
        false
    }

    pub fn longest_clean(nums: Vec<i64>) -> i32 {
        let (mut lo, mut hi) = (1usize, nums.len());
        while lo < hi {
            let mid = (lo + hi + 1) / 2;
            if Self::exists(&nums, mid) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lo as i32
    }
}
