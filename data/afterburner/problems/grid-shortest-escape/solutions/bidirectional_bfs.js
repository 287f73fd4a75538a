class Solution {
    shortestEscape(grid) {
        const rows = grid.length, cols = grid[0].length;
        const w = cols + 2;
        // padded flat grid: border cells are walls
        const open = new Uint8Array((rows + 2) * w);
        let s = -1, t = -1;
        for (let r = 0; r < rows; r++) {
            const row = grid[r];
            for (let c = 0; c < cols; c++) {
                const cell = (r + 1) * w + c + 1;
                const ch = row[c];
                if (ch !== '#') open[cell] = 1;
                if (ch === 'S') s = cell;
                else if (ch === 'T') t = cell;
            }
        }
        const side = new Uint8Array(open.length);
        const dist = new Int32Array(open.length);
        side[s] = 1;
        side[t] = 2;
        const front = [null, [s], [t]];
        const off = [1, -1, w, -w];
        while (front[1].length > 0 && front[2].length > 0) {
            const who = front[1].length <= front[2].length ? 1 : 2;
            const nxt = [];
            for (const cell of front[who]) {
                for (const o of off) {
                    const nb = cell + o;
                    if (!open[nb]) continue;
                    if (side[nb] === 0) {
                        side[nb] = who;
                        dist[nb] = dist[cell] + 1;
                        nxt.push(nb);
                    } else if (side[nb] !== who) {
                        return dist[cell] + dist[nb] + 1;
                    }
                }
            }
            front[who] = nxt;
        }
        return -1;
    }
}
