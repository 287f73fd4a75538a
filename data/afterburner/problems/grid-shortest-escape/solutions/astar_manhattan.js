class Solution {
    shortestEscape(grid) {
        const rows = grid.length, cols = grid[0].length;
        let s = -1, t = -1;
        for (let r = 0; r < rows; r++) {
            let c = grid[r].indexOf('S');
            if (c >= 0) s = r * cols + c;
            c = grid[r].indexOf('T');
            if (c >= 0) t = r * cols + c;
        }
        const tr = Math.floor(t / cols), tc = t % cols;
        const n = rows * cols;
        const g = new Int32Array(n).fill(0x7fffffff);
        const closed = new Uint8Array(n);
        // binary heap of f * n + cell, as plain numbers
        const heap = [];
        const push = (key) => {
            let i = heap.length;
            heap.push(key);
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (heap[p] <= key) break;
                heap[i] = heap[p];
                i = p;
            }
            heap[i] = key;
        };
        const pop = () => {
            const top = heap[0];
            const last = heap.pop();
            const len = heap.length;
            if (len > 0) {
                let i = 0;
                for (;;) {
                    let m = 2 * i + 1;
                    if (m >= len) break;
                    if (m + 1 < len && heap[m + 1] < heap[m]) m++;
                    if (heap[m] >= last) break;
                    heap[i] = heap[m];
                    i = m;
                }
                heap[i] = last;
            }
            return top;
        };
        g[s] = 0;
        push((Math.abs(Math.floor(s / cols) - tr) + Math.abs(s % cols - tc)) * n + s);
        const dr = [1, -1, 0, 0], dc = [0, 0, 1, -1];
        while (heap.length > 0) {
            const cell = pop() % n;
            if (closed[cell]) continue;
            closed[cell] = 1;
            const d = g[cell];
            if (cell === t) return d;
            const r = Math.floor(cell / cols), c = cell % cols;
            for (let k = 0; k < 4; k++) {
                const nr = r + dr[k], nc = c + dc[k];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] === '#') continue;
                const nb = nr * cols + nc;
                if (closed[nb] || d + 1 >= g[nb]) continue;
                g[nb] = d + 1;
                push((d + 1 + Math.abs(nr - tr) + Math.abs(nc - tc)) * n + nb);
            }
        }
        return -1;
    }
}
