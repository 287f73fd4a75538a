class Solution:
    def countHeavyPairs(self, nums: List[int], c: int) -> int:
        n = len(nums)
        count = 0
        for i in range(n):
            for j in range(i + 1, n):
                if nums[i] > c * nums[j]:
                    count += 1
        return count
