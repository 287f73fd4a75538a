class Solution {
    countIslands(grid) {
        const rows = grid.length, cols = grid[0].length;
        const seen = new Uint8Array(rows * cols);
        const stack = [];
        let islands = 0;
        for (let i = 0; i < rows; i++) {
            for (let j = 0; j < cols; j++) {
                if (grid[i][j] !== '#' || seen[i * cols + j]) continue;
                islands++;
                seen[i * cols + j] = 1;
                stack.push(i * cols + j);
                while (stack.length > 0) {
                    const cell = stack.pop();
                    const r = Math.floor(cell / cols), c = cell % cols;
                    for (let dr = -1; dr <= 1; dr++) {
                        for (let dc = -1; dc <= 1; dc++) {
                            const nr = r + dr, nc = c + dc;
                            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
                            if (grid[nr][nc] !== '#' || seen[nr * cols + nc]) continue;
                            seen[nr * cols + nc] = 1;
                            stack.push(nr * cols + nc);
                        }
                    }
                }
            }
        }
        return islands;
    }
}
