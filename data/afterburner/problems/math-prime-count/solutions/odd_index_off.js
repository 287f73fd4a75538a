class Solution {
    countPrimes(n) {
        if (n < 2) return 0;
        // index i stands for the odd number 2i+1
        const size = Math.floor(n / 2);
        const crossed = new Uint8Array(size);
        if (size > 0) crossed[0] = 1;
        for (let i = 1; (2 * i + 1) * (2 * i + 1) <= n; i++) {
            if (crossed[i]) continue;
            const p = 2 * i + 1;
            for (let j = (p * p - 1) / 2; j < size; j += p) crossed[j] = 1;
        }
        let count = 1;
        for (let i = 1; i < size; i++) if (!crossed[i]) count++;
        return count;
    }
}
