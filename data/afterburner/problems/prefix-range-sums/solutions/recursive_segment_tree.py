class Solution:
    def rangeSums(self, nums: List[int], queries: List[List[int]]) -> List[int]:
        n = len(nums)
        tree = [0] * (4 * n)

        def build(node, lo, hi):
            if lo == hi:
                tree[node] = nums[lo]
                return
            mid = (lo + hi) // 2
            build(2 * node, lo, mid)
            build(2 * node + 1, mid + 1, hi)
            tree[node] = tree[2 * node] + tree[2 * node + 1]

        def query(node, lo, hi, l, r):
            if l <= lo and hi <= r:
                return tree[node]
            mid = (lo + hi) // 2
            total = 0
            if l <= mid:
                total += query(2 * node, lo, mid, l, r)
            if r > mid:
                total += query(2 * node + 1, mid + 1, hi, l, r)
            return total

        build(1, 0, n - 1)
        return [query(1, 0, n - 1, l - 1, r - 1) for l, r in queries]
