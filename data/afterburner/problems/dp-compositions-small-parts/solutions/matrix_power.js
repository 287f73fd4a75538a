class Solution {
    countSequences(n) {
        const MOD = 1000000007n;
        const mul = (x, y) => {
            const r = [[0n, 0n, 0n], [0n, 0n, 0n], [0n, 0n, 0n]];
            for (let i = 0; i < 3; i++)
                for (let k = 0; k < 3; k++)
                    for (let j = 0; j < 3; j++)
                        r[i][j] = (r[i][j] + x[i][k] * y[k][j]) % MOD;
            return r;
        };
        let result = [[1n, 0n, 0n], [0n, 1n, 0n], [0n, 0n, 1n]];
        let base = [[1n, 1n, 1n], [1n, 0n, 0n], [0n, 1n, 0n]];
        for (let e = n; e > 0; e = Math.floor(e / 2)) {
            if (e % 2 === 1) result = mul(result, base);
            base = mul(base, base);
        }
        return Number(result[0][0]);
    }
}
