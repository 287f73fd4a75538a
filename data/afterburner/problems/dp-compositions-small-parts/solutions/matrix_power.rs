struct Solution;

impl Solution {
    fn mul(x: &[[i64; 3]; 3], y: &[[i64; 3]; 3]) -> [[i64; 3]; 3] {
        const MOD: i64 = 1_000_000_007;
        let mut r = [[0i64; 3]; 3];
        for i in 0..3 {
            for k in 0..3 {
                for j in 0..3 {
                    r[i][j] = (r[i][j] + x[i][k] * y[k][j]) % MOD;
                }
            }
        }
        r
    }

    pub fn count_sequences(n: i32) -> i64 {
        let mut result = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
        let mut base = [[1, 1, 1], [1, 0, 0], [0, 1, 0]];
        let mut e = n;
        while e > 0 {
            if e & 1 == 1 {
                result = Self::mul(&result, &base);
            }
            base = Self::mul(&base, &base);
            e >>= 1;
        }
        result[0][0]
    }
}
