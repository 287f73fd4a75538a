struct Solution;

impl Solution {
    pub fn count_exact_sum(nums: Vec<i64>, k: i64) -> i64 {
        let n = nums.len();
        let mut prefix = vec![0i64; n + 1];
        for i in 0..n {
            prefix[i + 1] = prefix[i] + nums[i];
        }
        let mut pairs: Vec<(i64, i64)> = prefix.iter().enumerate().map(|(i, &p)| (p, i as i64)).collect();
        pairs.sort();
        let mut total = 0i64;
        for j in 0..=n {
            let want = prefix[j] - k;
            let lo = pairs.partition_point(|&q| q < (want, -1));
            let hi = pairs.partition_point(|&q| q < (want, j as i64));
            total += (hi - lo) as i64;
        }
        total
    }
}
