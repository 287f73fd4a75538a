class Solution {
    divisorTally(nums) {
        let top = 0;
        for (const x of nums) if (x > top) top = x;
        const spf = new Int32Array(top + 1); // smallest prime factor
        for (let p = 2; p <= top; p++) {
            if (spf[p]) continue;
            for (let m = p; m <= top; m += p) if (!spf[m]) spf[m] = p;
        }
        return nums.map((value) => {
            let x = value;
            let count = 1;
            while (x > 1) {
                const q = spf[x];
                let e = 0;
                while (x % q === 0) { x /= q; e++; }
                count *= e + 1;
            }
            return count;
        });
    }
}
