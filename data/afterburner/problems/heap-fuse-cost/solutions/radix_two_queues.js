class Solution {
    minFuseCost(nums) {
        // two 16-bit counting-sort passes instead of a comparison sort, then the two-queue merge
        const n = nums.length;
        let a = Uint32Array.from(nums);
        let tmp = new Uint32Array(n);
        const cnt = new Int32Array(1 << 16);
        for (let shift = 0; shift < 32; shift += 16) {
            cnt.fill(0);
            for (let i = 0; i < n; i++) cnt[(a[i] >>> shift) & 0xffff]++;
            let sum = 0;
            for (let b = 0; b < cnt.length; b++) {
                const t = cnt[b];
                cnt[b] = sum;
                sum += t;
            }
            for (let i = 0; i < n; i++) tmp[cnt[(a[i] >>> shift) & 0xffff]++] = a[i];
            const sw = a;
            a = tmp;
            tmp = sw;
        }
        const fused = new Float64Array(n);
        let i = 0;
        let j = 0;
        let tail = 0;
        let total = 0;
        for (let step = 1; step < n; step++) {
            let s = 0;
            for (let r = 0; r < 2; r++) {
                if (j >= tail || (i < n && a[i] <= fused[j])) s += a[i++];
                else s += fused[j++];
            }
            fused[tail++] = s;
            total += s;
        }
        return total;
    }
}
