from typing import List


class Solution:
    def pathLengths(self, n: int, edges: List[List[int]], queries: List[List[int]]) -> List[int]:
        # Tarjan's offline LCA: a post-order walk with a union-find whose root
        # "ancestor" is the deepest still-open vertex above each finished subtree.
        adj = [[] for _ in range(n + 1)]
        for a, b in edges:
            adj[a].append(b)
            adj[b].append(a)
        asked = [[] for _ in range(n + 1)]
        for i, (u, v) in enumerate(queries):
            asked[u].append((v, i))
            asked[v].append((u, i))
        parent = list(range(n + 1))
        anc = list(range(n + 1))
        depth = [0] * (n + 1)
        done = bytearray(n + 1)
        res = [0] * len(queries)

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        stack = [(1, 0, False)]
        while stack:
            v, p, closing = stack.pop()
            if not closing:
                stack.append((v, p, True))
                for w in adj[v]:
                    if w != p:
                        depth[w] = depth[v] + 1
                        stack.append((w, v, False))
                continue
            done[v] = 1
            for w, i in asked[v]:
                if done[w]:
                    lca = anc[find(w)]
                    res[i] = depth[v] + depth[w] - 2 * depth[lca]
            if p:
                rv, rp = find(v), find(p)
                parent[rv] = rp
                anc[rp] = p
        return res
