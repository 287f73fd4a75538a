from typing import List


class Solution:
    def anagramClasses(self, words: List[str]) -> List[int]:
        sizes = {}
        for w in words:
            key = "".join(sorted(w))
            sizes[key] = sizes.get(key, 0) + 1
        return [len(sizes), max(sizes.values())]
