class Solution {
    canSplitEvenly(nums) {
        const total = nums.reduce((s, x) => s + x, 0);
        if (total % 2) return false;
        const half = total / 2;
        const reach = new Uint8Array(half + 1);
        reach[0] = 1;
        for (const x of nums) {
            for (let s = x; s <= half; s++) if (reach[s - x]) reach[s] = 1;
        }
        return reach[half] === 1;
    }
}
