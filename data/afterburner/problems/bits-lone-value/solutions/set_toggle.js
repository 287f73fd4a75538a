class Solution {
    loneValue(nums) {
        const open = new Set();
        for (const x of nums) {
            if (!open.delete(x)) open.add(x);
        }
        return open.values().next().value;
    }
}
