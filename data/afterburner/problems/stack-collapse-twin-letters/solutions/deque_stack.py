from collections import deque


class Solution:
    def collapsePairs(self, s: str) -> str:
        dq = deque()
        for ch in s:
            if dq and dq[-1] == ch:
                dq.pop()
            else:
                dq.append(ch)
        return "".join(dq)
