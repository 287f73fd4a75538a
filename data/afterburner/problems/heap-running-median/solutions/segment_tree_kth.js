class Solution {
    runningMedians(nums) {
        const n = nums.length;
        const vals = Array.from(new Set(nums)).sort((a, b) => a - b);
        const index = new Map();
        vals.forEach((v, i) => index.set(v, i));
        let size = 1;
        while (size < vals.length) size <<= 1;
        const cnt = new Int32Array(2 * size);
        const out = new Array(n);
        for (let c = 0; c < n; c++) {
            for (let i = index.get(nums[c]) + size; i > 0; i >>= 1) cnt[i]++;
            let k = (c + 2) >> 1;
            let node = 1;
            while (node < size) {
                const left = cnt[2 * node];
                if (k <= left) {
                    node = 2 * node;
                } else {
                    k -= left;
                    node = 2 * node + 1;
                }
            }
            out[c] = vals[node - size];
        }
        return out;
    }
}
