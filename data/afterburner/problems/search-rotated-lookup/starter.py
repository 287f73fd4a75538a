from typing import List


class Solution:
    def locate(self, nums: List[int], queries: List[int]) -> List[int]:
        pass
