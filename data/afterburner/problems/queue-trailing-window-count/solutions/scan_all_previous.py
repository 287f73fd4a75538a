from typing import List


class Solution:
    def windowCounts(self, times: List[int], w: int) -> List[int]:
        result = []
        for i in range(len(times)):
            count = 0
            for j in range(i + 1):
                if times[i] - times[j] < w:
                    count += 1
            result.append(count)
        return result
