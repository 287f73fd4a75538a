from typing import List


class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        # Every vertex carries a label; merging moves the smaller member list.
        label = list(range(n + 1))
        members = [[v] for v in range(n + 1)]
        count = n
        for u, v in edges:
            a, b = label[u], label[v]
            if a == b:
                continue
            if len(members[a]) < len(members[b]):
                a, b = b, a
            for w in members[b]:
                label[w] = a
            members[a].extend(members[b])
            members[b] = []
            count -= 1
        return count
