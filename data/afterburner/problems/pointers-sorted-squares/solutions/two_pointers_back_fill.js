class Solution {
    sortedSquares(nums) {
        const n = nums.length;
        const result = new Array(n);
        let left = 0;
        let right = n - 1;
        for (let pos = n - 1; pos >= 0; pos--) {
            const a = nums[left];
            const b = nums[right];
            if (-a > b) { result[pos] = a * a; left++; }
            else { result[pos] = b * b; right--; }
        }
        return result;
    }
}
