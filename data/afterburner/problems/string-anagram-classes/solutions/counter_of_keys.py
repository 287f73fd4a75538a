from collections import Counter
from typing import List


class Solution:
    def anagramClasses(self, words: List[str]) -> List[int]:
        c = Counter(map(lambda w: "".join(sorted(w)), words))
        return [len(c), c.most_common(1)[0][1]]
