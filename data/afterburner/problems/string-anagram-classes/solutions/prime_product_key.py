from typing import List


class Solution:
    def anagramClasses(self, words: List[str]) -> List[int]:
        primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53,
                  59, 61, 67, 71, 73, 79, 83, 89, 97, 101]
        value = {chr(ord("a") + i): p for i, p in enumerate(primes)}
        seen = {}
        for w in words:
            key = 1
            for ch in w:
                key *= value[ch]
            seen[key] = seen.get(key, 0) + 1
        return [len(seen), max(seen.values())]
