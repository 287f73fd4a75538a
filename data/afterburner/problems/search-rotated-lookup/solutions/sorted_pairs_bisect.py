import bisect


class Solution:
    def locate(self, nums: List[int], queries: List[int]) -> List[int]:
        pairs = sorted((v, i) for i, v in enumerate(nums))
        keys = [v for v, _ in pairs]
        out = []
        for v in queries:
            k = bisect.bisect_left(keys, v)
            if k < len(keys) and keys[k] == v:
                out.append(pairs[k][1])
            else:
                out.append(-1)
        return out
