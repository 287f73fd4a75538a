class Solution {
    countHeavyPairs(nums, c) {
        // Fenwick tree over the sorted distinct values, filled left to right
        const sorted = Float64Array.from(nums).sort();
        const values = [];
        for (let i = 0; i < sorted.length; i++) {
            if (i === 0 || sorted[i] !== sorted[i - 1]) values.push(sorted[i]);
        }
        const m = values.length;
        const upperBound = (key) => {
            let lo = 0, hi = m;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (values[mid] <= key) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        };
        const tree = new Int32Array(m + 1);
        let answer = 0;
        for (let inserted = 0; inserted < nums.length; inserted++) {
            const x = nums[inserted];
            // earlier values that are <= c * x do not count
            let atMost = 0;
            for (let pos = upperBound(c * x); pos > 0; pos -= pos & -pos) atMost += tree[pos];
            answer += inserted - atMost;
            for (let idx = upperBound(x - 1) + 1; idx <= m; idx += idx & -idx) tree[idx]++;
        }
        return answer;
    }
}
