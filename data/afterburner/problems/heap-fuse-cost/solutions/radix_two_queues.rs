struct Solution;

impl Solution {
    pub fn min_fuse_cost(nums: Vec<i64>) -> i64 {
        // two 16-bit counting-sort passes instead of a comparison sort, then the two-queue merge
        let n = nums.len();
        let mut a: Vec<u32> = nums.iter().map(|&v| v as u32).collect();
        let mut tmp = vec![0u32; n];
        let mut cnt = vec![0usize; 1 << 16];
        for shift in [0u32, 16] {
            cnt.iter_mut().for_each(|c| *c = 0);
            for &v in &a {
                cnt[((v >> shift) & 0xffff) as usize] += 1;
            }
            let mut sum = 0;
            for c in cnt.iter_mut() {
                let t = *c;
                *c = sum;
                sum += t;
            }
            for &v in &a {
                let d = ((v >> shift) & 0xffff) as usize;
                tmp[cnt[d]] = v;
                cnt[d] += 1;
            }
            std::mem::swap(&mut a, &mut tmp);
        }
        let mut fused = vec![0i64; n];
        let (mut i, mut j, mut tail) = (0usize, 0usize, 0usize);
        let mut total = 0i64;
        for _ in 1..n {
            let mut s = 0i64;
            for _ in 0..2 {
                if j >= tail || (i < n && (a[i] as i64) <= fused[j]) {
                    s += a[i] as i64;
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
