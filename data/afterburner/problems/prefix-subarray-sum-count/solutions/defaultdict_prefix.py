from collections import defaultdict


class Solution:
    def countExactSum(self, nums: List[int], k: int) -> int:
        counts = defaultdict(int)
        counts[0] = 1
        prefix = 0
        answer = 0
        for value in nums:
            prefix += value
            if prefix - k in counts:
                answer += counts[prefix - k]
            counts[prefix] += 1
        return answer
