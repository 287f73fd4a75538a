class Solution:
    def rangeSums(self, nums: List[int], queries: List[List[int]]) -> List[int]:
        n = len(nums)
        tree = [0] * (n + 1)
        for i, x in enumerate(nums, 1):
            tree[i] += x
            parent = i + (i & -i)
            if parent <= n:
                tree[parent] += tree[i]

        def prefix(i):
            total = 0
            while i > 0:
                total += tree[i]
                i -= i & -i
            return total

        return [prefix(r) - prefix(l - 1) for l, r in queries]
