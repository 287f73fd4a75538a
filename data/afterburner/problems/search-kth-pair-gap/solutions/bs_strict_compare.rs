struct Solution;

impl Solution {
    pub fn kth_gap(nums: Vec<i64>, k: i64) -> i64 {
        let mut a = nums;
        a.sort_unstable();
        let n = a.len();
        let count = |d: i64| -> i64 {
            let mut total = 0i64;
            let mut left = 0;
            for right in 0..n {
                while a[right] - a[left] > d {
                    left += 1;
                }
                total += (right - left) as i64;
            }
            total
        };
        let (mut lo, mut hi) = (0i64, a[n - 1] - a[0]);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if count(mid) > k {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
