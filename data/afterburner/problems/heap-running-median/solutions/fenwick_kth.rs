struct Solution;

impl Solution {
    pub fn running_medians(nums: Vec<i64>) -> Vec<i64> {
        let mut vals = nums.clone();
        vals.sort_unstable();
        vals.dedup();
        let m = vals.len();
        let mut tree = vec![0i32; m + 1];
        let mut top = 1;
        while top * 2 <= m {
            top *= 2;
        }
        let mut out = Vec::with_capacity(nums.len());
        for (c, &x) in nums.iter().enumerate() {
            let mut i = vals.partition_point(|&v| v < x) + 1;
            while i <= m {
                tree[i] += 1;
                i += i & i.wrapping_neg();
            }
            let mut k = ((c + 2) / 2) as i32;
            // descend the Fenwick tree to the k-th smallest
            let mut pos = 0;
            let mut step = top;
            while step > 0 {
                if pos + step <= m && tree[pos + step] < k {
                    pos += step;
                    k -= tree[pos];
                }
                step >>= 1;
            }
            out.push(vals[pos]);
        }
        out
    }
}
