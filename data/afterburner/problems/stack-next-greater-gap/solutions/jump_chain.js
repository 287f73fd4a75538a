class Solution {
    nextGreaterGap(nums) {
        const n = nums.length;
        const nxt = new Int32Array(n).fill(n);
        for (let i = n - 2; i >= 0; i--) {
            let j = i + 1;
            while (j < n && nums[j] <= nums[i]) j = nxt[j];
            nxt[i] = j;
        }
        const ans = new Array(n);
        for (let i = 0; i < n; i++) ans[i] = nxt[i] === n ? 0 : nxt[i] - i;
        return ans;
    }
}
