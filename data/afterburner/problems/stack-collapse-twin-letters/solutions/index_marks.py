class Solution:
    def collapsePairs(self, s: str) -> str:
        n = len(s)
        removed = [False] * n
        open_idx = []
        for i in range(n):
            if open_idx and s[open_idx[-1]] == s[i]:
                removed[open_idx.pop()] = True
                removed[i] = True
            else:
                open_idx.append(i)
        return "".join(s[i] for i in range(n) if not removed[i])
