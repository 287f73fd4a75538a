class Solution {
    nextGreaterGap(nums) {
        // Insert indices from the largest value down; a Fenwick tree finds the
        // first inserted index after i (the k-th one by prefix counts).
        const n = nums.length;
        const bit = new Int32Array(n + 1);
        let top = 1;
        while (top * 2 <= n) top *= 2;
        const add = (i) => { for (i++; i <= n; i += i & -i) bit[i]++; };
        const countUpto = (i) => { let s = 0; for (i++; i > 0; i -= i & -i) s += bit[i]; return s; };
        const kth = (k) => {
            let pos = 0;
            for (let step = top; step > 0; step >>= 1) {
                if (pos + step <= n && bit[pos + step] < k) {
                    pos += step;
                    k -= bit[pos];
                }
            }
            return pos;
        };
        const order = Array.from({ length: n }, (_, i) => i);
        order.sort((a, b) => nums[b] - nums[a]);
        const ans = new Array(n).fill(0);
        let inserted = 0;
        let g = 0;
        while (g < n) {
            let h = g;
            while (h < n && nums[order[h]] === nums[order[g]]) h++;
            for (let t = g; t < h; t++) {
                const idx = order[t];
                const c = countUpto(idx);
                if (c < inserted) ans[idx] = kth(c + 1) - idx;
            }
            for (let t = g; t < h; t++) add(order[t]);
            inserted += h - g;
            g = h;
        }
        return ans;
    }
}
