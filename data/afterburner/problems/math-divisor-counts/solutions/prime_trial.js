class Solution {
    divisorTally(nums) {
        let top = 0;
        for (const x of nums) if (x > top) top = x;
        const limit = Math.floor(Math.sqrt(top)) + 1;
        const composite = new Uint8Array(limit + 1);
        const primes = [];
        for (let i = 2; i <= limit; i++) {
            if (composite[i]) continue;
            primes.push(i);
            for (let j = i * i; j <= limit; j += i) composite[j] = 1;
        }
        return nums.map((value) => {
            let x = value;
            let total = 1;
            for (const p of primes) {
                if (p * p > x) break;
                if (x % p === 0) {
                    let e = 0;
                    while (x % p === 0) { x /= p; e++; }
                    total *= e + 1;
                }
            }
            if (x > 1) total *= 2;
            return total;
        });
    }
}
