class Solution {
    firstPositions(nums, queries) {
        // visit the queries in increasing order with one forward pointer into nums
        const q = queries.length;
        const order = new Array(q);
        for (let t = 0; t < q; t++) order[t] = t;
        order.sort((a, b) => queries[a] - queries[b]);
        const ans = new Array(q).fill(-1);
        const n = nums.length;
        let i = 0;
        for (const idx of order) {
            const v = queries[idx];
            while (i < n && nums[i] < v) i++;
            if (i < n && nums[i] === v) ans[idx] = i;
        }
        return ans;
    }
}
