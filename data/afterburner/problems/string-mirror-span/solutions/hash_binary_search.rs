struct Solution;

const MOD: u64 = (1 << 61) - 1;

fn mul(a: u64, b: u64) -> u64 {
    let p = a as u128 * b as u128;
    let mut r = (p as u64 & MOD) + (p >> 61) as u64;
    r = (r & MOD) + (r >> 61);
    if r >= MOD { r - MOD } else { r }
}

impl Solution {
    pub fn longest_palindrome(s: String) -> i32 {
        // polynomial hashes of s and reversed s; binary search the length per parity
        let b = s.as_bytes();
        let n = b.len();
        let mut pw = vec![1u64; n + 1];
        let mut fwd = vec![0u64; n + 1];
        let mut rev = vec![0u64; n + 1];
        for i in 0..n {
            pw[i + 1] = mul(pw[i], 131);
            fwd[i + 1] = (mul(fwd[i], 131) + b[i] as u64) % MOD;
            rev[i + 1] = (mul(rev[i], 131) + b[n - 1 - i] as u64) % MOD;
        }
        let get = |h: &[u64], a: usize, c: usize| (h[c] + MOD - mul(h[a], pw[c - a])) % MOD;
        let exists = |len: usize| (0..=n - len).any(|i| get(&fwd, i, i + len) == get(&rev, n - i - len, n - i));
        let mut best = 1;
        for parity in 1..=2usize {
            if parity > n || (parity == 2 && !exists(2)) {
                continue;
            }
            let (mut lo, mut hi) = (0, (n - parity) / 2);
            while lo < hi {
                let mid = (lo + hi + 1) / 2;
                if exists(parity + 2 * mid) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            best = best.max(parity + 2 * lo);
        }
        best as i32
    }
}
