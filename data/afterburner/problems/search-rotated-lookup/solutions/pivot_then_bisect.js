class Solution {
    locate(nums, queries) {
        // find where the minimum sits, then search the one sorted run that can hold v
        const n = nums.length;
        let lo = 0;
        let hi = n - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (nums[mid] > nums[hi]) lo = mid + 1;
            else hi = mid;
        }
        const pivot = lo;
        return queries.map((v) => {
            let a = pivot;
            let b = n;
            if (pivot > 0 && v >= nums[0]) {
                a = 0;
                b = pivot;
            }
            while (a < b) {
                const mid = (a + b) >> 1;
                if (nums[mid] < v) a = mid + 1;
                else b = mid;
            }
            return a < n && nums[a] === v ? a : -1;
        });
    }
}
