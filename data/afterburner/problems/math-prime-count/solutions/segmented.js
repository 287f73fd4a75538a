class Solution {
    countPrimes(n) {
        // sieve the base primes up to sqrt(n), then cross off block by block
        if (n < 2) return 0;
        let root = Math.floor(Math.sqrt(n));
        while (root * root > n) root--;
        while ((root + 1) * (root + 1) <= n) root++;
        const small = new Uint8Array(root + 1);
        const base = [];
        for (let i = 2; i <= root; i++) {
            if (small[i]) continue;
            base.push(i);
            for (let j = i * i; j <= root; j += i) small[j] = 1;
        }
        let count = base.length;
        const block = 1 << 15;
        const seg = new Uint8Array(block);
        for (let low = root + 1; low <= n; low += block) {
            const high = Math.min(low + block - 1, n);
            seg.fill(0);
            for (const p of base) {
                let start = Math.ceil(low / p) * p;
                if (start < p * p) start = p * p;
                for (let j = start; j <= high; j += p) seg[j - low] = 1;
            }
            for (let i = 0; i <= high - low; i++) if (!seg[i]) count++;
        }
        return count;
    }
}
