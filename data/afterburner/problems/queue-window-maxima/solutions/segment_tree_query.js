class Solution {
    windowMaxima(nums, k) {
        // bottom-up segment tree, one range query per window
        const n = nums.length;
        const tree = new Float64Array(2 * n);
        for (let i = 0; i < n; i++) tree[n + i] = nums[i];
        for (let i = n - 1; i > 0; i--) tree[i] = Math.max(tree[2 * i], tree[2 * i + 1]);
        const out = [];
        for (let s = 0; s + k <= n; s++) {
            let best = -Infinity;
            let lo = s + n;
            let hi = s + k + n;
            while (lo < hi) {
                if (lo & 1) best = Math.max(best, tree[lo++]);
                if (hi & 1) best = Math.max(best, tree[--hi]);
                lo >>= 1;
                hi >>= 1;
            }
            out.push(best);
        }
        return out;
    }
}
