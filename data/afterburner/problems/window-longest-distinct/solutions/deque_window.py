from collections import deque, Counter


class Solution:
    def longestClean(self, nums: List[int]) -> int:
        window = deque()
        inside = Counter()
        best = 0
        for x in nums:
            window.append(x)
            inside[x] += 1
            while inside[x] > 1:
                gone = window.popleft()
                inside[gone] -= 1
            best = max(best, len(window))
        return best
