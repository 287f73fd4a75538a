from typing import List


class Solution:
    def reachableUnder(self, n: int, edges: List[List[int]], queries: List[List[int]]) -> str:
        # Kruskal reconstruction tree: every successful union creates a new node
        # whose value is the edge weight and whose children are the two merged
        # components. a and b are connected under cap t iff their lowest common
        # ancestor exists and has value <= t. We climb from a to its highest
        # ancestor with value <= t and test whether b lies in that subtree.
        total = 2 * n
        dsu = list(range(total))
        value = [0] * total
        kids = [[] for _ in range(total)]
        par = list(range(total))

        def find(x: int) -> int:
            while dsu[x] != x:
                dsu[x] = dsu[dsu[x]]
                x = dsu[x]
            return x

        nxt = n + 1
        for u, v, w in sorted(edges, key=lambda e: e[2]):
            ru, rv = find(u), find(v)
            if ru == rv:
                continue
            node = nxt
            nxt += 1
            value[node] = w
            dsu[ru] = dsu[rv] = node
            par[ru] = par[rv] = node
            kids[node] = [ru, rv]
        # Euler intervals by an iterative DFS from every root
        tin = [0] * nxt
        tout = [0] * nxt
        clock = 0
        for root in range(1, nxt):
            if par[root] != root:
                continue
            stack = [(root, False)]
            while stack:
                x, done = stack.pop()
                if done:
                    tout[x] = clock
                    continue
                clock += 1
                tin[x] = clock
                stack.append((x, True))
                for c in kids[x]:
                    stack.append((c, False))
        LOG = max(1, (nxt).bit_length())
        jump = [par[:nxt]]
        for _ in range(1, LOG):
            prev = jump[-1]
            jump.append([prev[prev[x]] for x in range(nxt)])
        out = []
        for a, b, t in queries:
            x = a
            for k in range(LOG - 1, -1, -1):
                y = jump[k][x]
                if y != x and value[y] <= t:
                    x = y
            out.append('1' if tin[x] <= tin[b] <= tout[x] else '0')
        return ''.join(out)
