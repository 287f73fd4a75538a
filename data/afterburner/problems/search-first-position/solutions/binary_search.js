class Solution {
    firstPositions(nums, queries) {
        const n = nums.length;
        const ans = new Array(queries.length);
        for (let t = 0; t < queries.length; t++) {
            const v = queries[t];
            let lo = 0;
            let hi = n;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (nums[mid] < v) lo = mid + 1;
                else hi = mid;
            }
            ans[t] = lo < n && nums[lo] === v ? lo : -1;
        }
        return ans;
    }
}
