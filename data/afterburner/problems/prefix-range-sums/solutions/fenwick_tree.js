class Solution {
    rangeSums(nums, queries) {
        const n = nums.length;
        const tree = new Float64Array(n + 1);
        for (let i = 1; i <= n; i++) {
            tree[i] += nums[i - 1];
            const parent = i + (i & -i);
            if (parent <= n) tree[parent] += tree[i];
        }
        const prefix = (i) => {
            let total = 0;
            for (; i > 0; i -= i & -i) total += tree[i];
            return total;
        };
        return queries.map(([l, r]) => prefix(r) - prefix(l - 1));
    }
}
