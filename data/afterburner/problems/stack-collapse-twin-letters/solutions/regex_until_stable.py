import re


class Solution:
    def collapsePairs(self, s: str) -> str:
        pattern = re.compile(r"(.)\1")
        while True:
            t = pattern.sub("", s)
            if t == s:
                return s
            s = t
