class Solution {
    locate(nums, queries) {
        // sort the indices by value and binary search them
        const order = nums.map((_, i) => i).sort((a, b) => nums[a] - nums[b]);
        return queries.map((v) => {
            let lo = 0;
            let hi = order.length;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (nums[order[mid]] < v) lo = mid + 1;
                else hi = mid;
            }
            return lo < order.length && nums[order[lo]] === v ? order[lo] : -1;
        });
    }
}
