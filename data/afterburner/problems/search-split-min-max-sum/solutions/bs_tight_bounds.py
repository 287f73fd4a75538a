class Solution:
    def lightestCut(self, nums: List[int], m: int) -> int:
        total = sum(nums)
        biggest = max(nums)
        share = -(-total // m)

        def feasible(limit):
            pieces = 1
            running = 0
            for x in nums:
                running += x
                if running > limit:
                    pieces += 1
                    if pieces > m:
                        return False
                    running = x
            return True

        lo = max(biggest, share)
        hi = biggest + share
        while lo < hi:
            mid = (lo + hi) // 2
            if feasible(mid):
                hi = mid
            else:
                lo = mid + 1
        return lo
