from typing import List


class Solution:
    def minimumMarked(self, n: int, edges: List[List[int]]) -> int:
        graph = [[] for _ in range(n + 1)]
        for u, v in edges:
            graph[u].append(v)
            graph[v].append(u)
        side = [0] * (n + 1)  # 0 unseen, 1 or 2 otherwise
        answer = 0
        for root in range(1, n + 1):
            if side[root] or not graph[root]:
                continue
            side[root] = 1
            count = [0, 1, 0]
            stack = [root]
            while stack:
                u = stack.pop()
                other = 3 - side[u]
                for v in graph[u]:
                    if side[v] == 0:
                        side[v] = other
                        count[other] += 1
                        stack.append(v)
                    elif side[v] != other:
                        return -1
            answer += min(count[1], count[2])
        return answer
