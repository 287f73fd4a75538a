from typing import List


class Solution:
    def kthGap(self, nums: List[int], k: int) -> int:
        pass
