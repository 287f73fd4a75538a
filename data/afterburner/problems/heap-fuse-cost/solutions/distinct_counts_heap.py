import heapq
from collections import Counter
from typing import List


class Solution:
    def minFuseCost(self, nums: List[int]) -> int:
        count = Counter(nums)
        keys = list(count)
        heapq.heapify(keys)
        total = 0

        def add(v, c):
            if v in count:
                count[v] += c
            else:
                count[v] = c
                heapq.heappush(keys, v)

        while keys:
            x = keys[0]
            c = count[x]
            if c >= 2:
                pairs = c // 2
                total += pairs * 2 * x
                count[x] = c - 2 * pairs
                if count[x] == 0:
                    heapq.heappop(keys)
                    del count[x]
                add(2 * x, pairs)
                continue
            heapq.heappop(keys)
            del count[x]
            if not keys:
                break
            y = keys[0]
            count[y] -= 1
            if count[y] == 0:
                heapq.heappop(keys)
                del count[y]
            total += x + y
            add(x + y, 1)
        return total
