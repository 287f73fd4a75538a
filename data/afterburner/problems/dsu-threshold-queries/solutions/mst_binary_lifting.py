from collections import deque
from typing import List


class Solution:
    def reachableUnder(self, n: int, edges: List[List[int]], queries: List[List[int]]) -> str:
        # The minimum spanning forest keeps, for every pair, a path whose heaviest
        # edge is as light as possible. Answer = same tree and max edge on the
        # tree path <= t, found with binary lifting.
        parent = list(range(n + 1))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        tree = [[] for _ in range(n + 1)]
        for u, v, w in sorted(edges, key=lambda e: e[2]):
            ru, rv = find(u), find(v)
            if ru != rv:
                parent[ru] = rv
                tree[u].append((v, w))
                tree[v].append((u, w))
        up = [0] * (n + 1)
        heavy = [0] * (n + 1)
        depth = [-1] * (n + 1)
        comp = [0] * (n + 1)
        for root in range(1, n + 1):
            if depth[root] >= 0:
                continue
            depth[root] = 0
            up[root] = root
            comp[root] = root
            queue = deque([root])
            while queue:
                x = queue.popleft()
                for y, w in tree[x]:
                    if depth[y] < 0:
                        depth[y] = depth[x] + 1
                        up[y] = x
                        heavy[y] = w
                        comp[y] = root
                        queue.append(y)
        LOG = max(1, max(depth).bit_length())
        ups = [up]
        maxs = [heavy]
        for _ in range(1, LOG):
            pu, pm = ups[-1], maxs[-1]
            ups.append([pu[pu[v]] for v in range(n + 1)])
            maxs.append([pm[v] if pm[v] >= pm[pu[v]] else pm[pu[v]] for v in range(n + 1)])

        def path_max(a: int, b: int) -> int:
            best = 0
            if depth[a] < depth[b]:
                a, b = b, a
            diff = depth[a] - depth[b]
            k = 0
            while diff:
                if diff & 1:
                    if maxs[k][a] > best:
                        best = maxs[k][a]
                    a = ups[k][a]
                diff >>= 1
                k += 1
            if a == b:
                return best
            for k in range(LOG - 1, -1, -1):
                if ups[k][a] != ups[k][b]:
                    best = max(best, maxs[k][a], maxs[k][b])
                    a, b = ups[k][a], ups[k][b]
            return max(best, heavy[a], heavy[b])

        res = []
        for a, b, t in queries:
            if a == b:
                res.append('1')
            elif comp[a] != comp[b]:
                res.append('0')
            else:
                res.append('1' if path_max(a, b) <= t else '0')
        return ''.join(res)
