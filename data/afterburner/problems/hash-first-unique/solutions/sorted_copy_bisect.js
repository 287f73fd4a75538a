function lowerBound(a, v) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] < v) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

class Solution {
    firstSingle(nums) {
        const sorted = Float64Array.from(nums).sort();
        for (let i = 0; i < nums.length; i++) {
            if (lowerBound(sorted, nums[i] + 1) - lowerBound(sorted, nums[i]) === 1) return i;
        }
        return -1;
    }
}
