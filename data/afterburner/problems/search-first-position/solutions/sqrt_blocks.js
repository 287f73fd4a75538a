class Solution {
    firstPositions(nums, queries) {
        // O(sqrt n) per query: skip whole blocks by their last value, then scan one block
        const n = nums.length;
        const size = Math.max(1, Math.ceil(Math.sqrt(n)));
        const blocks = Math.ceil(n / size);
        const lastOf = new Array(blocks);
        for (let b = 0; b < blocks; b++) lastOf[b] = nums[Math.min(n, (b + 1) * size) - 1];
        return queries.map((v) => {
            let b = 0;
            while (b < blocks && lastOf[b] < v) b++;
            if (b === blocks) return -1;
            let i = b * size;
            while (nums[i] < v) i++;
            return nums[i] === v ? i : -1;
        });
    }
}
