from bisect import bisect_right, insort
from typing import List


class Solution:
    def runningMedians(self, nums: List[int]) -> List[int]:
        load = 600
        buckets = [[]]  # sorted buckets; every element of a bucket <= every element of the next
        out = []
        total = 0
        for x in nums:
            # first bucket whose last element is > x, or the last bucket
            b = 0
            while b < len(buckets) - 1 and buckets[b][-1] <= x:
                b += 1
            insort(buckets[b], x)
            if len(buckets[b]) > 2 * load:
                big = buckets[b]
                buckets[b:b + 1] = [big[:load], big[load:]]
            total += 1
            k = (total - 1) // 2
            for bucket in buckets:
                if k < len(bucket):
                    out.append(bucket[k])
                    break
                k -= len(bucket)
        return out
