import bisect


class Solution:
    def countExactSum(self, nums: List[int], k: int) -> int:
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        pairs = sorted((p, i) for i, p in enumerate(prefix))
        total = 0
        for j, p in enumerate(prefix):
            want = p - k
            lo = bisect.bisect_left(pairs, (want, -1))
            hi = bisect.bisect_left(pairs, (want, j), lo)
            total += hi - lo
        return total
