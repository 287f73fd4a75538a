struct Solution;

impl Solution {
    pub fn count_coprime_pairs(nums: Vec<i32>) -> i64 {
        let top = *nums.iter().max().unwrap() as usize;
        let mut freq = vec![0i64; top + 1];
        for &x in &nums {
            freq[x as usize] += 1;
        }
        // pairs[d]: pairs whose gcd is exactly d, filled from the largest d down
        let mut pairs = vec![0i64; top + 1];
        for d in (1..=top).rev() {
            let mut c = 0i64;
            let mut m = d;
            while m <= top {
                c += freq[m];
                m += d;
            }
            let mut exact = c * (c - 1) / 2;
            let mut m = 2 * d;
            while m <= top {
                exact -= pairs[m];
                m += d;
            }
            pairs[d] = exact;
        }
        pairs[1]
    }
}
