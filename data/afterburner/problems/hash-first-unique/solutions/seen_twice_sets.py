class Solution:
    def firstSingle(self, nums: List[int]) -> int:
        seen = set()
        repeated = set()
        for x in nums:
            if x in seen:
                repeated.add(x)
            else:
                seen.add(x)
        return next((i for i, x in enumerate(nums) if x not in repeated), -1)
