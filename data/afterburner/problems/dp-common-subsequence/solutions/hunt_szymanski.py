from bisect import bisect_left


class Solution:
    def sharedSubsequenceLength(self, a: str, b: str) -> int:
        # matches of each character of a in b, visited right to left, turn the problem into
        # a longest strictly increasing subsequence over positions of b
        where = {}
        for j, ch in enumerate(b):
            where.setdefault(ch, []).append(j)
        tails = []
        for ch in a:
            for j in reversed(where.get(ch, ())):
                k = bisect_left(tails, j)
                if k == len(tails):
                    tails.append(j)
                else:
                    tails[k] = j
        return len(tails)
