from typing import List


class Solution:
    def anagramClasses(self, words: List[str]) -> List[int]:
        n = len(words)
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for i in range(n):
            for j in range(i + 1, n):
                a, b = words[i], words[j]
                if len(a) == len(b) and all(a.count(c) == b.count(c) for c in set(a)):
                    ri, rj = find(i), find(j)
                    if ri != rj:
                        parent[ri] = rj
        sizes = {}
        for i in range(n):
            r = find(i)
            sizes[r] = sizes.get(r, 0) + 1
        return [len(sizes), max(sizes.values())]
