class Solution:
    def collapsePairs(self, s: str) -> str:
        pass
