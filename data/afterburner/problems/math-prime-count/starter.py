class Solution:
    def countPrimes(self, n: int) -> int:
        pass
