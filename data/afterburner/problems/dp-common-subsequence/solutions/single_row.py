class Solution:
    def sharedSubsequenceLength(self, a: str, b: str) -> int:
        row = [0] * (len(b) + 1)
        for ch in a:
            diag = 0  # value of row[j - 1] before this pass overwrote it
            for j, other in enumerate(b, 1):
                above = row[j]
                if ch == other:
                    row[j] = diag + 1
                elif row[j - 1] > above:
                    row[j] = row[j - 1]
                diag = above
        return row[-1]
