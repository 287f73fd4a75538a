class Solution:
    def collapsePairs(self, s: str) -> str:
        # removes each pair that is visible in the original string, in one sweep
        out = []
        i = 0
        while i < len(s):
            if i + 1 < len(s) and s[i] == s[i + 1]:
                i += 2
            else:
                out.append(s[i])
                i += 1
        return "".join(out)
