from typing import List


class Solution:
    def pathLengths(self, n: int, edges: List[List[int]], queries: List[List[int]]) -> List[int]:
        # Euler tour of depths and a bottom-up segment tree for range minimum.
        g = [[] for _ in range(n + 1)]
        for a, b in edges:
            g[a].append(b)
            g[b].append(a)
        depth = [0] * (n + 1)
        first = [0] * (n + 1)
        euler = []
        seen = bytearray(n + 1)
        stack = [1]
        parent = [0] * (n + 1)
        it = [0] * (n + 1)
        seen[1] = 1
        first[1] = 0
        euler.append(0)
        while stack:
            v = stack[-1]
            if it[v] < len(g[v]):
                w = g[v][it[v]]
                it[v] += 1
                if seen[w]:
                    continue
                seen[w] = 1
                parent[w] = v
                depth[w] = depth[v] + 1
                first[w] = len(euler)
                euler.append(depth[w])
                stack.append(w)
            else:
                stack.pop()
                if stack:
                    euler.append(depth[stack[-1]])
        size = len(euler)
        seg = [0] * size + euler
        for i in range(size - 1, 0, -1):
            a, b = seg[2 * i], seg[2 * i + 1]
            seg[i] = a if a < b else b

        def range_min(l: int, r: int) -> int:  # inclusive bounds
            best = 1 << 30
            l += size
            r += size + 1
            while l < r:
                if l & 1:
                    if seg[l] < best:
                        best = seg[l]
                    l += 1
                if r & 1:
                    r -= 1
                    if seg[r] < best:
                        best = seg[r]
                l >>= 1
                r >>= 1
            return best

        out = []
        for u, v in queries:
            a, b = first[u], first[v]
            if a > b:
                a, b = b, a
            out.append(depth[u] + depth[v] - 2 * range_min(a, b))
        return out
