class Solution {
    nextGreaterGap(nums) {
        // Max segment tree; for each i descend to the leftmost leaf > nums[i] right of i.
        const n = nums.length;
        let size = 1;
        while (size < n) size <<= 1;
        const tree = new Float64Array(2 * size).fill(-Infinity);
        for (let i = 0; i < n; i++) tree[size + i] = nums[i];
        for (let v = size - 1; v >= 1; v--) tree[v] = Math.max(tree[2 * v], tree[2 * v + 1]);
        const ans = new Array(n).fill(0);
        for (let i = 0; i + 1 < n; i++) {
            const x = nums[i];
            let v = i + 1 + size;
            let found = true;
            while (tree[v] <= x) {
                while (v & 1) v >>= 1;
                if (v === 0) { found = false; break; }
                v++;
            }
            if (!found) continue;
            while (v < size) v = tree[2 * v] > x ? 2 * v : 2 * v + 1;
            ans[i] = v - size - i;
        }
        return ans;
    }
}
