struct Solution;

impl Solution {
    pub fn min_fuse_cost(nums: Vec<i64>) -> i64 {
        // sorted inputs in one queue; fused sums come out non-decreasing, so a second queue suffices
        let mut base = nums;
        base.sort_unstable();
        let n = base.len();
        let mut fused = vec![0i64; n];
        let (mut i, mut j, mut tail) = (0usize, 0usize, 0usize);
        let mut total = 0i64;
        for _ in 1..n {
            let mut s = 0i64;
            for _ in 0..2 {
                if j >= tail || (i < n && base[i] <= fused[j]) {
                    s += base[i];
                    i += 1;
                } else {
                    s += fused[j];
                    j += 1;
                }
            }
            fused[tail] = s;
            tail += 1;
            total += s;
        }
        total
    }
}
