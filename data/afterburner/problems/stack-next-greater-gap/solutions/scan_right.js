class Solution {
    nextGreaterGap(nums) {
        const n = nums.length;
        const ans = new Array(n).fill(0);
        for (let i = 0; i < n; i++) {
            for (let j = i + 1; j < n; j++) {
                if (nums[j] > nums[i]) {
                    ans[i] = j - i;
                    break;
                }
            }
        }
        return ans;
    }
}
