class Solution {
    countIslands(grid) {
        // union-find over cells: join each land cell with land to its left and above
        const rows = grid.length, cols = grid[0].length;
        const parent = new Int32Array(rows * cols);
        for (let i = 0; i < parent.length; i++) parent[i] = i;
        const find = (x) => {
            while (parent[x] !== x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        };
        let regions = 0;
        for (let i = 0; i < rows; i++) {
            const row = grid[i], above = i > 0 ? grid[i - 1] : null;
            for (let j = 0; j < cols; j++) {
                if (row[j] !== '#') continue;
                regions++;
                const cell = i * cols + j;
                if (j > 0 && row[j - 1] === '#') {
                    const a = find(cell - 1), b = find(cell);
                    if (a !== b) {
                        parent[b] = a;
                        regions--;
                    }
                }
                if (above !== null && above[j] === '#') {
                    const a = find(cell - cols), b = find(cell);
                    if (a !== b) {
                        parent[b] = a;
                        regions--;
                    }
                }
            }
        }
        return regions;
    }
}
