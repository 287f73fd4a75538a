from typing import List


class Solution:
    def windowMaxima(self, nums: List[int], k: int) -> List[int]:
        # a queue made of two stacks, each entry storing the running maximum below it
        back = []   # (value, max of back stack)
        front = []  # (value, max of front stack)
        result = []
        for i, v in enumerate(nums):
            back.append((v, v if not back or v > back[-1][1] else back[-1][1]))
            if i >= k:
                if not front:
                    while back:
                        x = back.pop()[0]
                        front.append((x, x if not front or x > front[-1][1] else front[-1][1]))
                front.pop()
            if i >= k - 1:
                if not front:
                    result.append(back[-1][1])
                elif not back:
                    result.append(front[-1][1])
                else:
                    result.append(max(front[-1][1], back[-1][1]))
        return result
