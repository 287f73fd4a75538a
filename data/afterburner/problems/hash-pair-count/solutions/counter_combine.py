from collections import Counter


class Solution:
    def countPairs(self, nums: List[int], target: int) -> int:
        freq = Counter(nums)
        total = 0
        for value, count in freq.items():
            other = target - value
            if value < other:
                total += count * freq.get(other, 0)
            elif value == other:
                total += count * (count - 1) // 2
        return total
