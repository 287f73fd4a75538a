from typing import List


class Solution:
    def mergeCost(self, w: List[int]) -> int:
        # Garsia-Wachs: repeatedly merge the first pair a[k-1], a[k] with a[k-1] <= a[k+1],
        # then move the merged pile left past every pile lighter than it
        INF = float("inf")
        a = [INF] + list(w) + [INF]
        total = 0
        while len(a) > 3:
            k = 1
            while a[k - 1] > a[k + 1]:
                k += 1
            # here a[k - 1] <= a[k + 1]: merge a[k - 1] and a[k]
            k -= 1
            merged = a[k] + a[k + 1]
            total += merged
            del a[k : k + 2]
            pos = k - 1
            while a[pos] < merged:
                pos -= 1
            a.insert(pos + 1, merged)
        return total
