class Solution {
    countExactSum(nums, k) {
        const n = nums.length;
        const prefix = new Float64Array(n + 1);
        for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + nums[i];
        // each (value, index) pair packed into one exact double: value * 2^18 + index
        const SHIFT = 262144;
        const keys = new Float64Array(n + 1);
        for (let i = 0; i <= n; i++) keys[i] = prefix[i] * SHIFT + i;
        keys.sort();
        const lowerBound = (key) => {
            let lo = 0;
            let hi = n + 1;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (keys[mid] < key) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        };
        let total = 0;
        for (let j = 0; j <= n; j++) {
            const want = prefix[j] - k;
            total += lowerBound(want * SHIFT + j) - lowerBound(want * SHIFT);
        }
        return total;
    }
}
