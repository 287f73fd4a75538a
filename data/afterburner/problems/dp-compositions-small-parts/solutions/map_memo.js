class Solution {
    countSequences(n) {
        const MOD = 1000000007;
        const memo = new Map([[0, 1]]);
        for (let i = 1; i <= n; i++) {
            let total = 0;
            for (let part = 1; part <= 3; part++) {
                total += memo.get(i - part) || 0;
            }
            memo.set(i, total % MOD);
        }
        return memo.get(n);
    }
}
