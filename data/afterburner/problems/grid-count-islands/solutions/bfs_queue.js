class Solution {
    countIslands(grid) {
        // flat map with a water border: neighbours are index offsets
        const rows = grid.length, cols = grid[0].length, w = cols + 2;
        const land = new Uint8Array((rows + 2) * w);
        for (let r = 0; r < rows; r++) {
            const row = grid[r];
            for (let c = 0; c < cols; c++) if (row[c] === '#') land[(r + 1) * w + c + 1] = 1;
        }
        const queue = new Int32Array(land.length);
        const off = [1, -1, w, -w];
        let count = 0;
        for (let s = 0; s < land.length; s++) {
            if (!land[s]) continue;
            count++;
            land[s] = 0;
            let head = 0, tail = 0;
            queue[tail++] = s;
            while (head < tail) {
                const cell = queue[head++];
                for (let k = 0; k < 4; k++) {
                    const nb = cell + off[k];
                    if (land[nb]) {
                        land[nb] = 0;
                        queue[tail++] = nb;
                    }
                }
            }
        }
        return count;
    }
}
