struct Solution;

impl Solution {
    pub fn lightest_cut(nums: Vec<i32>, m: i32) -> i64 {
        // each part jumps to the furthest prefix within the limit (binary search on prefix sums)
        let n = nums.len();
        let mut pre = vec![0i64; n + 1];
        for i in 0..n {
            pre[i + 1] = pre[i] + nums[i] as i64;
        }
        let fits = |limit: i64| {
            let mut pos = 0usize;
            for _ in 0..m {
                let target = pre[pos] + limit;
                pos = pre.partition_point(|&v| v <= target) - 1;
                if pos == n {
                    return true;
                }
            }
            false
        };
        let mut lo = *nums.iter().max().unwrap() as i64;
        let mut hi = pre[n];
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if fits(mid) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
