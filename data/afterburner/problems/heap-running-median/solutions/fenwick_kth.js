class Solution {
    runningMedians(nums) {
        const n = nums.length;
        const sorted = Int32Array.from(nums).sort();
        let m = 0;
        for (let i = 0; i < n; i++) if (m === 0 || sorted[m - 1] !== sorted[i]) sorted[m++] = sorted[i];
        const vals = sorted.subarray(0, m);
        const rank = (x) => {
            let lo = 0;
            let hi = m - 1;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (vals[mid] < x) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        };
        const tree = new Int32Array(m + 1);
        let top = 1;
        while (top * 2 <= m) top *= 2;
        const out = new Array(n);
        for (let c = 0; c < n; c++) {
            for (let i = rank(nums[c]) + 1; i <= m; i += i & -i) tree[i]++;
            let k = (c + 2) >> 1;
            // descend the Fenwick tree to the k-th smallest
            let pos = 0;
            for (let step = top; step > 0; step >>= 1) {
                if (pos + step <= m && tree[pos + step] < k) {
                    pos += step;
                    k -= tree[pos];
                }
            }
            out[c] = vals[pos];
        }
        return out;
    }
}
