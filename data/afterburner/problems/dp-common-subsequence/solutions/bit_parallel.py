class Solution:
    def sharedSubsequenceLength(self, a: str, b: str) -> int:
        # bit-parallel LCS over b: bit j of row is set where the LCS length grows at b[j]
        masks = {}
        for j, ch in enumerate(b):
            masks[ch] = masks.get(ch, 0) | (1 << j)
        row = 0
        for ch in a:
            x = masks.get(ch, 0) | row
            row = x & ~(x - ((row << 1) | 1))
        return bin(row).count("1")
