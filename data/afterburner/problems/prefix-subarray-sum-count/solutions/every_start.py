class Solution:
    def countExactSum(self, nums: List[int], k: int) -> int:
        n = len(nums)
        count = 0
        for start in range(n):
            s = 0
            for end in range(start, n):
                s += nums[end]
                if s == k:
                    count += 1
        return count
