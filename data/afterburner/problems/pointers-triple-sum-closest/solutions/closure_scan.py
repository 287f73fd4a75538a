class Solution:
    def nearestTripleSum(self, nums: List[int], target: int) -> int:
        values = sorted(nums)
        size = len(values)

        def closest_pair(start, goal):
            lo, hi = start, size - 1
            best = values[lo] + values[hi]
            while lo < hi:
                s = values[lo] + values[hi]
                if (abs(s - goal), s) < (abs(best - goal), best):
                    best = s
                if s < goal:
                    lo += 1
                elif s > goal:
                    hi -= 1
                else:
                    break
            return best

        answers = [values[i] + closest_pair(i + 1, target - values[i]) for i in range(size - 2)]
        return min(answers, key=lambda s: (abs(s - target), s))
