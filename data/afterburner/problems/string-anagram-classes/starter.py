from typing import List


class Solution:
    def anagramClasses(self, words: List[str]) -> List[int]:
        pass
