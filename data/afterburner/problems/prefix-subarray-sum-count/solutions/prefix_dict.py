class Solution:
    def countExactSum(self, nums: List[int], k: int) -> int:
        seen = {0: 1}
        running = 0
        total = 0
        for x in nums:
            running += x
            total += seen.get(running - k, 0)
            seen[running] = seen.get(running, 0) + 1
        return total
