from bisect import bisect_left


class Solution:
    def countPairs(self, nums: List[int], target: int) -> int:
        ordered = sorted(nums)
        keys = []
        sizes = []
        for x in ordered:
            if keys and keys[-1] == x:
                sizes[-1] += 1
            else:
                keys.append(x)
                sizes.append(1)
        m = len(keys)
        answer = 0
        for idx in range(m):
            want = target - keys[idx]
            if want < keys[idx]:
                continue
            pos = bisect_left(keys, want, idx)
            if pos < m and keys[pos] == want:
                if pos == idx:
                    answer += sizes[idx] * (sizes[idx] - 1) // 2
                else:
                    answer += sizes[idx] * sizes[pos]
        return answer
