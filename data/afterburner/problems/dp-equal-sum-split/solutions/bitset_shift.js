class Solution {
    canSplitEvenly(nums) {
        const total = nums.reduce((s, x) => s + x, 0);
        if (total % 2) return false;
        const half = total / 2;
        const words = (half >>> 5) + 1;
        const bits = new Uint32Array(words); // bit s: some subset sums to s
        bits[0] = 1;
        for (const x of nums) {
            const ws = x >>> 5;
            const bs = x & 31;
            // bits |= bits << x, from the top word down so sources are still old
            for (let w = words - 1; w >= ws; w--) {
                let v = bits[w - ws] << bs;
                if (bs !== 0 && w - ws - 1 >= 0) v |= bits[w - ws - 1] >>> (32 - bs);
                bits[w] |= v;
            }
        }
        return ((bits[half >>> 5] >>> (half & 31)) & 1) === 1;
    }
}
