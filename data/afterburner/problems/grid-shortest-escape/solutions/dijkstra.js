class Solution {
    shortestEscape(grid) {
        const rows = grid.length, cols = grid[0].length;
        let start = -1;
        for (let r = 0; r < rows; r++) {
            const c = grid[r].indexOf('S');
            if (c >= 0) start = r * cols + c;
        }
        const best = new Float64Array(rows * cols).fill(Infinity);
        // binary min-heap of [distance, cell]
        const heap = [];
        const push = (item) => {
            heap.push(item);
            let i = heap.length - 1;
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (heap[p][0] <= heap[i][0]) break;
                [heap[p], heap[i]] = [heap[i], heap[p]];
                i = p;
            }
        };
        const pop = () => {
            const top = heap[0];
            const last = heap.pop();
            if (heap.length > 0) {
                heap[0] = last;
                let i = 0;
                for (;;) {
                    const l = 2 * i + 1, r = l + 1;
                    let m = i;
                    if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
                    if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
                    if (m === i) break;
                    [heap[m], heap[i]] = [heap[i], heap[m]];
                    i = m;
                }
            }
            return top;
        };
        best[start] = 0;
        push([0, start]);
        const moves = [[1, 0], [-1, 0], [0, 1], [0, -1]];
        while (heap.length > 0) {
            const [d, cell] = pop();
            if (d > best[cell]) continue;
            const r = Math.floor(cell / cols), c = cell % cols;
            if (grid[r][c] === 'T') return d;
            for (const [dr, dc] of moves) {
                const nr = r + dr, nc = c + dc;
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] === '#') continue;
                const nxt = nr * cols + nc;
                if (d + 1 < best[nxt]) {
                    best[nxt] = d + 1;
                    push([d + 1, nxt]);
                }
            }
        }
        return -1;
    }
}
