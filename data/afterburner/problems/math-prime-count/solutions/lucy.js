class Solution {
    countPrimes(n) {
        // Lucy's method: small[v] = pi(v) for v <= r, large[k] = pi(n / k)
        if (n < 2) return 0;
        let r = Math.floor(Math.sqrt(n));
        while (r * r > n) r--;
        while ((r + 1) * (r + 1) <= n) r++;
        const small = new Float64Array(r + 1);
        const large = new Float64Array(r + 1);
        for (let v = 1; v <= r; v++) {
            small[v] = v - 1;
            large[v] = Math.floor(n / v) - 1;
        }
        for (let p = 2; p <= r; p++) {
            if (small[p] === small[p - 1]) continue;
            const below = small[p - 1];
            const p2 = p * p;
            const kmax = Math.min(r, Math.floor(n / p2));
            for (let k = 1; k <= kmax; k++) {
                const kp = k * p;
                const count = kp <= r ? large[kp] : small[Math.floor(n / kp)];
                large[k] -= count - below;
            }
            for (let v = r; v >= p2; v--) small[v] -= small[Math.floor(v / p)] - below;
        }
        return large[1];
    }
}
