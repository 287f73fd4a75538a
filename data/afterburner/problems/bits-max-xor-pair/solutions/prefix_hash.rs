use std::collections::HashSet;

struct Solution;

impl Solution {
    pub fn largest_pair_xor(nums: Vec<i32>) -> i32 {
        // fix the answer bit by bit from the top, checking prefixes in a hash set
        let mut best = 0;
        let mut mask = 0;
        let mut prefixes: HashSet<i32> = HashSet::with_capacity(nums.len());
        for b in (0..30).rev() {
            mask |= 1 << b;
            prefixes.clear();
            prefixes.extend(nums.iter().map(|&x| x & mask));
            let candidate = best | (1 << b);
            if prefixes.iter().any(|&p| prefixes.contains(&(p ^ candidate))) {
                best = candidate;
            }
        }
        best
    }
}
