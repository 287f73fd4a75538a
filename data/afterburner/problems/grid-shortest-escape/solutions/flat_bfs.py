from typing import List


class Solution:
    def shortestEscape(self, grid: List[str]) -> int:
        # One flat array with a wall border: neighbours are index offsets.
        rows, cols = len(grid), len(grid[0])
        w = cols + 2
        text = '#' * w + ''.join('#' + row + '#' for row in grid) + '#' * w
        start, target = text.index('S'), text.index('T')
        free = bytearray(ch != '#' for ch in text)
        dist = [0] * len(text)
        free[start] = 0
        queue = [start]
        offsets = (1, -1, w, -w)
        head = 0
        while head < len(queue):
            cell = queue[head]
            head += 1
            if cell == target:
                return dist[cell]
            nd = dist[cell] + 1
            for off in offsets:
                nxt = cell + off
                if free[nxt]:
                    free[nxt] = 0
                    dist[nxt] = nd
                    queue.append(nxt)
        return -1
