from typing import List


class Solution:
    def treeHeight(self, n: int, edges: List[List[int]]) -> int:
        graph = [[] for _ in range(n + 1)]
        for u, v in edges:
            graph[u].append(v)
            graph[v].append(u)
        height = 0
        stack = [(1, 0, 0)]
        while stack:
            node, parent, d = stack.pop()
            if d > height:
                height = d
            for child in graph[node]:
                if child != parent:
                    stack.append((child, node, d + 1))
        return height
