class Solution:
    def countHeavyPairs(self, nums: List[int], c: int) -> int:
        def go(arr):
            if len(arr) < 2:
                return arr, 0
            half = len(arr) // 2
            left, x = go(arr[:half])
            right, y = go(arr[half:])
            pairs = x + y
            i = 0
            for v in right:
                while i < len(left) and left[i] < c * v:
                    i += 1
                pairs += len(left) - i
            return sorted(left + right), pairs

        return go(nums)[1]
