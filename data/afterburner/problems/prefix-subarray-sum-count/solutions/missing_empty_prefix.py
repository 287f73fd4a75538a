class Solution:
    def countExactSum(self, nums: List[int], k: int) -> int:
        seen = {}
        running = 0
        count = 0
        for x in nums:
            running += x
            count += seen.get(running - k, 0)
            seen[running] = seen.get(running, 0) + 1
        return count
