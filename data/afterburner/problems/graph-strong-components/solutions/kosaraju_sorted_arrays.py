from typing import List


class Solution:
    def strongSummary(self, n: int, arcs: List[List[int]]) -> List[int]:
        # Adjacency in compressed form: sort the arcs by tail (and by head for the
        # reversed graph), then slice with offsets.
        def compress(pairs):
            pairs = sorted(pairs)
            start = [0] * (n + 2)
            for a, _ in pairs:
                start[a + 1] += 1
            for i in range(1, n + 2):
                start[i] += start[i - 1]
            return start, [b for _, b in pairs]

        fs, ft = compress((u, v) for u, v in arcs)
        rs, rt = compress((v, u) for u, v in arcs)
        visited = bytearray(n + 1)
        order = []
        for s in range(1, n + 1):
            if visited[s]:
                continue
            visited[s] = 1
            stack = [s]
            pos = {s: fs[s]}
            while stack:
                v = stack[-1]
                p = pos[v]
                end = fs[v + 1]
                while p < end and visited[ft[p]]:
                    p += 1
                if p < end:
                    w = ft[p]
                    pos[v] = p + 1
                    visited[w] = 1
                    pos[w] = fs[w]
                    stack.append(w)
                else:
                    stack.pop()
                    del pos[v]
                    order.append(v)
        label = [0] * (n + 1)
        sizes = []
        for s in reversed(order):
            if label[s]:
                continue
            sizes.append(0)
            label[s] = len(sizes)
            todo = [s]
            while todo:
                v = todo.pop()
                sizes[-1] += 1
                for i in range(rs[v], rs[v + 1]):
                    w = rt[i]
                    if not label[w]:
                        label[w] = len(sizes)
                        todo.append(w)
        return [len(sizes), max(sizes)]
