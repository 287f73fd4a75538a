class Solution {
    rangeSums(nums, queries) {
        // bottom-up segment tree: leaves at n..2n-1
        const n = nums.length;
        const seg = new Float64Array(2 * n);
        for (let i = 0; i < n; i++) seg[n + i] = nums[i];
        for (let i = n - 1; i > 0; i--) seg[i] = seg[2 * i] + seg[2 * i + 1];
        return queries.map(([l, r]) => {
            let total = 0;
            for (let lo = l - 1 + n, hi = r + n; lo < hi; lo >>= 1, hi >>= 1) {
                if (lo & 1) total += seg[lo++];
                if (hi & 1) total += seg[--hi];
            }
            return total;
        });
    }
}
