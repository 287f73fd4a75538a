from collections import deque
from typing import List


class Solution:
    def windowCounts(self, times: List[int], w: int) -> List[int]:
        groups = deque()  # [timestamp, how many events share it]
        inside = 0
        answer = []
        for t in times:
            if groups and groups[-1][0] == t:
                groups[-1][1] += 1
            else:
                groups.append([t, 1])
            inside += 1
            while t - groups[0][0] >= w:
                inside -= groups.popleft()[1]
            answer.append(inside)
        return answer
