from collections import deque
from typing import List


class Solution:
    def windowCounts(self, times: List[int], w: int) -> List[int]:
        window = deque()
        result = []
        for t in times:
            window.append(t)
            while t - window[0] > w:
                window.popleft()
            result.append(len(window))
        return result
