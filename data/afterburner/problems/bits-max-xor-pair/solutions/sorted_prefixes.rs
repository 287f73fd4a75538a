struct Solution;

impl Solution {
    pub fn largest_pair_xor(nums: Vec<i32>) -> i32 {
        // sort once; shifted values stay sorted, so each round dedupes and binary searches
        let mut sorted = nums;
        sorted.sort_unstable();
        let mut prefixes: Vec<i32> = Vec::with_capacity(sorted.len());
        let mut best = 0;
        for b in (0..30).rev() {
            prefixes.clear();
            for &x in sorted.iter() {
                let p = x >> b;
                if prefixes.last() != Some(&p) {
                    prefixes.push(p);
                }
            }
            let candidate = (best << 1) | 1;
            let found = prefixes.iter().any(|&p| prefixes.binary_search(&(p ^ candidate)).is_ok());
            best = if found { candidate } else { best << 1 };
        }
        best
    }
}
