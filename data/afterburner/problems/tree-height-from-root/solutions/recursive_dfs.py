import sys
from collections import defaultdict
from typing import List


class Solution:
    def treeHeight(self, n: int, edges: List[List[int]]) -> int:
        sys.setrecursionlimit(n + 1000)
        children = defaultdict(list)
        for u, v in edges:
            children[u].append(v)
            children[v].append(u)

        def height(node: int, parent: int) -> int:
            best = 0
            for nxt in children[node]:
                if nxt != parent:
                    h = height(nxt, node) + 1
                    if h > best:
                        best = h
            return best

        return height(1, 0)
