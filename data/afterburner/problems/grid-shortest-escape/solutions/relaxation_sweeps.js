class Solution {
    shortestEscape(grid) {
        // sweep every cell and relax it from its neighbours until nothing changes
        const rows = grid.length, cols = grid[0].length;
        const INF = 1 << 30;
        const dist = [];
        let tr = 0, tc = 0;
        for (let r = 0; r < rows; r++) {
            const row = new Array(cols).fill(INF);
            for (let c = 0; c < cols; c++) {
                if (grid[r][c] === 'S') row[c] = 0;
                if (grid[r][c] === 'T') { tr = r; tc = c; }
            }
            dist.push(row);
        }
        let changed = true;
        while (changed) {
            changed = false;
            for (let r = 0; r < rows; r++) {
                for (let c = 0; c < cols; c++) {
                    if (grid[r][c] === '#') continue;
                    let best = dist[r][c];
                    if (r > 0) best = Math.min(best, dist[r - 1][c] + 1);
                    if (r + 1 < rows) best = Math.min(best, dist[r + 1][c] + 1);
                    if (c > 0) best = Math.min(best, dist[r][c - 1] + 1);
                    if (c + 1 < cols) best = Math.min(best, dist[r][c + 1] + 1);
                    if (best < dist[r][c]) {
                        dist[r][c] = best;
                        changed = true;
                    }
                }
            }
        }
        return dist[tr][tc] < INF ? dist[tr][tc] : -1;
    }
}
