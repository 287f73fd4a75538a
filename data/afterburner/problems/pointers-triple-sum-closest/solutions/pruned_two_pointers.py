class Solution:
    def nearestTripleSum(self, nums: List[int], target: int) -> int:
        a = sorted(nums)
        n = len(a)
        best = a[0] + a[1] + a[2]

        def better(s, cur):
            d1, d2 = abs(s - target), abs(cur - target)
            return d1 < d2 or (d1 == d2 and s < cur)

        for i in range(n - 2):
            smallest = a[i] + a[i + 1] + a[i + 2]
            if smallest >= target:
                if better(smallest, best):
                    best = smallest
                break
            largest = a[i] + a[n - 2] + a[n - 1]
            if largest <= target:
                if better(largest, best):
                    best = largest
                continue
            j, k = i + 1, n - 1
            while j < k:
                s = a[i] + a[j] + a[k]
                if better(s, best):
                    best = s
                if s < target:
                    j += 1
                elif s > target:
                    k -= 1
                else:
                    return s
        return best
