from typing import List


class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        graph = [[] for _ in range(n + 1)]
        for u, v in edges:
            if u != v:
                graph[u].append(v)
                graph[v].append(u)
        visited = bytearray(n + 1)
        count = 0
        for s in range(1, n + 1):
            if visited[s]:
                continue
            count += 1
            visited[s] = 1
            stack = [s]
            while stack:
                node = stack.pop()
                for nb in graph[node]:
                    if not visited[nb]:
                        visited[nb] = 1
                        stack.append(nb)
        return count
