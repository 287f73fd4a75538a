class Solution:
    def countHeavyPairs(self, nums: List[int], c: int) -> int:
        arr = list(nums)
        n = len(arr)
        total = 0
        width = 1
        while width < n:
            out = []
            for lo in range(0, n, 2 * width):
                mid = min(lo + width, n)
                hi = min(lo + 2 * width, n)
                i = lo
                for j in range(mid, hi):
                    bound = c * arr[j]
                    while i < mid and arr[i] <= bound:
                        i += 1
                    total += mid - i
                i, j = lo, mid
                while i < mid and j < hi:
                    if arr[i] <= arr[j]:
                        out.append(arr[i])
                        i += 1
                    else:
                        out.append(arr[j])
                        j += 1
                out.extend(arr[i:mid])
                out.extend(arr[j:hi])
            arr = out
            width *= 2
        return total
