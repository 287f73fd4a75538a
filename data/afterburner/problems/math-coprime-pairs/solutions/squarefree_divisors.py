from typing import List


class Solution:
    def countCoprimePairs(self, nums: List[int]) -> int:
        top = max(nums)
        spf = list(range(top + 1))
        i = 2
        while i * i <= top:
            if spf[i] == i:
                for j in range(i * i, top + 1, i):
                    if spf[j] == j:
                        spf[j] = i
            i += 1
        seen = [0] * (top + 1)  # seen[d]: earlier entries divisible by squarefree d
        answer = 0
        for x in nums:
            # signed squarefree divisors of x: (d, mu(d))
            divs = [(1, 1)]
            while x > 1:
                p = spf[x]
                while x % p == 0:
                    x //= p
                divs += [(d * p, -s) for d, s in divs]
            for d, s in divs:
                answer += s * seen[d]
            for d, _ in divs:
                seen[d] += 1
        return answer
