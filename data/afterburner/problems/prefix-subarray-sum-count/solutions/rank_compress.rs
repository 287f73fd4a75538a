struct Solution;

impl Solution {
    pub fn count_exact_sum(nums: Vec<i64>, k: i64) -> i64 {
        let mut prefix = Vec::with_capacity(nums.len() + 1);
        prefix.push(0i64);
        for x in &nums {
            let last = *prefix.last().unwrap();
            prefix.push(last + x);
        }
        let mut values = prefix.clone();
        values.sort_unstable();
        values.dedup();
        let mut counts = vec![0i64; values.len()];
        let mut total = 0i64;
        for &p in &prefix {
            if let Ok(r) = values.binary_search(&(p - k)) {
                total += counts[r];
            }
            let own = values.binary_search(&p).unwrap();
            counts[own] += 1;
        }
        total
    }
}
