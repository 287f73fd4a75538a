class Solution:
    def countHeavyPairs(self, nums: List[int], c: int) -> int:
        def sort_count(arr):
            if len(arr) <= 1:
                return arr, 0
            mid = len(arr) // 2
            left, a = sort_count(arr[:mid])
            right, b = sort_count(arr[mid:])
            count = a + b
            i = 0
            for y in right:
                while i < len(left) and left[i] <= c * y:
                    i += 1
                count += len(left) - i
            merged = []
            i = j = 0
            while i < len(left) and j < len(right):
                if left[i] <= right[j]:
                    merged.append(left[i])
                    i += 1
                else:
                    merged.append(right[j])
                    j += 1
            merged.extend(left[i:])
            merged.extend(right[j:])
            return merged, count

        return sort_count(nums)[1]
