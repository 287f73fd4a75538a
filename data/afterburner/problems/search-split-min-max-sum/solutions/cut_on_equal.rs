struct Solution;

impl Solution {
    pub fn lightest_cut(nums: Vec<i32>, m: i32) -> i64 {
        let parts_needed = |limit: i64| {
            let (mut parts, mut cur) = (1i32, 0i64);
            for &x in &nums {
                let x = x as i64;
                // starts a new part even when the sum would just reach the limit
                if cur + x >= limit {
                    parts += 1;
                    cur = x;
                } else {
                    cur += x;
                }
            }
            parts
        };
        let mut lo = *nums.iter().max().unwrap() as i64;
        let mut hi: i64 = nums.iter().map(|&x| x as i64).sum();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if parts_needed(mid) <= m {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
