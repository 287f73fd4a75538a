class Solution:
    def collapsePairs(self, s: str) -> str:
        out = bytearray()
        for b in s.encode():
            if out and out[-1] == b:
                out.pop()
            else:
                out.append(b)
        return out.decode()
