struct Solution;

impl Solution {
    pub fn range_sums(nums: Vec<i64>, queries: Vec<Vec<i32>>) -> Vec<i64> {
        let n = nums.len();
        let mut tree = vec![0i64; n + 1];
        for i in 1..=n {
            tree[i] += nums[i - 1];
            let parent = i + (i & i.wrapping_neg());
            if parent <= n {
                tree[parent] += tree[i];
            }
        }
        let prefix = |mut i: usize| {
            let mut total = 0i64;
            while i > 0 {
                total += tree[i];
                i &= i - 1;
            }
            total
        };
        queries
            .iter()
            .map(|qr| prefix(qr[1] as usize) - prefix(qr[0] as usize - 1))
            .collect()
    }
}
