from functools import reduce
from operator import xor
from typing import List


class Solution:
    def loneValue(self, nums: List[int]) -> int:
        return reduce(xor, nums, 0)
