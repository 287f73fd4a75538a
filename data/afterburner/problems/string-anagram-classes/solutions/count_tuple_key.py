from collections import defaultdict
from typing import List


class Solution:
    def anagramClasses(self, words: List[str]) -> List[int]:
        groups = defaultdict(int)
        base = ord("a")
        for w in words:
            counts = [0] * 26
            for ch in w:
                counts[ord(ch) - base] += 1
            groups[tuple(counts)] += 1
        return [len(groups), max(groups.values())]
