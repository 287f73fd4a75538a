class Solution:
    def lightestCut(self, nums: List[int], m: int) -> int:
        def ok(limit):
            used = 1
            load = 0
            for x in nums:
                if load + x <= limit:
                    load += x
                else:
                    used += 1
                    if used > m:
                        return False
                    load = x
            return True

        low = max(nums)
        if ok(low):
            return low
        step = max(1, low)
        high = low + step
        while not ok(high):
            low = high + 1
            step *= 2
            high = low + step
        while low < high:
            mid = (low + high) // 2
            if ok(mid):
                high = mid
            else:
                low = mid + 1
        return low
