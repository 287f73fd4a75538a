class Solution {
    nextGreaterGap(nums) {
        const n = nums.length;
        const ans = new Array(n).fill(0);
        const st = [];
        for (let i = 0; i < n; i++) {
            // pops on equal values too, so a tie counts as "larger"
            while (st.length && nums[st[st.length - 1]] <= nums[i]) {
                const j = st.pop();
                ans[j] = i - j;
            }
            st.push(i);
        }
        return ans;
    }
}
