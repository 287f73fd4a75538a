class Solution {
    countPrimes(n) {
        // test each odd candidate against the odd primes up to its square root
        if (n < 2) return 0;
        const primes = [];
        let count = 1;
        for (let x = 3; x <= n; x += 2) {
            let prime = true;
            for (let k = 0; k < primes.length; k++) {
                const p = primes[k];
                if (p * p > x) break;
                if (x % p === 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                count++;
                if (x * x <= n) primes.push(x);
            }
        }
        return count;
    }
}
