class Solution {
    countIslands(grid) {
        // every land cell starts with its own label; the smallest label spreads
        // to neighbours until nothing changes
        const rows = grid.length, cols = grid[0].length;
        const label = [];
        for (let r = 0; r < rows; r++) {
            const row = new Array(cols);
            for (let c = 0; c < cols; c++) row[c] = grid[r][c] === '#' ? r * cols + c : -1;
            label.push(row);
        }
        let changed = true;
        while (changed) {
            changed = false;
            for (let r = 0; r < rows; r++) {
                for (let c = 0; c < cols; c++) {
                    const cur = label[r][c];
                    if (cur < 0) continue;
                    let best = cur;
                    if (r > 0 && label[r - 1][c] >= 0) best = Math.min(best, label[r - 1][c]);
                    if (r + 1 < rows && label[r + 1][c] >= 0) best = Math.min(best, label[r + 1][c]);
                    if (c > 0 && label[r][c - 1] >= 0) best = Math.min(best, label[r][c - 1]);
                    if (c + 1 < cols && label[r][c + 1] >= 0) best = Math.min(best, label[r][c + 1]);
                    if (best < cur) {
                        label[r][c] = best;
                        changed = true;
                    }
                }
            }
        }
        let count = 0;
        for (let r = 0; r < rows; r++) {
            for (let c = 0; c < cols; c++) if (label[r][c] === r * cols + c) count++;
        }
        return count;
    }
}
