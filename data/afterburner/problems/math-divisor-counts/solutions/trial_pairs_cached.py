from typing import List


class Solution:
    def divisorTally(self, nums: List[int]) -> List[int]:
        cache = {}
        res = []
        for x in nums:
            if x not in cache:
                count = 0
                i = 1
                while i * i <= x:
                    if x % i == 0:
                        count += 1 if i * i == x else 2
                    i += 1
                cache[x] = count
            res.append(cache[x])
        return res
