class Solution:
    def collapsePairs(self, s: str) -> str:
        chars = list(s)
        top = 0
        for i in range(len(chars)):
            c = chars[i]
            if top > 0 and chars[top - 1] == c:
                top -= 1
            else:
                chars[top] = c
                top += 1
        return "".join(chars[:top])
