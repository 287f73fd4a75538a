struct Solution;

impl Solution {
    pub fn lightest_cut(nums: Vec<i32>, m: i32) -> i64 {
        // best[p][e]: lightest weight cutting the first e values into p parts
        let n = nums.len();
        let m = m as usize;
        let mut pre = vec![0i64; n + 1];
        for i in 0..n {
            pre[i + 1] = pre[i] + nums[i] as i64;
        }
        let mut prev = vec![i64::MAX; n + 1];
        let mut row = vec![i64::MAX; n + 1];
        prev[0] = 0;
        for p in 1..=m {
            row.iter_mut().for_each(|v| *v = i64::MAX);
            for e in p..=n {
                let mut value = i64::MAX;
                for s in p - 1..e {
                    value = value.min(prev[s].max(pre[e] - pre[s]));
                }
                row[e] = value;
            }
            std::mem::swap(&mut prev, &mut row);
        }
        prev[n]
    }
}
