class Solution:
    def sharedSubsequenceLength(self, a: str, b: str) -> int:
        pass
