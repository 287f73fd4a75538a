class Solution {
    countIslands(grid) {
        // land cells as packed coordinates in a Set, removed as they are reached
        const K = 4096; // row stride, larger than any column + 1
        const land = new Set();
        for (let r = 0; r < grid.length; r++) {
            const row = grid[r];
            for (let c = 0; c < row.length; c++) if (row[c] === '#') land.add((r + 1) * K + c + 1);
        }
        let islands = 0;
        for (const start of land) {
            // the iterator skips keys deleted earlier in the loop
            land.delete(start);
            islands++;
            const todo = [start];
            while (todo.length > 0) {
                const key = todo.pop();
                for (const nb of [key - K, key + K, key - 1, key + 1]) {
                    if (land.delete(nb)) todo.push(nb);
                }
            }
        }
        return islands;
    }
}
