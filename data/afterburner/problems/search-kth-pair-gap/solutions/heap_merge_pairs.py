import heapq


class Solution:
    def kthGap(self, nums: List[int], k: int) -> int:
        a = sorted(nums)
        heap = [(a[i + 1] - a[i], i, i + 1) for i in range(len(a) - 1)]
        heapq.heapify(heap)
        for _ in range(k - 1):
            _, i, j = heapq.heappop(heap)
            if j + 1 < len(a):
                heapq.heappush(heap, (a[j + 1] - a[i], i, j + 1))
        return heap[0][0]
