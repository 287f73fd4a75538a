from typing import List


class Solution:
    def anagramClasses(self, words: List[str]) -> List[int]:
        sigs = sorted("".join(sorted(w)) for w in words)
        classes = 1
        best = run = 1
        for i in range(1, len(sigs)):
            if sigs[i] == sigs[i - 1]:
                run += 1
            else:
                classes += 1
                run = 1
            if run > best:
                best = run
        return [classes, best]
