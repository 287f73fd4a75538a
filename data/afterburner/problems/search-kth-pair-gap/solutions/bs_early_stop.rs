struct Solution;

impl Solution {
    pub fn kth_gap(nums: Vec<i64>, k: i64) -> i64 {
        let mut a = nums;
        a.sort_unstable();
        let n = a.len();
        // stop counting as soon as k pairs are found
        let reaches_k = |d: i64| -> bool {
            let mut count = 0i64;
            let mut j = 0;
            for i in 0..n {
                while j < n && a[j] - a[i] <= d {
                    j += 1;
                }
                count += (j - i - 1) as i64;
                if count >= k {
                    return true;
                }
            }
            false
        };
        let mut lo = a.windows(2).map(|p| p[1] - p[0]).min().unwrap();
        let mut hi = a[n - 1] - a[0];
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if reaches_k(mid) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
