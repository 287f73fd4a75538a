class Solution {
    rangeSums(nums, queries) {
        // block totals of about sqrt(n) elements; a query adds whole blocks plus two partial ends
        const n = nums.length;
        const size = Math.max(1, Math.floor(Math.sqrt(n)));
        const blocks = new Float64Array(Math.ceil(n / size));
        for (let i = 0; i < n; i++) blocks[Math.floor(i / size)] += nums[i];
        return queries.map(([l, r]) => {
            const lo = l - 1;
            const hi = r - 1;
            const first = Math.floor(lo / size);
            const last = Math.floor(hi / size);
            let total = 0;
            if (first === last) {
                for (let i = lo; i <= hi; i++) total += nums[i];
            } else {
                for (let i = lo; i < (first + 1) * size; i++) total += nums[i];
                for (let b = first + 1; b < last; b++) total += blocks[b];
                for (let i = last * size; i <= hi; i++) total += nums[i];
            }
            return total;
        });
    }
}
