from itertools import combinations


class Solution:
    def nearestTripleSum(self, nums: List[int], target: int) -> int:
        best = None
        for x, y, z in combinations(nums, 3):
            s = x + y + z
            if best is None or abs(s - target) < abs(best - target) or (abs(s - target) == abs(best - target) and s < best):
                best = s
        return best
