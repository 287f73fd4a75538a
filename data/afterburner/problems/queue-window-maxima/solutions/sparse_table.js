class Solution {
    windowMaxima(nums, k) {
        // row[i] = max of nums[i .. i + p - 1], doubling p up to the largest power <= k
        let row = nums;
        let p = 1;
        while (2 * p <= k) {
            const next = new Array(row.length - p);
            for (let i = 0; i < next.length; i++) next[i] = row[i] > row[i + p] ? row[i] : row[i + p];
            row = next;
            p *= 2;
        }
        const shift = k - p;
        const out = [];
        for (let i = 0; i + k <= nums.length; i++) out.push(Math.max(row[i], row[i + shift]));
        return out;
    }
}
