class Solution:
    def rangeSums(self, nums: List[int], queries: List[List[int]]) -> List[int]:
        prefix = [0] * (len(nums) + 1)
        running = 0
        for i, x in enumerate(nums):
            running += x
            prefix[i + 1] = running
        answers = []
        for l, r in queries:
            answers.append(prefix[r] - prefix[l - 1])
        return answers
