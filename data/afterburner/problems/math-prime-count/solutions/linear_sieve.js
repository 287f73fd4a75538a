class Solution {
    countPrimes(n) {
        // every composite is crossed exactly once, by its smallest prime factor
        if (n < 2) return 0;
        const composite = new Uint8Array(n + 1);
        const primes = [];
        for (let i = 2; i <= n; i++) {
            if (!composite[i]) primes.push(i);
            for (let t = 0; t < primes.length; t++) {
                const p = primes[t];
                if (p * i > n) break;
                composite[p * i] = 1;
                if (i % p === 0) break;
            }
        }
        return primes.length;
    }
}
