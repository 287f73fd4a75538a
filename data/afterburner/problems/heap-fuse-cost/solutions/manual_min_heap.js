class Solution {
    minFuseCost(nums) {
        const n = nums.length;
        const h = Float64Array.from(nums);
        const siftDown = (i, size) => {
            const v = h[i];
            while (true) {
                let c = 2 * i + 1;
                if (c >= size) break;
                if (c + 1 < size && h[c + 1] < h[c]) c++;
                if (h[c] >= v) break;
                h[i] = h[c];
                i = c;
            }
            h[i] = v;
        };
        for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(i, n);
        let size = n;
        let total = 0;
        while (size > 1) {
            // pop the minimum, then replace the new top by the fused sum in place
            const first = h[0];
            h[0] = h[--size];
            siftDown(0, size);
            const s = first + h[0];
            total += s;
            h[0] = s;
            siftDown(0, size);
        }
        return total;
    }
}
