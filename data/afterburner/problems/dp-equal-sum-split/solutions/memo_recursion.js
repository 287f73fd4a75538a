class Solution {
    canSplitEvenly(nums) {
        const total = nums.reduce((s, x) => s + x, 0);
        if (total % 2) return false;
        const n = nums.length;
        const width = total / 2 + 1;
        const memo = new Map(); // key i * width + need
        const can = (i, need) => {
            if (need === 0) return true;
            if (i === n || need < 0) return false;
            const key = i * width + need;
            const known = memo.get(key);
            if (known !== undefined) return known;
            const r = can(i + 1, need - nums[i]) || can(i + 1, need);
            memo.set(key, r);
            return r;
        };
        return can(0, total / 2);
    }
}
