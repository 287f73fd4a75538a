class Solution:
    def lightestCut(self, nums: List[int], m: int) -> int:
        def count_parts(cap):
            count, acc = 1, 0
            for v in nums:
                acc += v
                if acc > cap:
                    count += 1
                    acc = v
            return count

        def search(lo, hi):
            if lo == hi:
                return lo
            mid = (lo + hi) // 2
            if count_parts(mid) <= m:
                return search(lo, mid)
            return search(mid + 1, hi)

        return search(max(nums), sum(nums))
