func shortestEscape(grid []string) int {
	rows, cols := len(grid), len(grid[0])
	dist := make([]int, rows*cols)
	start := -1
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			dist[r*cols+c] = -1
			if grid[r][c] == 'S' {
				start = r*cols + c
			}
		}
	}
	dist[start] = 0
	queue := []int{start}
	dr := [4]int{1, -1, 0, 0}
	dc := [4]int{0, 0, 1, -1}
	for head := 0; head < len(queue); head++ {
		cell := queue[head]
		r, c := cell/cols, cell%cols
		if grid[r][c] == 'T' {
			return dist[cell]
		}
		for d := 0; d < 4; d++ {
			nr, nc := r+dr[d], c+dc[d]
			if nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] == '#' {
				continue
			}
			nxt := nr*cols + nc
			if dist[nxt] >= 0 {
				continue
			}
			dist[nxt] = dist[cell] + 1
			queue = append(queue, nxt)
		}
	}
	return -1
}
