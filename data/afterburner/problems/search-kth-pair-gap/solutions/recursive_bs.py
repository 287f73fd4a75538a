class Solution:
    def kthGap(self, nums: List[int], k: int) -> int:
        values = sorted(nums)

        def count(d):
            result = 0
            start = 0
            for end, v in enumerate(values):
                while v - values[start] > d:
                    start += 1
                result += end - start
            return result

        def search(lo, hi):
            if lo >= hi:
                return lo
            mid = (lo + hi) // 2
            if count(mid) >= k:
                return search(lo, mid)
            return search(mid + 1, hi)

        return search(0, values[-1] - values[0])
