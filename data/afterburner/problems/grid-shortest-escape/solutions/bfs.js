class Solution {
    shortestEscape(grid) {
        const rows = grid.length, cols = grid[0].length;
        const w = cols + 2;
        const open = new Uint8Array(w * (rows + 2));
        let start = -1, target = -1;
        for (let r = 0; r < rows; r++) {
            const row = grid[r];
            for (let c = 0; c < cols; c++) {
                const ch = row[c];
                const cell = (r + 1) * w + c + 1;
                if (ch !== '#') open[cell] = 1;
                if (ch === 'S') start = cell;
                else if (ch === 'T') target = cell;
            }
        }
        const dist = new Int32Array(open.length);
        const queue = new Int32Array(open.length);
        let head = 0, tail = 0;
        queue[tail++] = start;
        open[start] = 0;
        const offsets = [1, -1, w, -w];
        while (head < tail) {
            const cell = queue[head++];
            if (cell === target) return dist[cell];
            for (const off of offsets) {
                const nxt = cell + off;
                if (open[nxt]) {
                    open[nxt] = 0;
                    dist[nxt] = dist[cell] + 1;
                    queue[tail++] = nxt;
                }
            }
        }
        return -1;
    }
}
