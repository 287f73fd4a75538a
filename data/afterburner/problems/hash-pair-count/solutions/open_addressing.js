class Solution {
    countPairs(nums, target) {
        // linear-probing table in typed arrays; a count of 0 marks an empty slot
        let cap = 1;
        while (cap < nums.length * 2) cap <<= 1;
        const mask = cap - 1;
        const keys = new Float64Array(cap);
        const counts = new Float64Array(cap);
        const slot = (x) => {
            let h = Math.imul(x | 0, 0x9e3779b1) >>> 0;
            h = (h ^ (h >>> 15)) & mask;
            while (counts[h] !== 0 && keys[h] !== x) h = (h + 1) & mask;
            return h;
        };
        let total = 0;
        for (let i = 0; i < nums.length; i++) {
            const x = nums[i];
            const s = slot(target - x);
            if (counts[s] !== 0) total += counts[s];
            const t = slot(x);
            keys[t] = x;
            counts[t] += 1;
        }
        return total;
    }
}
