class Solution:
    def countSequences(self, n: int) -> int:
        pass
