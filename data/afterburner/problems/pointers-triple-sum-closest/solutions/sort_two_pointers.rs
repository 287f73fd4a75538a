struct Solution;

impl Solution {
    pub fn nearest_triple_sum(nums: Vec<i32>, target: i32) -> i32 {
        let mut a = nums;
        a.sort_unstable();
        let n = a.len();
        let mut best = a[0] + a[1] + a[2];
        for i in 0..n - 2 {
            let (mut lo, mut hi) = (i + 1, n - 1);
            while lo < hi {
                let s = a[i] + a[lo] + a[hi];
                let (d, bd) = ((s - target).abs(), (best - target).abs());
                if d < bd || (d == bd && s < best) {
                    best = s;
                }
                if s < target {
                    lo += 1;
                } else if s > target {
                    hi -= 1;
                } else {
                    return s;
                }
            }
        }
        best
    }
}
