from collections import Counter, defaultdict
from heapq import heappop, heappush
from typing import List


class Solution:
    def smallestOrder(self, n: int, rules: List[List[int]]) -> List[int]:
        graph = defaultdict(list)
        incoming = Counter()
        for u, v in rules:
            graph[u].append(v)
            incoming[v] += 1
        heap = []
        for task in range(1, n + 1):
            if incoming[task] == 0:
                heappush(heap, task)
        result = []
        while heap:
            task = heappop(heap)
            result.append(task)
            for nxt in graph[task]:
                incoming[nxt] -= 1
                if incoming[nxt] == 0:
                    heappush(heap, nxt)
        if len(result) < n:
            return []
        return result
