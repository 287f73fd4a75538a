from collections import defaultdict
from typing import List


class Solution:
    def anagramClasses(self, words: List[str]) -> List[int]:
        groups = defaultdict(list)
        for w in words:
            groups[tuple(sorted(w))].append(w)
        return [len(groups), max(len(g) for g in groups.values())]
