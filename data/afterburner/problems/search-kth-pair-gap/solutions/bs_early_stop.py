class Solution:
    def kthGap(self, nums: List[int], k: int) -> int:
        nums.sort()
        n = len(nums)

        def reaches_k(d):
            count = 0
            j = 0
            for i in range(n):
                while j < n and nums[j] - nums[i] <= d:
                    j += 1
                count += j - i - 1
                if count >= k:
                    return True
            return False

        lo = min(nums[i + 1] - nums[i] for i in range(n - 1))
        hi = nums[-1] - nums[0]
        while lo < hi:
            mid = (lo + hi) // 2
            if reaches_k(mid):
                hi = mid
            else:
                lo = mid + 1
        return lo
