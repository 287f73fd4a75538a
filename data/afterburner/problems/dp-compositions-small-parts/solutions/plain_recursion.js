class Solution {
    countSequences(n) {
        const MOD = 1000000007;
        const ways = (k) => {
            if (k < 0) return 0;
            if (k === 0) return 1;
            return (ways(k - 1) + ways(k - 2) + ways(k - 3)) % MOD;
        };
        return ways(n);
    }
}
