class Solution {
    countSequences(n) {
        const MOD = 1000000007;
        let a = 0, b = 0, c = 1;
        for (let i = 0; i < n; i++) {
            const next = (a + b + c) % MOD;
            a = b;
            b = c;
            c = next;
        }
        return c;
    }
}
