class Solution:
    def countHeavyPairs(self, nums: List[int], c: int) -> int:
        # Sweep thresholds from the largest down: before answering for position j, every
        # element heavier than c * nums[j] has been marked at its position, and the marks
        # left of j are the pairs ending at j. A Fenwick tree over positions counts them.
        n = len(nums)
        by_value = sorted(range(n), key=nums.__getitem__, reverse=True)
        by_threshold = sorted(range(n), key=nums.__getitem__, reverse=c > 0)
        tree = [0] * (n + 1)
        marked = 0
        answer = 0
        for j in by_threshold:
            limit = c * nums[j]
            while marked < n and nums[by_value[marked]] > limit:
                pos = by_value[marked] + 1
                while pos <= n:
                    tree[pos] += 1
                    pos += pos & -pos
                marked += 1
            pos = j
            while pos > 0:
                answer += tree[pos]
                pos -= pos & -pos
        return answer
