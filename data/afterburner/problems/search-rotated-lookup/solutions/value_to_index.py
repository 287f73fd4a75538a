class Solution:
    def locate(self, nums: List[int], queries: List[int]) -> List[int]:
        where = {v: i for i, v in enumerate(nums)}
        return [where.get(v, -1) for v in queries]
