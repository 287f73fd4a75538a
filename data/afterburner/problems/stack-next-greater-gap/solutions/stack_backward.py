from typing import List


class Solution:
    def nextGreaterGap(self, nums: List[int]) -> List[int]:
        n = len(nums)
        res = [0] * n
        st = []
        for i in range(n - 1, -1, -1):
            v = nums[i]
            while st and nums[st[-1]] <= v:
                st.pop()
            if st:
                res[i] = st[-1] - i
            st.append(i)
        return res
