use std::collections::HashMap;

struct Solution;

impl Solution {
    pub fn count_sequences(n: i32) -> i64 {
        const MOD: i64 = 1_000_000_007;
        let mut memo: HashMap<i32, i64> = HashMap::new();
        memo.insert(0, 1);
        for i in 1..=n {
            let mut total = 0i64;
            for part in 1..=3 {
                total += memo.get(&(i - part)).copied().unwrap_or(0);
            }
            memo.insert(i, total % MOD);
        }
        memo[&n]
    }
}
