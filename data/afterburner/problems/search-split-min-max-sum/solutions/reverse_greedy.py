class Solution:
    def lightestCut(self, nums: List[int], m: int) -> int:
        backwards = nums[::-1]

        def within(limit):
            groups = 0
            i = 0
            n = len(backwards)
            while i < n:
                groups += 1
                if groups > m:
                    return False
                s = 0
                while i < n and s + backwards[i] <= limit:
                    s += backwards[i]
                    i += 1
            return True

        left, right = max(nums), sum(nums)
        while left < right:
            middle = left + (right - left) // 2
            if within(middle):
                right = middle
            else:
                left = middle + 1
        return left
