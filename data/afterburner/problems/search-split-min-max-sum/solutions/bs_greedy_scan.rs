struct Solution;

impl Solution {
    fn parts_needed(nums: &[i32], limit: i64) -> i64 {
        let (mut parts, mut cur) = (1i64, 0i64);
        for &x in nums {
            let x = x as i64;
            if cur + x > limit {
                parts += 1;
                cur = x;
            } else {
                cur += x;
            }
        }
        parts
    }

    pub fn lightest_cut(nums: Vec<i32>, m: i32) -> i64 {
        // binary search the weight; greedy fills each part as far as the limit allows
        let mut lo = *nums.iter().max().unwrap() as i64;
        let mut hi: i64 = nums.iter().map(|&x| x as i64).sum();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if Self::parts_needed(&nums, mid) <= m as i64 {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
