from typing import List


class Solution:
    def oneBitCounts(self, n: int) -> List[int]:
        # the counts for [2^k, 2^(k+1)) are the counts for [0, 2^k) plus one
        res = [0]
        while len(res) <= n:
            res += [c + 1 for c in res]
        del res[n + 1 :]
        return res
