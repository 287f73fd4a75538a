class Solution {
    countCoprimePairs(nums) {
        let top = 0;
        for (const x of nums) if (x > top) top = x;
        const freq = new Int32Array(top + 1);
        for (const x of nums) freq[x]++;
        // Moebius function by a linear sieve
        const mu = new Int8Array(top + 1);
        const composite = new Uint8Array(top + 1);
        const primes = [];
        mu[1] = 1;
        for (let i = 2; i <= top; i++) {
            if (!composite[i]) { primes.push(i); mu[i] = -1; }
            for (const p of primes) {
                if (i * p > top) break;
                composite[i * p] = 1;
                if (i % p === 0) { mu[i * p] = 0; break; }
                mu[i * p] = -mu[i];
            }
        }
        let total = 0;
        for (let d = 1; d <= top; d++) {
            if (mu[d] === 0) continue;
            let c = 0;
            for (let m = d; m <= top; m += d) c += freq[m];
            total += mu[d] * (c * (c - 1) / 2);
        }
        return total;
    }
}
