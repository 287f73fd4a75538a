func countIslands(grid []string) int {
	rows, cols := len(grid), len(grid[0])
	seen := make([]bool, rows*cols)
	var stack []int
	islands := 0
	for i := 0; i < rows; i++ {
		for j := 0; j < cols; j++ {
			if grid[i][j] != '#' || seen[i*cols+j] {
				continue
			}
			islands++
			seen[i*cols+j] = true
			stack = append(stack, i*cols+j)
			for len(stack) > 0 {
				cell := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				r, c := cell/cols, cell%cols
				for dr := -1; dr <= 1; dr++ {
					for dc := -1; dc <= 1; dc++ {
						nr, nc := r+dr, c+dc
						if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
							continue
						}
						if grid[nr][nc] != '#' || seen[nr*cols+nc] {
							continue
						}
						seen[nr*cols+nc] = true
						stack = append(stack, nr*cols+nc)
					}
				}
			}
		}
	}
	return islands
}
