struct Solution;

impl Solution {
    pub fn range_sums(nums: Vec<i64>, queries: Vec<Vec<i32>>) -> Vec<i64> {
        // bottom-up segment tree: leaves at n..2n-1
        let n = nums.len();
        let mut seg = vec![0i64; 2 * n];
        seg[n..].copy_from_slice(&nums);
        for i in (1..n).rev() {
            seg[i] = seg[2 * i] + seg[2 * i + 1];
        }
        queries
            .iter()
            .map(|qr| {
                let (mut lo, mut hi) = (qr[0] as usize - 1 + n, qr[1] as usize + n);
                let mut total = 0i64;
                while lo < hi {
                    if lo & 1 == 1 {
                        total += seg[lo];
                        lo += 1;
                    }
                    if hi & 1 == 1 {
                        hi -= 1;
                        total += seg[hi];
                    }
                    lo >>= 1;
                    hi >>= 1;
                }
                total
            })
            .collect()
    }
}
