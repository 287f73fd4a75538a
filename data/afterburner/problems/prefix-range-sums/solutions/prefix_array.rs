struct Solution;

impl Solution {
    pub fn range_sums(nums: Vec<i64>, queries: Vec<Vec<i32>>) -> Vec<i64> {
        let mut prefix = vec![0i64; nums.len() + 1];
        for (i, &x) in nums.iter().enumerate() {
            prefix[i + 1] = prefix[i] + x;
        }
        queries
            .iter()
            .map(|qr| prefix[qr[1] as usize] - prefix[qr[0] as usize - 1])
            .collect()
    }
}
