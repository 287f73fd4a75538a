from typing import List


class MaxHeap:
    def __init__(self, items):
        self.a = list(items)
        for i in range(len(self.a) // 2 - 1, -1, -1):
            self._down(i)

    def __len__(self):
        return len(self.a)

    def _down(self, i):
        a = self.a
        n = len(a)
        while True:
            l = 2 * i + 1
            if l >= n:
                return
            big = l
            if l + 1 < n and a[l + 1] > a[l]:
                big = l + 1
            if a[big] <= a[i]:
                return
            a[i], a[big] = a[big], a[i]
            i = big

    def push(self, v):
        a = self.a
        a.append(v)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] >= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p

    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            self._down(0)
        return top


class Solution:
    def lastRemaining(self, weights: List[int]) -> int:
        h = MaxHeap(weights)
        while len(h) > 1:
            x = h.pop()
            y = h.pop()
            if x > y:
                h.push(x - y)
        return h.pop() if len(h) else 0
