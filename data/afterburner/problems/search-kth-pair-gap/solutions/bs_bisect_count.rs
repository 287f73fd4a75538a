struct Solution;

impl Solution {
    pub fn kth_gap(nums: Vec<i64>, k: i64) -> i64 {
        let mut a = nums;
        a.sort();
        let n = a.len();
        // pairs within d, each start binary-searching its farthest partner
        let pairs_within = |d: i64| -> i64 {
            let mut count = 0i64;
            for i in 0..n {
                let limit = a[i] + d;
                count += a[i + 1..].partition_point(|&x| x <= limit) as i64;
            }
            count
        };
        let (mut lo, mut hi) = (0i64, a[n - 1] - a[0]);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if pairs_within(mid) >= k {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
