from typing import List


class Solution:
    def windowMaxima(self, nums: List[int], k: int) -> List[int]:
        pass
