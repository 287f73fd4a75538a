from bisect import bisect_left


class Solution:
    def sortedSquares(self, nums: List[int]) -> List[int]:
        split = bisect_left(nums, 0)
        negatives = [x * x for x in reversed(nums[:split])]
        positives = [x * x for x in nums[split:]]
        merged = []
        i = j = 0
        while i < len(negatives) and j < len(positives):
            if negatives[i] <= positives[j]:
                merged.append(negatives[i])
                i += 1
            else:
                merged.append(positives[j])
                j += 1
        merged.extend(negatives[i:])
        merged.extend(positives[j:])
        return merged
