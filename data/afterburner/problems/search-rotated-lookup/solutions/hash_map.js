class Solution {
    locate(nums, queries) {
        const where = new Map();
        nums.forEach((v, i) => where.set(v, i));
        return queries.map((v) => (where.has(v) ? where.get(v) : -1));
    }
}
