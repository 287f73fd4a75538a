class Solution {
    firstPositions(nums, queries) {
        const first = new Map();
        nums.forEach((x, i) => {
            if (!first.has(x)) first.set(x, i);
        });
        return queries.map((v) => (first.has(v) ? first.get(v) : -1));
    }
}
