from collections import deque


class Solution:
    def countSequences(self, n: int) -> int:
        MOD = 1_000_000_007
        window = deque([0, 0, 1], maxlen=3)
        for _ in range(n):
            window.append(sum(window) % MOD)
        return window[-1]
