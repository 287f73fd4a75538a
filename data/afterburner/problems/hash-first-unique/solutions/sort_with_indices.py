class Solution:
    def firstSingle(self, nums: List[int]) -> int:
        order = sorted(range(len(nums)), key=lambda i: nums[i])
        best = -1
        k = 0
        n = len(order)
        while k < n:
            j = k
            while j + 1 < n and nums[order[j + 1]] == nums[order[k]]:
                j += 1
            if j == k and (best == -1 or order[k] < best):
                best = order[k]
            k = j + 1
        return best
