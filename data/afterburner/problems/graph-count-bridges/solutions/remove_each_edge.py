from typing import List


class Solution:
    def countBridges(self, n: int, edges: List[List[int]]) -> int:
        adj = [[] for _ in range(n + 1)]
        for i, (u, v) in enumerate(edges):
            adj[u].append((v, i))
            adj[v].append((u, i))
        count = 0
        for banned, (u, v) in enumerate(edges):
            # can v still be reached from u without edge `banned`?
            seen = {u}
            stack = [u]
            reached = False
            while stack and not reached:
                x = stack.pop()
                for y, i in adj[x]:
                    if i == banned or y in seen:
                        continue
                    if y == v:
                        reached = True
                        break
                    seen.add(y)
                    stack.append(y)
            if not reached:
                count += 1
        return count
