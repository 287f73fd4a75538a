class Solution {
    minFuseCost(nums) {
        // sorted inputs in one queue; fused sums come out non-decreasing, so a second queue suffices
        const n = nums.length;
        const base = Float64Array.from(nums).sort();
        const fused = new Float64Array(n);
        let i = 0;
        let j = 0;
        let tail = 0;
        let total = 0;
        for (let step = 1; step < n; step++) {
            let s = 0;
            for (let r = 0; r < 2; r++) {
                if (j >= tail || (i < n && base[i] <= fused[j])) s += base[i++];
                else s += fused[j++];
            }
            fused[tail++] = s;
            total += s;
        }
        return total;
    }
}
